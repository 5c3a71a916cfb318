package vn.tre.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;

/**
 * Turns "not found" and "forbidden" into 404 and 403: an error page in the user's language for
 * pages, an RFC 9457 problem for the API. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private final java.util.List<LayoutModelContributor> contributors;

	ErrorAdvice(java.util.List<LayoutModelContributor> contributors) {
		this.contributors = contributors;
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(Forbidden.class)
	Object forbidden(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.CONTENT_TOO_LARGE);
	}

	private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(ProblemDetail.forStatus(status));
		}
		response.setStatus(status.value());
		var view = new ModelAndView("error/" + status.value());
		view.setStatus(status);
		contributors.forEach(contributor -> contributor.contribute(view.getModel(),
				org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
		return view;
	}
}
