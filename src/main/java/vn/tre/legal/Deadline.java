package vn.tre.legal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deadline computed from a rule: the start (the event; it does not count), the due date (the last
 * day, included), the rule with its length and unit, and the legal basis it cites. {@code calendarKnown}
 * is false when a year it spans has no day in the working calendar, so that only weekends were skipped.
 */
public record Deadline(DeadlineRule rule, LocalDate start, LocalDate dueDate, @Nullable LegalBasis legalBasis,
		boolean calendarKnown) {

	/** Whether the deadline has passed on the given day: the due date itself is still in time. */
	public boolean overdueOn(LocalDate today) {
		return today.isAfter(dueDate);
	}
}
