package vn.tre.partner.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.tre.partner.InvalidPartner;

/** The problem details the partner API answers with when a request cannot be carried out as sent. */
final class ApiProblems {

	private ApiProblems() {
	}

	static ResponseEntity<ProblemDetail> invalid(InvalidPartner e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid " + e.field());
		problem.setProperty("field", e.field());
		problem.setProperty("reason", e.messageKey());
		return ResponseEntity.badRequest().body(problem);
	}

	static ResponseEntity<ProblemDetail> stale() {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The record was changed by someone else; read it again and send the current version."));
	}
}
