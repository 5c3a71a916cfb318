package vn.tre.legal;

/** What the length of a deadline counts. */
public enum DeadlineUnit {
	/** Days on which civil servants work: not weekends, holidays or swapped days off, but swapped Saturdays. */
	WORKING_DAYS,
	/** Every day; a deadline whose last day is not a working day ends on the next working day. */
	CALENDAR_DAYS
}
