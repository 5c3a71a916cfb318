package vn.tre.partner;

/** Thrown when a partner or relation cannot be saved as entered: the field and the message key that says why. */
public class InvalidPartner extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	InvalidPartner(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
