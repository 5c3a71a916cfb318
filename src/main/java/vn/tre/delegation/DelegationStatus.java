package vn.tre.delegation;

import java.util.Set;

/** Where a delegation stands, from its draft to its closing. */
public enum DelegationStatus {
	/** Being written by an officer; only the unit sees it. */
	DRAFT,
	/** Sent to the unit's leader for approval. */
	SUBMITTED,
	/** Sent back by the leader with a comment, to be corrected and submitted again. */
	RETURNED,
	/** Refused by the leader; final. */
	REJECTED,
	/** Approved by the leader; the trip may take place. */
	APPROVED,
	/** The trip has begun. */
	IN_PROGRESS,
	/** The trip is over; the post-trip report is due. */
	COMPLETED,
	/** The post-trip report is filed. */
	REPORTED,
	/** Follow-up is settled; final. */
	CLOSED,
	/** Called off, with a reason; final. */
	CANCELLED,
	/** Put off, with a reason; new dates are submitted again. */
	POSTPONED;

	/** States in which the officers may still change what the delegation is. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED || this == POSTPONED;
	}

	/** States that count as a delegation that takes or took place (for rules, plan versus actual, indicators). */
	public boolean goesAhead() {
		return Set.of(APPROVED, IN_PROGRESS, COMPLETED, REPORTED, CLOSED).contains(this);
	}

	/** States from which nothing more happens. */
	public boolean finished() {
		return this == REJECTED || this == CLOSED || this == CANCELLED;
	}
}
