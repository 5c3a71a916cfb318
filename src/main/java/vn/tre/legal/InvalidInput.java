package vn.tre.legal;

import java.util.Map;

/** Input the module refuses, with a message key per field, so that forms show each next to its field. */
public class InvalidInput extends RuntimeException {

	private final Map<String, String> errors;

	InvalidInput(Map<String, String> errors) {
		super("invalid input: " + errors);
		this.errors = Map.copyOf(errors);
	}

	InvalidInput(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	/** Field name to message key. */
	public Map<String, String> errors() {
		return errors;
	}
}
