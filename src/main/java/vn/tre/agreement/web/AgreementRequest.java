package vn.tre.agreement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tre.agreement.AgreementDetails;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.ForeignParty;

/**
 * What a client sends to record or change an agreement: the unit (on creation; the caller's own by default),
 * the version it read (on change) and the details.
 */
record AgreementRequest(@Nullable Long unitId, @Nullable Long version, @Nullable String titleVi, @Nullable String titleForeign,
		@Nullable AgreementKind kind, @Nullable String reference, @Nullable String summary, @Nullable String signatoryName,
		@Nullable String signatoryPosition, @Nullable List<ForeignParty> parties, @Nullable Set<CooperationField> fields,
		@Nullable Set<String> languages, @Nullable Long delegationId, @Nullable String eventName, @Nullable Long relationId,
		@Nullable Long inheritedFromUnitId) {

	/** The details, once the required parts are there (400 with every missing or too long field otherwise). */
	AgreementDetails details() {
		List<InvalidRequest.Problem> problems = new ArrayList<>();
		if (titleVi == null || titleVi.isBlank()) {
			problems.add(InvalidRequest.Problem.required("titleVi"));
		}
		else if (titleVi.length() > 500) {
			problems.add(InvalidRequest.Problem.tooLong("titleVi", 500));
		}
		if (titleForeign != null && titleForeign.length() > 500) {
			problems.add(InvalidRequest.Problem.tooLong("titleForeign", 500));
		}
		if (kind == null) {
			problems.add(InvalidRequest.Problem.required("kind"));
		}
		if (parties == null || parties.isEmpty()) {
			problems.add(InvalidRequest.Problem.required("parties"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		return new AgreementDetails(titleVi, titleForeign, kind, reference, summary, signatoryName, signatoryPosition,
				parties, fields == null ? Set.of() : fields, languages == null ? Set.of() : languages, delegationId, eventName,
				relationId, inheritedFromUnitId);
	}
}
