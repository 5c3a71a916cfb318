package vn.tre.agreement;

/** An early warning on an agreement, raised by the daily job. */
public enum WarningKind {
	/** Signed more than 60 days ago and still without a roadmap. */
	NO_ROADMAP,
	/** A milestone is past its due date. */
	MILESTONE_OVERDUE,
	/** Nothing recorded for twelve months. */
	NO_ACTIVITY,
	/** Expires within 90 days: renew or let it lapse. */
	EXPIRING,
	/** The post-signing report is late. */
	REPORT_OVERDUE,
	/** An opinion request is past its due date without an answer. */
	OPINION_OVERDUE
}
