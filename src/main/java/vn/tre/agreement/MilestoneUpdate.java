package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new status of a milestone with its evidence: done needs the day it was done, dropped needs a reason
 * (the note); the link is a path of the application (a delegation, an event, an NGO project).
 */
public record MilestoneUpdate(MilestoneStatus status, @Nullable LocalDate doneOn, @Nullable String evidenceLink,
		@Nullable String note) {
}
