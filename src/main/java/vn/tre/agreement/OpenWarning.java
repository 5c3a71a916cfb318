package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An open early warning as lists show it: the agreement it concerns, the milestone for an overdue one, the
 * expiry date for an expiring one, and the day it was raised.
 */
public record OpenWarning(long id, long agreementId, String agreementTitle, long unitId, WarningKind kind,
		@Nullable Long milestoneId, @Nullable String milestoneTitle, @Nullable LocalDate milestoneDueOn,
		@Nullable LocalDate expiresOn, LocalDate raisedOn) {

	/** Whether the warning is about a milestone that is late. */
	public boolean late() {
		return kind == WarningKind.MILESTONE_OVERDUE;
	}
}
