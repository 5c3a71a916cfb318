package vn.tre.delegation;

/** A transition was asked from a state that does not allow it (for example approving a draft). */
public class IllegalTransition extends RuntimeException {

	private final DelegationStatus from;

	IllegalTransition(DelegationStatus from) {
		super("not allowed from " + from);
		this.from = from;
	}

	public DelegationStatus from() {
		return from;
	}
}
