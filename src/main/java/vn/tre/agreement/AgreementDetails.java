package vn.tre.agreement;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an officer writes about an agreement, apart from the dates its steps record. */
public record AgreementDetails(String titleVi, @Nullable String titleForeign, AgreementKind kind,
		@Nullable String reference, @Nullable String summary, @Nullable String signatoryName,
		@Nullable String signatoryPosition, List<ForeignParty> parties, Set<CooperationField> fields,
		Set<String> languages, @Nullable Long delegationId, @Nullable String eventName, @Nullable Long relationId,
		@Nullable Long inheritedFromUnitId) {

	public AgreementDetails {
		parties = List.copyOf(parties);
		fields = Set.copyOf(fields);
		languages = Set.copyOf(languages);
	}

	public List<Long> partnerIds() {
		return parties.stream().map(ForeignParty::partnerId).toList();
	}
}
