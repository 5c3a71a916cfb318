package vn.tre.delegation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What came out of a trip: meetings, agreements, commitments, investment leads and follow-up actions. */
public record PostTripReport(@Nullable String meetings, @Nullable String agreements, @Nullable String commitments,
		@Nullable String investmentLeads, List<FollowUpAction> followUps) {

	public PostTripReport {
		followUps = List.copyOf(followUps);
	}

	/** Filed reports keep the day they were filed. */
	public record Filed(LocalDate filedOn, PostTripReport report) {
	}
}
