package vn.tre.delegation;

import java.util.Map;

/** Plan input the module refuses, with a message key per field, so that forms show each next to its field. */
public class InvalidPlanInput extends RuntimeException {

	private final Map<String, String> errors;

	InvalidPlanInput(Map<String, String> errors) {
		super("invalid plan input: " + errors);
		this.errors = Map.copyOf(errors);
	}

	InvalidPlanInput(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	/** Field name to message key. */
	public Map<String, String> errors() {
		return errors;
	}
}
