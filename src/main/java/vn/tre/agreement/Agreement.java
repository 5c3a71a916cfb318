package vn.tre.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * An international agreement of one unit. Its state changes only through the step methods, each of which
 * checks the state it starts from and the dates it is given; who may take a step is checked by
 * {@link AgreementManagement}.
 */
@Entity
@Table(schema = "agreement", name = "agreement")
public class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private @Nullable Long inheritedFromUnitId;

	private @Nullable String reference;

	private String titleVi;

	private @Nullable String titleForeign;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	private @Nullable String summary;

	private @Nullable String signatoryName;

	private @Nullable String signatoryPosition;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "agreement", name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position_in_list")
	private List<ForeignParty> parties = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@Enumerated(EnumType.STRING)
	@CollectionTable(schema = "agreement", name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "field")
	private Set<CooperationField> fields = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "agreement", name = "agreement_country", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "country_code")
	private Set<String> countries = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "agreement", name = "agreement_language", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "language")
	private Set<String> languages = new HashSet<>();

	private @Nullable Long delegationId;

	private @Nullable String eventName;

	private @Nullable Long relationId;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status = AgreementStatus.DRAFT;

	private @Nullable String statusReason;

	private @Nullable LocalDate pmRequestedOn;

	private @Nullable LocalDate pmDueOn;

	private @Nullable LocalDate pmAnsweredOn;

	private @Nullable Boolean pmConsent;

	private @Nullable String pmReference;

	private @Nullable String decisionReference;

	private @Nullable LocalDate decisionDate;

	private @Nullable String decidedByName;

	private @Nullable LocalDate signedOn;

	private @Nullable String signingPlace;

	private @Nullable LocalDate entryIntoForceOn;

	private @Nullable LocalDate expiresOn;

	private boolean indefinite;

	private boolean automaticRenewal;

	private @Nullable LocalDate reportDue;

	private @Nullable LocalDate reportedOn;

	private @Nullable String reportReference;

	private @Nullable LocalDate copyToMinistryOn;

	private @Nullable LocalDate endedOn;

	private @Nullable LocalDate lastActivityOn;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Agreement() {
	}

	Agreement(long unitId, AgreementDetails details, Set<String> countries, long createdBy, Instant createdAt) {
		this.unitId = unitId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		apply(details, countries);
	}

	/** Changes what the agreement says and who its parties are; not once it has ended. */
	void change(AgreementDetails details, Set<String> countries) {
		if (status.finished()) {
			throw new AgreementRefused("agreement.error.finished");
		}
		if (status.signed() && !details.partnerIds().equals(partnerIds())) {
			throw new AgreementRefused("agreement.error.partiesFixedAfterSigning", "parties");
		}
		apply(details, countries);
	}

	private void apply(AgreementDetails details, Set<String> countries) {
		if (details.parties().isEmpty()) {
			throw new AgreementRefused("agreement.error.noParty", "parties");
		}
		if (details.partnerIds().stream().distinct().count() != details.parties().size()) {
			throw new AgreementRefused("agreement.error.partyTwice", "parties");
		}
		this.titleVi = details.titleVi();
		this.titleForeign = details.titleForeign();
		this.kind = details.kind();
		this.reference = details.reference();
		this.summary = details.summary();
		this.signatoryName = details.signatoryName();
		this.signatoryPosition = details.signatoryPosition();
		this.parties = new ArrayList<>(details.parties());
		this.countries = new HashSet<>(countries);
		this.fields = new HashSet<>(details.fields());
		this.languages = new HashSet<>(details.languages());
		this.delegationId = details.delegationId();
		this.eventName = details.eventName();
		this.relationId = details.relationId();
		this.inheritedFromUnitId = details.inheritedFromUnitId();
	}

	/** Opinions were requested: the draft goes to consultation (further requests keep it there). */
	void startConsultation() {
		requireStatus("agreement.error.consultationOnlyFromDraft", AgreementStatus.DRAFT, AgreementStatus.CONSULTATION);
		status = AgreementStatus.CONSULTATION;
	}

	/** A consulted body disagreed: the Prime Minister is asked, and must answer by the due date. */
	void requestPrimeMinister(LocalDate on, LocalDate due) {
		requireStatus("agreement.error.pmOnlyFromConsultation", AgreementStatus.CONSULTATION);
		status = AgreementStatus.PM_CONSULTATION;
		pmRequestedOn = on;
		pmDueOn = due;
	}

	/** The Prime Minister's written answer; a refusal ends the proposal. */
	void recordPrimeMinisterAnswer(boolean consent, LocalDate on, String reference) {
		requireStatus("agreement.error.noPmRequest", AgreementStatus.PM_CONSULTATION);
		if (pmRequestedOn != null && on.isBefore(pmRequestedOn)) {
			throw new AgreementRefused("agreement.error.pmAnswerBeforeRequest", "date");
		}
		pmConsent = consent;
		pmAnsweredOn = on;
		pmReference = reference;
		if (!consent) {
			status = AgreementStatus.WITHDRAWN;
			statusReason = reference;
			endedOn = on;
		}
	}

	/**
	 * The chairman, or the person he authorised, decides to sign. Allowed once every opinion is in and none
	 * disagrees, or, when one does, once the Prime Minister has consented in writing.
	 */
	void decideToSign(String reference, LocalDate date, String decidedBy, List<OpinionRequest> opinions) {
		requireStatus("agreement.error.decisionNeedsConsultation", AgreementStatus.CONSULTATION,
				AgreementStatus.PM_CONSULTATION);
		if (opinions.isEmpty()) {
			throw new AgreementRefused("agreement.error.decisionNeedsConsultation");
		}
		if (opinions.stream().anyMatch(opinion -> !opinion.answered())) {
			throw new AgreementRefused("agreement.error.opinionsPending");
		}
		boolean disagreement = opinions.stream().anyMatch(OpinionRequest::disagrees);
		if (disagreement && !Boolean.TRUE.equals(pmConsent)) {
			throw new AgreementRefused("agreement.error.pmConsentRequired");
		}
		LocalDate lastAnswer = opinions.stream().map(OpinionRequest::getAnsweredOn).max(LocalDate::compareTo).orElseThrow();
		if (date.isBefore(lastAnswer) || (pmAnsweredOn != null && date.isBefore(pmAnsweredOn))) {
			throw new AgreementRefused("agreement.error.decisionBeforeOpinions", "decisionDate");
		}
		status = AgreementStatus.APPROVED_TO_SIGN;
		decisionReference = reference;
		decisionDate = date;
		decidedByName = decidedBy;
	}

	/** Records the signing; only after the decision to sign, with dates that agree with each other. */
	void sign(SigningDates dates, LocalDate reportDue) {
		if (status != AgreementStatus.APPROVED_TO_SIGN || decisionReference == null || decisionDate == null) {
			throw new AgreementRefused("agreement.error.signingWithoutDecision");
		}
		if (dates.signedOn().isBefore(decisionDate)) {
			throw new AgreementRefused("agreement.error.signedBeforeDecision", "signedOn");
		}
		checkTerm(dates.signedOn(), dates.entryIntoForceOn(), dates.expiresOn(), dates.indefinite());
		status = AgreementStatus.SIGNED;
		signedOn = dates.signedOn();
		signingPlace = dates.place();
		entryIntoForceOn = dates.entryIntoForceOn();
		expiresOn = dates.indefinite() ? null : dates.expiresOn();
		indefinite = dates.indefinite();
		automaticRenewal = dates.automaticRenewal();
		this.reportDue = reportDue;
	}

	/** The report to the Prime Minister was sent, and the copy to the ministry. */
	void fileReport(LocalDate reportedOn, @Nullable LocalDate copyToMinistryOn, @Nullable String reference) {
		if (!status.alive()) {
			throw new AgreementRefused("agreement.error.reportOnlyAfterSigning");
		}
		if (signedOn != null && reportedOn.isBefore(signedOn)) {
			throw new AgreementRefused("agreement.error.reportBeforeSigning", "reportedOn");
		}
		if (copyToMinistryOn != null && signedOn != null && copyToMinistryOn.isBefore(signedOn)) {
			throw new AgreementRefused("agreement.error.reportBeforeSigning", "copyToMinistryOn");
		}
		this.reportedOn = reportedOn;
		this.copyToMinistryOn = copyToMinistryOn;
		this.reportReference = reference;
	}

	/** The agreement takes effect on the given day (as it provides or as the parties agree, Art. 32). */
	void enterIntoForce(LocalDate on) {
		requireStatus("agreement.error.forceOnlyWhenSigned", AgreementStatus.SIGNED);
		checkTerm(signedOn, on, expiresOn, indefinite);
		status = AgreementStatus.IN_FORCE;
		entryIntoForceOn = on;
	}

	/** Amended or supplemented; stays in force. */
	void amend() {
		requireStatus("agreement.error.changeOnlyInForce", AgreementStatus.IN_FORCE);
	}

	/** Extended to a new expiry date; stays in force. */
	void extend(LocalDate newExpiry) {
		requireStatus("agreement.error.changeOnlyInForce", AgreementStatus.IN_FORCE);
		LocalDate from = expiresOn != null ? expiresOn : entryIntoForceOn;
		if (from != null && !newExpiry.isAfter(from)) {
			throw new AgreementRefused("agreement.error.extensionNotLater", "newExpiry");
		}
		expiresOn = newExpiry;
		indefinite = false;
	}

	void suspend(String reason) {
		requireStatus("agreement.error.suspendOnlyInForce", AgreementStatus.IN_FORCE);
		status = AgreementStatus.SUSPENDED;
		statusReason = reason;
	}

	void resume() {
		requireStatus("agreement.error.resumeOnlySuspended", AgreementStatus.SUSPENDED);
		status = AgreementStatus.IN_FORCE;
		statusReason = null;
	}

	void terminate(LocalDate on, String reason) {
		requireStatus("agreement.error.terminateOnlySigned", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
				AgreementStatus.SUSPENDED);
		checkNotBeforeSigning(on);
		status = AgreementStatus.TERMINATED;
		statusReason = reason;
		endedOn = on;
	}

	/** Withdrawn from, or (before signing) dropped. */
	void withdraw(LocalDate on, String reason) {
		if (status.finished()) {
			throw new AgreementRefused("agreement.error.finished");
		}
		checkNotBeforeSigning(on);
		status = AgreementStatus.WITHDRAWN;
		statusReason = reason;
		endedOn = on;
	}

	/** Reached its expiry date without being extended. */
	void expire() {
		requireStatus("agreement.error.finished", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
				AgreementStatus.SUSPENDED);
		status = AgreementStatus.EXPIRED;
		endedOn = expiresOn;
	}

	/** Something was done under the agreement on that day (a step, a progress note, a milestone). */
	void touched(LocalDate on) {
		if (lastActivityOn == null || on.isAfter(lastActivityOn)) {
			lastActivityOn = on;
		}
	}

	private void checkNotBeforeSigning(LocalDate on) {
		if (signedOn != null && on.isBefore(signedOn)) {
			throw new AgreementRefused("agreement.error.endBeforeSigning", "date");
		}
	}

	private static void checkTerm(@Nullable LocalDate signed, @Nullable LocalDate force, @Nullable LocalDate expiry,
			boolean indefinite) {
		if (force != null && signed != null && force.isBefore(signed)) {
			throw new AgreementRefused("agreement.error.forceBeforeSigning", "entryIntoForceOn");
		}
		if (!indefinite && expiry != null) {
			LocalDate start = force != null ? force : signed;
			if (start != null && !expiry.isAfter(start)) {
				throw new AgreementRefused(force != null ? "agreement.error.expiryBeforeForce"
						: "agreement.error.expiryBeforeSigning", "expiresOn");
			}
		}
		if (indefinite && expiry != null) {
			throw new AgreementRefused("agreement.error.indefiniteWithExpiry", "expiresOn");
		}
	}

	private void requireStatus(String messageKey, AgreementStatus... allowed) {
		for (AgreementStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new AgreementRefused(messageKey);
	}

	/** The details as they stand, for forms. */
	public AgreementDetails details() {
		return new AgreementDetails(titleVi, titleForeign, kind, reference, summary, signatoryName, signatoryPosition,
				parties, fields, languages, delegationId, eventName, relationId, inheritedFromUnitId);
	}

	public List<Long> partnerIds() {
		return parties.stream().map(ForeignParty::partnerId).toList();
	}

	/** Whether the post-signing report is late on the given day. */
	public boolean reportOverdueOn(LocalDate today) {
		return status.alive() && reportedOn == null && reportDue != null && reportDue.isBefore(today);
	}

	/** Whether the Prime Minister's answer is late on the given day. */
	public boolean pmAnswerOverdueOn(LocalDate today) {
		return status == AgreementStatus.PM_CONSULTATION && pmAnsweredOn == null && pmDueOn != null
				&& pmDueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public @Nullable Long getInheritedFromUnitId() {
		return inheritedFromUnitId;
	}

	public @Nullable String getReference() {
		return reference;
	}

	public String getTitleVi() {
		return titleVi;
	}

	public @Nullable String getTitleForeign() {
		return titleForeign;
	}

	public AgreementKind getKind() {
		return kind;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public @Nullable String getSignatoryName() {
		return signatoryName;
	}

	public @Nullable String getSignatoryPosition() {
		return signatoryPosition;
	}

	public List<ForeignParty> getParties() {
		return List.copyOf(parties);
	}

	public Set<CooperationField> getFields() {
		return Set.copyOf(fields);
	}

	/** Countries of the foreign parties. */
	public Set<String> getCountries() {
		return Set.copyOf(countries);
	}

	public Set<String> getLanguages() {
		return Set.copyOf(languages);
	}

	public @Nullable Long getDelegationId() {
		return delegationId;
	}

	public @Nullable String getEventName() {
		return eventName;
	}

	public @Nullable Long getRelationId() {
		return relationId;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public @Nullable String getStatusReason() {
		return statusReason;
	}

	public @Nullable LocalDate getPmRequestedOn() {
		return pmRequestedOn;
	}

	public @Nullable LocalDate getPmDueOn() {
		return pmDueOn;
	}

	public @Nullable LocalDate getPmAnsweredOn() {
		return pmAnsweredOn;
	}

	public @Nullable Boolean getPmConsent() {
		return pmConsent;
	}

	public @Nullable String getPmReference() {
		return pmReference;
	}

	public @Nullable String getDecisionReference() {
		return decisionReference;
	}

	public @Nullable LocalDate getDecisionDate() {
		return decisionDate;
	}

	public @Nullable String getDecidedByName() {
		return decidedByName;
	}

	public @Nullable LocalDate getSignedOn() {
		return signedOn;
	}

	public @Nullable String getSigningPlace() {
		return signingPlace;
	}

	public @Nullable LocalDate getEntryIntoForceOn() {
		return entryIntoForceOn;
	}

	public @Nullable LocalDate getExpiresOn() {
		return expiresOn;
	}

	public boolean isIndefinite() {
		return indefinite;
	}

	public boolean isAutomaticRenewal() {
		return automaticRenewal;
	}

	public @Nullable LocalDate getReportDue() {
		return reportDue;
	}

	public @Nullable LocalDate getReportedOn() {
		return reportedOn;
	}

	public @Nullable String getReportReference() {
		return reportReference;
	}

	public @Nullable LocalDate getCopyToMinistryOn() {
		return copyToMinistryOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return endedOn;
	}

	public @Nullable LocalDate getLastActivityOn() {
		return lastActivityOn;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
