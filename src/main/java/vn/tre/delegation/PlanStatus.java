package vn.tre.delegation;

/** Where one revision of a yearly delegation plan stands. */
public enum PlanStatus {
	/** Being drafted by the unit's officers; items may be added, changed and removed. */
	DRAFT,
	/** Submitted to the leader, who approves it or returns it. */
	SUBMITTED,
	/** Approved by the leader; the last approved revision is the plan in force. */
	APPROVED,
	/** Returned by the leader with a comment; the officers change it and submit it again. */
	RETURNED;

	/** Whether the officers may still change the revision's items. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}
}
