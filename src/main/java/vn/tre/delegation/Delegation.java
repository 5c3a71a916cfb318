package vn.tre.delegation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * A delegation of one unit. Its state changes only through the transition methods, each of which checks
 * the state it starts from; who may take a transition is checked by {@link DelegationManagement}.
 */
@Entity
@Table(schema = "delegation", name = "delegation")
public class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private String title;

	private String purpose;

	private String headName;

	private @Nullable String headPosition;

	@Enumerated(EnumType.STRING)
	private HeadLevel headLevel;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "delegation", name = "delegation_member", joinColumns = @JoinColumn(name = "delegation_id"))
	@OrderColumn(name = "position_in_list")
	private List<Member> members = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "delegation", name = "delegation_country", joinColumns = @JoinColumn(name = "delegation_id"))
	@Column(name = "country_code")
	private Set<String> countries = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "delegation", name = "delegation_partner", joinColumns = @JoinColumn(name = "delegation_id"))
	@Column(name = "partner_id")
	private Set<Long> partnerIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "delegation", name = "delegation_programme_day", joinColumns = @JoinColumn(name = "delegation_id"))
	@OrderColumn(name = "position_in_list")
	private List<ProgrammeDay> programme = new ArrayList<>();

	private LocalDate departureDate;

	private LocalDate returnDate;

	@Enumerated(EnumType.STRING)
	private FundingSource fundingSource;

	private @Nullable BigDecimal estimatedCost;

	private @Nullable UUID planItemRef;

	private @Nullable String outsidePlanReason;

	@Enumerated(EnumType.STRING)
	private DelegationStatus status = DelegationStatus.DRAFT;

	private @Nullable String statusReason;

	private @Nullable String ruleJustification;

	private @Nullable String decisionReference;

	private @Nullable Long submittedBy;

	private @Nullable Instant submittedAt;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable LocalDate reportDue;

	private @Nullable LocalDate reportFiledOn;

	private @Nullable Long reportFiledBy;

	private @Nullable String reportMeetings;

	private @Nullable String reportAgreements;

	private @Nullable String reportCommitments;

	private @Nullable String reportInvestmentLeads;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "delegation", name = "delegation_follow_up", joinColumns = @JoinColumn(name = "delegation_id"))
	@OrderColumn(name = "position_in_list")
	private List<FollowUpAction> followUps = new ArrayList<>();

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Delegation() {
	}

	Delegation(long unitId, DelegationDetails details, long createdBy, Instant createdAt) {
		this.unitId = unitId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		apply(details);
	}

	/** Changes what the delegation is; only while it is a draft, returned or postponed. */
	void change(DelegationDetails details) {
		requireStatus(DelegationStatus.DRAFT, DelegationStatus.RETURNED, DelegationStatus.POSTPONED);
		apply(details);
	}

	private void apply(DelegationDetails details) {
		if (details.returnDate().isBefore(details.departureDate())) {
			throw new IllegalArgumentException("return before departure");
		}
		this.direction = details.direction();
		this.title = details.title();
		this.purpose = details.purpose();
		this.headName = details.headName();
		this.headPosition = details.headPosition();
		this.headLevel = details.headLevel();
		this.members = new ArrayList<>(details.members());
		this.countries = new HashSet<>(details.countries());
		this.partnerIds = new HashSet<>(details.partnerIds());
		this.programme = new ArrayList<>(details.programme());
		this.departureDate = details.departureDate();
		this.returnDate = details.returnDate();
		this.fundingSource = details.fundingSource();
		this.estimatedCost = details.estimatedCost();
		this.planItemRef = details.planItemRef();
		this.outsidePlanReason = details.planItemRef() == null ? details.outsidePlanReason() : null;
	}

	void submit(long by, Instant at, @Nullable String justification) {
		requireStatus(DelegationStatus.DRAFT, DelegationStatus.RETURNED, DelegationStatus.POSTPONED);
		status = DelegationStatus.SUBMITTED;
		submittedBy = by;
		submittedAt = at;
		ruleJustification = justification;
		statusReason = null;
	}

	void approve(long by, Instant at, @Nullable String decision) {
		requireStatus(DelegationStatus.SUBMITTED);
		status = DelegationStatus.APPROVED;
		decide(by, at, null);
		decisionReference = decision;
	}

	void returnForChanges(long by, Instant at, String comment) {
		requireStatus(DelegationStatus.SUBMITTED);
		status = DelegationStatus.RETURNED;
		decide(by, at, comment);
	}

	void reject(long by, Instant at, String reason) {
		requireStatus(DelegationStatus.SUBMITTED);
		status = DelegationStatus.REJECTED;
		decide(by, at, reason);
	}

	void start() {
		requireStatus(DelegationStatus.APPROVED);
		status = DelegationStatus.IN_PROGRESS;
	}

	void complete(LocalDate reportDue) {
		requireStatus(DelegationStatus.IN_PROGRESS);
		status = DelegationStatus.COMPLETED;
		this.reportDue = reportDue;
	}

	void fileReport(PostTripReport report, long by, LocalDate on) {
		requireStatus(DelegationStatus.COMPLETED);
		status = DelegationStatus.REPORTED;
		reportFiledBy = by;
		reportFiledOn = on;
		reportMeetings = report.meetings();
		reportAgreements = report.agreements();
		reportCommitments = report.commitments();
		reportInvestmentLeads = report.investmentLeads();
		followUps = new ArrayList<>(report.followUps());
	}

	void close() {
		requireStatus(DelegationStatus.REPORTED);
		status = DelegationStatus.CLOSED;
	}

	void cancel(String reason) {
		requireStatus(DelegationStatus.DRAFT, DelegationStatus.RETURNED, DelegationStatus.SUBMITTED,
				DelegationStatus.APPROVED, DelegationStatus.POSTPONED);
		status = DelegationStatus.CANCELLED;
		statusReason = reason;
	}

	void postpone(String reason) {
		requireStatus(DelegationStatus.SUBMITTED, DelegationStatus.APPROVED);
		status = DelegationStatus.POSTPONED;
		statusReason = reason;
	}

	private void decide(long by, Instant at, @Nullable String reason) {
		decidedBy = by;
		decidedAt = at;
		statusReason = reason;
	}

	private void requireStatus(DelegationStatus... allowed) {
		for (DelegationStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new IllegalTransition(status);
	}

	/** The details as they stand, for forms and rule checks. */
	public DelegationDetails details() {
		return new DelegationDetails(direction, title, purpose, headName, headPosition, headLevel, members, countries,
				partnerIds, programme, departureDate, returnDate, fundingSource, estimatedCost, planItemRef,
				outsidePlanReason);
	}

	/** Whether the post-trip report is late on the given day. */
	public boolean reportOverdueOn(LocalDate today) {
		return status == DelegationStatus.COMPLETED && reportDue != null && reportDue.isBefore(today);
	}

	public boolean inPlan() {
		return planItemRef != null;
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public Direction getDirection() {
		return direction;
	}

	public String getTitle() {
		return title;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getHeadName() {
		return headName;
	}

	public @Nullable String getHeadPosition() {
		return headPosition;
	}

	public HeadLevel getHeadLevel() {
		return headLevel;
	}

	public List<Member> getMembers() {
		return List.copyOf(members);
	}

	public Set<String> getCountries() {
		return Set.copyOf(countries);
	}

	public Set<Long> getPartnerIds() {
		return Set.copyOf(partnerIds);
	}

	public List<ProgrammeDay> getProgramme() {
		return List.copyOf(programme);
	}

	public LocalDate getDepartureDate() {
		return departureDate;
	}

	public LocalDate getReturnDate() {
		return returnDate;
	}

	public FundingSource getFundingSource() {
		return fundingSource;
	}

	public @Nullable BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public @Nullable UUID getPlanItemRef() {
		return planItemRef;
	}

	public @Nullable String getOutsidePlanReason() {
		return outsidePlanReason;
	}

	public DelegationStatus getStatus() {
		return status;
	}

	public @Nullable String getStatusReason() {
		return statusReason;
	}

	public @Nullable String getRuleJustification() {
		return ruleJustification;
	}

	public @Nullable String getDecisionReference() {
		return decisionReference;
	}

	public @Nullable Long getSubmittedBy() {
		return submittedBy;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable Long getDecidedBy() {
		return decidedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable LocalDate getReportDue() {
		return reportDue;
	}

	public @Nullable LocalDate getReportFiledOn() {
		return reportFiledOn;
	}

	public @Nullable String getReportMeetings() {
		return reportMeetings;
	}

	public @Nullable String getReportAgreements() {
		return reportAgreements;
	}

	public @Nullable String getReportCommitments() {
		return reportCommitments;
	}

	public @Nullable String getReportInvestmentLeads() {
		return reportInvestmentLeads;
	}

	public List<FollowUpAction> getFollowUps() {
		return List.copyOf(followUps);
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
