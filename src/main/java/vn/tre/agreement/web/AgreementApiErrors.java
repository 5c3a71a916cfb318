package vn.tre.agreement.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tre.agreement.AgreementRefused;

/**
 * The agreement API's errors as RFC 9457 problems in the caller's language: 400 with each field, 409 for a
 * stale version, 422 for a step refused by the rules (with the field it concerns). 403 and 404 come from the
 * platform.
 */
@RestControllerAdvice(assignableTypes = { AgreementApiController.class, AgreementStepApiController.class,
		AgreementOpinionApiController.class, AgreementWarningApiController.class })
class AgreementApiErrors {

	private final MessageSource messages;

	AgreementApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidRequest.class)
	ProblemDetail invalid(InvalidRequest e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("form.errorSummary", null, locale));
		problem.setProperty("errors", e.problems().stream()
			.map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
			.toList());
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail stale(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("form.staleVersion", null, locale));
	}

	@ExceptionHandler(AgreementRefused.class)
	ProblemDetail refused(AgreementRefused e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(e.messageKey(), null, locale));
		problem.setProperty("code", e.messageKey());
		if (e.field() != null) {
			problem.setProperty("field", e.field());
		}
		return problem;
	}
}
