package vn.tre.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tre.account.AccessTokenManagement;

/** Authenticates {@code Authorization: Bearer tre_…} requests with a personal access token. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final AccessTokenManagement tokens;

	BearerTokenFilter(AccessTokenManagement tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.startsWith("Bearer ")) {
			chain.doFilter(request, response);
			return;
		}
		var principal = tokens.authenticate(header.substring("Bearer ".length()).strip());
		if (principal.isEmpty()) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"invalid or revoked token\"}");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new BearerTokenAuthentication(principal.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
