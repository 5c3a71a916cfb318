package vn.tre.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request comes from: the client's address (as the server sees it; behind a proxy, set
 * {@code server.forward-headers-strategy}) and its user agent. Empty outside a request.
 */
record RequestOrigin(@Nullable String ip, @Nullable String userAgent) {

	static RequestOrigin current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return new RequestOrigin(cut(request.getRemoteAddr(), 45), cut(request.getHeader("User-Agent"), 255));
		}
		return new RequestOrigin(null, null);
	}

	static @Nullable String cut(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
