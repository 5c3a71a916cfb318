package vn.tre.agreement;

import org.jspecify.annotations.Nullable;

/**
 * A step refused because of what was asked (contradicting dates, signing without a decision, a transition
 * from the wrong state); carries a message key for the user and the form field it concerns, if any.
 */
public class AgreementRefused extends RuntimeException {

	private final String messageKey;

	private final @Nullable String field;

	AgreementRefused(String messageKey, @Nullable String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
	}

	AgreementRefused(String messageKey) {
		this(messageKey, null);
	}

	public String messageKey() {
		return messageKey;
	}

	public @Nullable String field() {
		return field;
	}
}
