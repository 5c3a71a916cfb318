package vn.tre.agreement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementStatus;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.ForeignParty;

/** An agreement as the API shows it to those who may read it in full. */
record AgreementJson(long id, long unitId, @Nullable Long inheritedFromUnitId, @Nullable String reference, String titleVi,
		@Nullable String titleForeign, AgreementKind kind, @Nullable String summary, @Nullable String signatoryName,
		@Nullable String signatoryPosition, List<ForeignParty> parties, Set<CooperationField> fields, Set<String> countries,
		Set<String> languages, @Nullable Long delegationId, @Nullable String eventName, @Nullable Long relationId,
		AgreementStatus status, @Nullable String statusReason, @Nullable LocalDate pmRequestedOn, @Nullable LocalDate pmDueOn,
		@Nullable LocalDate pmAnsweredOn, @Nullable Boolean pmConsent, @Nullable String pmReference,
		@Nullable String decisionReference, @Nullable LocalDate decisionDate, @Nullable String decidedByName,
		@Nullable LocalDate signedOn, @Nullable String signingPlace, @Nullable LocalDate entryIntoForceOn,
		@Nullable LocalDate expiresOn, boolean indefinite, boolean automaticRenewal, @Nullable LocalDate reportDue,
		@Nullable LocalDate reportedOn, boolean reportOverdue, @Nullable String reportReference,
		@Nullable LocalDate copyToMinistryOn, @Nullable LocalDate endedOn, @Nullable LocalDate lastActivityOn, long version) {

	static AgreementJson of(Agreement a, LocalDate today) {
		return new AgreementJson(a.getId(), a.getUnitId(), a.getInheritedFromUnitId(), a.getReference(), a.getTitleVi(),
				a.getTitleForeign(), a.getKind(), a.getSummary(), a.getSignatoryName(), a.getSignatoryPosition(), a.getParties(),
				a.getFields(), a.getCountries(), a.getLanguages(), a.getDelegationId(), a.getEventName(), a.getRelationId(),
				a.getStatus(), a.getStatusReason(), a.getPmRequestedOn(), a.getPmDueOn(), a.getPmAnsweredOn(), a.getPmConsent(),
				a.getPmReference(), a.getDecisionReference(), a.getDecisionDate(), a.getDecidedByName(), a.getSignedOn(),
				a.getSigningPlace(), a.getEntryIntoForceOn(), a.getExpiresOn(), a.isIndefinite(), a.isAutomaticRenewal(),
				a.getReportDue(), a.getReportedOn(), a.reportOverdueOn(today), a.getReportReference(), a.getCopyToMinistryOn(),
				a.getEndedOn(), a.getLastActivityOn(), a.getVersion());
	}
}
