package vn.tre.document.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where to go back after an upload or a delete: the {@code returnTo} path if it is a path of this site,
 * otherwise the referring page if it is on this site, otherwise home. Never another site (open redirect).
 */
final class ReturnPaths {

	private ReturnPaths() {
	}

	static String of(@Nullable String returnTo, HttpServletRequest request) {
		if (isLocalPath(returnTo)) {
			return returnTo;
		}
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String local = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				String context = request.getContextPath();
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && local.startsWith(context)
						&& isLocalPath(local.substring(context.length()))) {
					return local.substring(context.length());
				}
			}
			catch (IllegalArgumentException e) {
				return "/";
			}
		}
		return "/";
	}

	static boolean isLocalPath(@Nullable String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
				&& path.chars().noneMatch(c -> c < 0x20 || c == '\\');
	}
}
