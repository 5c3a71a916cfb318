package vn.tre.agreement;

import java.util.Set;

/** Where an agreement stands (Law 70/2020/QH14, Arts. 19, 32, 33 and Chapter III). */
public enum AgreementStatus {
	/** Being written by the unit; only the unit and the ministry see it. */
	DRAFT,
	/** Opinions of the ministry and the bodies concerned are requested (7 working days each). */
	CONSULTATION,
	/** A consulted body disagreed: the Prime Minister's written consent is requested. */
	PM_CONSULTATION,
	/** The chairman (or the person he authorised) decided to sign. */
	APPROVED_TO_SIGN,
	/** Signed; the report to the Prime Minister and the copy to the ministry are due within 15 days. */
	SIGNED,
	/** In force. */
	IN_FORCE,
	/** Suspended for a while, with a reason. */
	SUSPENDED,
	/** Reached its expiry date; final. */
	EXPIRED,
	/** Ended by the parties before its term; final. */
	TERMINATED,
	/** Withdrawn from, or dropped before it was signed; final. */
	WITHDRAWN;

	/** States after signing, in which the roadmap is carried out. */
	public boolean signed() {
		return Set.of(SIGNED, IN_FORCE, SUSPENDED).contains(this) || finishedAfterSigning();
	}

	/** States in which the agreement lives on (signed and not ended). */
	public boolean alive() {
		return this == SIGNED || this == IN_FORCE || this == SUSPENDED;
	}

	/** States from which nothing more happens. */
	public boolean finished() {
		return this == EXPIRED || this == TERMINATED || this == WITHDRAWN;
	}

	private boolean finishedAfterSigning() {
		return this == EXPIRED || this == TERMINATED;
	}
}
