package vn.tre.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an officer writes about a delegation: who goes where, when, why and at whose cost. */
public record DelegationDetails(Direction direction, String title, String purpose, String headName,
		@Nullable String headPosition, HeadLevel headLevel, List<Member> members, Set<String> countries,
		Set<Long> partnerIds, List<ProgrammeDay> programme, LocalDate departureDate, LocalDate returnDate,
		FundingSource fundingSource, @Nullable BigDecimal estimatedCost, @Nullable UUID planItemRef,
		@Nullable String outsidePlanReason) {

	public DelegationDetails {
		members = List.copyOf(members);
		countries = Set.copyOf(countries);
		partnerIds = Set.copyOf(partnerIds);
		programme = List.copyOf(programme);
	}

	/** How many days the trip lasts, both ends included. */
	public long days() {
		return departureDate.datesUntil(returnDate.plusDays(1)).count();
	}

	/** Everyone on the delegation: the head and the members. */
	public int size() {
		return 1 + members.size();
	}
}
