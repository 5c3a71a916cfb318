package vn.tre.delegation;

/** A workflow step the plan's state does not allow (approving a draft, changing a submitted revision…). */
public class PlanTransitionRefused extends RuntimeException {

	private final String messageKey;

	PlanTransitionRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The message key that tells the user why, in their language. */
	public String messageKey() {
		return messageKey;
	}
}
