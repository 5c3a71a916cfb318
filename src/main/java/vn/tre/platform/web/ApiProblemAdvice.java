package vn.tre.platform.web;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API (bad parameters, unsupported methods, invalid bodies) as RFC 9457 problem
 * details. Pages keep their own error pages, so this applies to REST controllers only.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {
}
