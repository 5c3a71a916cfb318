package vn.tre.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders 403, 404 and 500 pages with the full layout in the user's language, and every other error with
 * the 500 page; never a stack trace or an exception message.
 */
@Component
class LayoutErrorViewResolver implements ErrorViewResolver {

	private final List<LayoutModelContributor> contributors;

	LayoutErrorViewResolver(List<LayoutModelContributor> contributors) {
		this.contributors = contributors;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		int code = status.value();
		String view = code == 403 || code == 404 ? "error/" + code : "error/500";
		Map<String, Object> layout = new HashMap<>();
		contributors.forEach(contributor -> contributor.contribute(layout, RequestContextUtils.getLocale(request)));
		return new ModelAndView(view, layout, status);
	}
}
