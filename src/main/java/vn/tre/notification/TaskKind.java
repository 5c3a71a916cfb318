package vn.tre.notification;

/** What a notification asks of its recipient. */
public enum TaskKind {
	/** Something to do: approve, answer, file a report. */
	TASK,
	/** A deadline is close or passed. */
	REMINDER
}
