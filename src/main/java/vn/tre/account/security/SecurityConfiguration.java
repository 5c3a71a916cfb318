package vn.tre.account.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tre.account.AccessTokenManagement;
import vn.tre.shared.Role;

/** Who may reach what: pages need a login, the API a login or a personal access token. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(vn.tre.account.AccountProperties.class)
class SecurityConfiguration {

	private static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	private static final RequestMatcher BEARER = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.startsWith("Bearer ");
	};

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokenManagement tokens) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**").hasRole(Role.MINISTRY_ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BEARER))
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API)
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::toLogin, request -> true)
				.accessDeniedPage("/error/403"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'self'; form-action 'self'")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Sends a visitor to the login page, saying so when their session has timed out. */
	private static void toLogin(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.AuthenticationException exception) throws java.io.IOException {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		response.sendRedirect(request.getContextPath() + (expired ? "/login?expired" : "/login"));
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, org.springframework.security.core.AuthenticationException exception) -> {
			String reason = exception instanceof LockedException ? "locked" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}
}
