package vn.tre.delegation;

/** A step of a delegation plan's workflow, as its history records it. */
public enum PlanAction {
	/** The plan was created with its first, draft revision. */
	CREATED,
	/** A revision was submitted to the leader. */
	SUBMITTED,
	/** The leader approved a revision, which became the plan in force. */
	APPROVED,
	/** The leader returned a revision with a comment. */
	RETURNED,
	/** An amendment was started: a new draft revision copying the one in force. */
	AMENDMENT_STARTED
}
