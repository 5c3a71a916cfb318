package vn.tre.agreement.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request to the API that leaves out a required value or gives one too long: answered with 400 and each field. */
class InvalidRequest extends RuntimeException {

	private final List<Problem> problems;

	InvalidRequest(List<Problem> problems) {
		super("invalid request: " + problems);
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}

	/** The value is required when absent. */
	static <T> T required(@Nullable T value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw new InvalidRequest(List.of(Problem.required(field)));
		}
		return value;
	}

	/** What is wrong with one field: a message key and its arguments. */
	record Problem(String field, String messageKey, List<Object> args) {

		static Problem required(String field) {
			return new Problem(field, "agreement.error.required", List.of());
		}

		static Problem tooLong(String field, int max) {
			return new Problem(field, "agreement.api.tooLong", List.of(max));
		}
	}
}
