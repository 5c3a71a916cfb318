package vn.tre.notification;

/** Where a task stands. */
public enum TaskStatus {
	/** Waiting for its recipient. */
	OPEN,
	/** Done by its recipient, or closed by the workflow that created it. */
	DONE,
	/** No longer needed. */
	CANCELLED
}
