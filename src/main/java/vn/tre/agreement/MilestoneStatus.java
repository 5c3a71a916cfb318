package vn.tre.agreement;

/** Where an activity or milestone of a roadmap stands. */
public enum MilestoneStatus {
	PLANNED,
	IN_PROGRESS,
	DONE,
	/** Past its due date and not done; set by the daily job. */
	LATE,
	/** No longer pursued; left out of the progress figure. */
	DROPPED;

	/** Still to be done. */
	public boolean open() {
		return this == PLANNED || this == IN_PROGRESS || this == LATE;
	}
}
