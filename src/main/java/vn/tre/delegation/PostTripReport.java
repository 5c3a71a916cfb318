package vn.tre.delegation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What came out of a trip: meetings, agreements, commitments, investment leads and follow-up actions. */
public record PostTripReport(@Nullable String meetings, @Nullable String agreements, @Nullable String commitments,
		@Nullable String investmentLeads, List<FollowUpAction> followUps) {

	public PostTripReport {
		followUps = List.copyOf(followUps);
	}
}
