package vn.tre.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.account.AccountManagement;
import vn.tre.legal.DeadlineCalculator;
import vn.tre.notification.NewTask;
import vn.tre.notification.Notifications;
import vn.tre.notification.TaskKind;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.UnitScope;
import vn.tre.partner.ActivityKind;
import vn.tre.partner.PartnerActivity;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.Role;
import vn.tre.shared.TextFolding;

/**
 * The delegation module's façade: read within the actor's scope, and move a delegation through its
 * workflow. Officers of the unit write, submit and report; its leaders approve, return, reject and close.
 * Every step is recorded and puts a task in front of whoever acts next.
 */
@Service
@Transactional(readOnly = true)
public class DelegationManagement {

	static final String REPORT_RULE = "delegation.post-trip-report";

	private final Delegations delegations;

	private final DelegationTransitions transitions;

	private final DelegationRules rules;

	private final AccessPolicy access;

	private final OrgUnitManagement units;

	private final AccountManagement accounts;

	private final Notifications notifications;

	private final DeadlineCalculator deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DelegationPlans plans;

	DelegationManagement(Delegations delegations, DelegationTransitions transitions, DelegationRules rules,
			AccessPolicy access, OrgUnitManagement units, AccountManagement accounts, Notifications notifications,
			DeadlineCalculator deadlines, ApplicationEventPublisher events, Clock clock, DelegationPlans plans) {
		this.plans = plans;
		this.delegations = delegations;
		this.transitions = transitions;
		this.rules = rules;
		this.access = access;
		this.units = units;
		this.accounts = accounts;
		this.notifications = notifications;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	/** A delegation the actor may see, or 404. */
	public Delegation get(Actor actor, long id) {
		Delegation delegation = delegations.findById(id).orElseThrow(() -> new NotFound("delegation"));
		access.checkRead(actor, delegation.getUnitId(), "delegation");
		return delegation;
	}

	/** Delegations the actor may see, filtered and paged; filtering happens in SQL. */
	public Page<Delegation> search(Actor actor, DelegationFilter filter, Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		String q = filter.q() == null ? "" : TextFolding.containsPattern(filter.q());
		return delegations.search(scope.all(), scope.idList(), filter.unitId(), filter.direction(), filter.status(),
				filter.from(), filter.to(), filter.country(), filter.partnerId(), filter.inPlan(),
				filter.overdueReport() ? today() : null, q, page);
	}

	/** Delegations the actor may see that are away (or visiting) on some day between the two dates. */
	public List<Delegation> between(Actor actor, LocalDate from, LocalDate to) {
		UnitScope scope = access.visibleUnits(actor);
		return delegations.overlapping(from, to, scope.all(), scope.idList());
	}

	/** The unit a delegation belongs to, whoever asks; for the attachments of the delegation. */
	public Optional<Long> unitOf(long id) {
		return delegations.findById(id).map(Delegation::getUnitId);
	}

	public List<DelegationTransition> history(Actor actor, long id) {
		get(actor, id);
		return transitions.findByDelegationIdOrderByAtAscIdAsc(id);
	}

	public boolean canEdit(Actor actor, Delegation delegation) {
		return access.canEdit(actor, delegation.getUnitId());
	}

	public boolean canApprove(Actor actor, Delegation delegation) {
		return access.canApprove(actor, delegation.getUnitId());
	}

	/** The rules that apply to the unit's delegations: its own, or else its province's. */
	public List<DelegationRule> rulesFor(long unitId) {
		List<DelegationRule> own = rules.findByUnitIdOrderByKind(unitId);
		if (!own.isEmpty()) {
			return own;
		}
		return units.find(unitId)
			.map(unit -> unit.getParentId() == null ? List.<DelegationRule>of() : rules.findByUnitIdOrderByKind(unit.getParentId()))
			.orElse(List.of());
	}

	/** The rules the details would break for the unit, leaving out the delegation itself when counting trips. */
	public List<RuleBreach> breaches(long unitId, DelegationDetails details, @Nullable Long selfId) {
		int year = details.departureDate().getYear();
		List<Delegation> ofYear = delegations.outgoingOfYear(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(other -> !Objects.equals(other.getId(), selfId))
			.toList();
		return RuleCheck.breaches(details, rulesFor(unitId), person -> ofYear.stream()
			.filter(other -> RuleCheck.keyLeaders(other.details()).stream().map(RuleCheck::person).anyMatch(person::equals))
			.count());
	}

	/** Warnings about other delegations at the same time: a shared member, or the same partner elsewhere. */
	public List<Clash> clashes(long unitId, DelegationDetails details, @Nullable Long selfId) {
		List<Clash> clashes = new ArrayList<>();
		List<String> people = people(details);
		for (Delegation other : delegations.overlapping(details.departureDate(), details.returnDate(), true, List.of(-1L))) {
			if (Objects.equals(other.getId(), selfId)) {
				continue;
			}
			if (other.getUnitId() == unitId) {
				sharedMember(other, people).ifPresent(name -> clashes.add(new Clash(Clash.Kind.SHARED_MEMBER, other.getId(),
						unitId, other.getTitle(), other.getDepartureDate(), other.getReturnDate(), name, null)));
			}
			else {
				other.getPartnerIds().stream().filter(details.partnerIds()::contains).findFirst()
					.ifPresent(partner -> clashes.add(new Clash(Clash.Kind.SAME_PARTNER, other.getId(), other.getUnitId(),
							other.getTitle(), other.getDepartureDate(), other.getReturnDate(), null, partner)));
			}
		}
		return clashes;
	}

	/** Which of the given delegations clash with another of them (shared member, or same partner elsewhere). */
	public java.util.Set<Long> clashingAmong(List<Delegation> shown) {
		java.util.Set<Long> clashing = new java.util.HashSet<>();
		for (Delegation a : shown) {
			for (Delegation b : shown) {
				if (a.getId() >= b.getId() || a.getDepartureDate().isAfter(b.getReturnDate())
						|| b.getDepartureDate().isAfter(a.getReturnDate())) {
					continue;
				}
				boolean clash = a.getUnitId() == b.getUnitId()
						? sharedMember(b, people(a.details())).isPresent()
						: a.getPartnerIds().stream().anyMatch(b.getPartnerIds()::contains);
				if (clash) {
					clashing.add(a.getId());
					clashing.add(b.getId());
				}
			}
		}
		return clashing;
	}

	private static List<String> people(DelegationDetails details) {
		List<String> people = new ArrayList<>();
		people.add(RuleCheck.person(details.headName()));
		details.members().forEach(member -> people.add(RuleCheck.person(member.name())));
		return people;
	}

	private static Optional<String> sharedMember(Delegation other, List<String> people) {
		List<String> names = new ArrayList<>();
		names.add(other.getHeadName());
		other.getMembers().forEach(member -> names.add(member.name()));
		return names.stream().filter(name -> people.contains(RuleCheck.person(name))).findFirst();
	}

	/** Records a new draft delegation of the unit. */
	@Transactional
	public Delegation create(Actor actor, long unitId, DelegationDetails details) {
		access.checkEdit(actor, unitId, "delegation");
		checkPlanItem(unitId, details);
		Delegation delegation = delegations.save(new Delegation(unitId, normalised(details), actor.userId(), clock.instant()));
		record(delegation, null, actor, null);
		return delegation;
	}

	/** Changes a draft, returned or postponed delegation; refuses a stale version. */
	@Transactional
	public Delegation update(Actor actor, long id, long version, DelegationDetails details) {
		Delegation delegation = editable(actor, id, version);
		checkPlanItem(delegation.getUnitId(), details);
		delegation.change(normalised(details));
		return delegations.saveAndFlush(delegation);
	}

	/** Sends the delegation to the unit's leaders; a delegation that breaks a rule needs a justification. */
	@Transactional
	public Delegation submit(Actor actor, long id, long version, @Nullable String justification) {
		Delegation delegation = editable(actor, id, version);
		List<RuleBreach> breaches = breaches(delegation.getUnitId(), delegation.details(), id);
		if (!breaches.isEmpty() && (justification == null || justification.isBlank())) {
			throw new JustificationRequired(breaches);
		}
		DelegationStatus from = delegation.getStatus();
		delegation.submit(actor.userId(), clock.instant(), breaches.isEmpty() ? null : justification.strip());
		record(delegation, from, actor, breaches.isEmpty() ? null : justification.strip());
		notifications.completeBySource(source(id, "revise"), actor.username());
		for (Long leader : accounts.usersWithRole(delegation.getUnitId(), Role.PROVINCE_LEADER)) {
			notifications.create(new NewTask(delegation.getUnitId(), leader, TaskKind.TASK, "delegation.task.approve",
					List.of(delegation.getTitle()), link(id), null, source(id, "approve") + ":" + leader));
		}
		return delegation;
	}

	@Transactional
	public Delegation approve(Actor actor, long id, long version, @Nullable String decision) {
		Delegation delegation = decidable(actor, id, version);
		delegation.approve(actor.userId(), clock.instant(), blankToNull(decision));
		afterDecision(actor, delegation, DelegationStatus.SUBMITTED, blankToNull(decision), "delegation.task.approved");
		return delegation;
	}

	@Transactional
	public Delegation returnForChanges(Actor actor, long id, long version, String comment) {
		Delegation delegation = decidable(actor, id, version);
		delegation.returnForChanges(actor.userId(), clock.instant(), required(comment));
		afterDecision(actor, delegation, DelegationStatus.SUBMITTED, comment.strip(), "delegation.task.returned");
		return delegation;
	}

	@Transactional
	public Delegation reject(Actor actor, long id, long version, String reason) {
		Delegation delegation = decidable(actor, id, version);
		delegation.reject(actor.userId(), clock.instant(), required(reason));
		afterDecision(actor, delegation, DelegationStatus.SUBMITTED, reason.strip(), "delegation.task.rejected");
		return delegation;
	}

	/** The trip (or the visit) has begun. */
	@Transactional
	public Delegation start(Actor actor, long id, long version) {
		Delegation delegation = writable(actor, id, version);
		DelegationStatus from = delegation.getStatus();
		delegation.start();
		record(delegation, from, actor, null);
		notifications.completeBySource(source(id, "decided"), actor.username());
		return delegation;
	}

	/** The trip is over: the report falls due by the unit's rule (15 days after return by default). */
	@Transactional
	public Delegation complete(Actor actor, long id, long version) {
		Delegation delegation = writable(actor, id, version);
		DelegationStatus from = delegation.getStatus();
		LocalDate due = deadlines.dueDate(REPORT_RULE, delegation.getReturnDate());
		delegation.complete(due);
		record(delegation, from, actor, null);
		long officer = delegation.getSubmittedBy() != null ? delegation.getSubmittedBy() : actor.userId();
		notifications.create(new NewTask(delegation.getUnitId(), officer, TaskKind.TASK, "delegation.task.report",
				List.of(delegation.getTitle()), link(id), due, source(id, "report")));
		events.publishEvent(new DelegationCompleted(id, delegation.getUnitId(), delegation.getDirection(),
				delegation.getTitle(), delegation.getPartnerIds(), delegation.getCountries(), delegation.getReturnDate()));
		for (Long partner : delegation.getPartnerIds()) {
			events.publishEvent(new PartnerActivity(partner, delegation.getUnitId(), delegation.getReturnDate(),
					ActivityKind.DELEGATION, delegation.getTitle(), link(id)));
		}
		return delegation;
	}

	/** Files the post-trip report. */
	@Transactional
	public Delegation fileReport(Actor actor, long id, long version, PostTripReport report) {
		Delegation delegation = writable(actor, id, version);
		DelegationStatus from = delegation.getStatus();
		delegation.fileReport(report, actor.userId(), today());
		record(delegation, from, actor, null);
		notifications.completeBySource(source(id, "report"), actor.username());
		notifications.completeBySource(source(id, "report-overdue"), actor.username());
		return delegation;
	}

	@Transactional
	public Delegation close(Actor actor, long id, long version) {
		Delegation delegation = decidable(actor, id, version);
		DelegationStatus from = delegation.getStatus();
		delegation.close();
		record(delegation, from, actor, null);
		return delegation;
	}

	@Transactional
	public Delegation cancel(Actor actor, long id, long version, String reason) {
		Delegation delegation = writable(actor, id, version);
		DelegationStatus from = delegation.getStatus();
		delegation.cancel(required(reason));
		record(delegation, from, actor, reason.strip());
		closeOpenTasks(actor, id);
		notifications.completeBySource(source(id, "decided"), actor.username());
		notifications.completeBySource(source(id, "revise"), actor.username());
		return delegation;
	}

	@Transactional
	public Delegation postpone(Actor actor, long id, long version, String reason) {
		Delegation delegation = writable(actor, id, version);
		DelegationStatus from = delegation.getStatus();
		delegation.postpone(required(reason));
		record(delegation, from, actor, reason.strip());
		closeOpenTasks(actor, id);
		notifications.completeBySource(source(id, "decided"), actor.username());
		return delegation;
	}

	/** Reminds the officers of completed delegations whose report is late; run daily by a scheduled job. */
	@Transactional
	public int remindOverdueReports() {
		List<Delegation> overdue = delegations.reportsOverdue(today());
		for (Delegation delegation : overdue) {
			long officer = delegation.getSubmittedBy() != null ? delegation.getSubmittedBy() : delegation.getCreatedBy();
			notifications.create(new NewTask(delegation.getUnitId(), officer, TaskKind.REMINDER,
					"delegation.task.reportOverdue", List.of(delegation.getTitle()), link(delegation.getId()),
					delegation.getReportDue(), source(delegation.getId(), "report-overdue")));
		}
		return overdue.size();
	}

	/** Today in Vietnam, by the injected clock. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The unit's year planned against carried out; the actor must be able to see the unit. */
	public PlanVersusActual planVersusActual(Actor actor, long unitId, int year) {
		access.checkRead(actor, unitId, "unit");
		List<PlanItemView> items = plans.approvedItems(unitId, year);
		List<Delegation> ofYear = delegations.ofUnitsBetween(List.of(unitId), PlanVersusActual.first(year),
				PlanVersusActual.last(year));
		return PlanVersusActual.of(unitId, year, plans.planInForce(unitId, year).isPresent(), items, ofYear);
	}

	/** A delegation implements an item of its own unit's approved plan, never another unit's. */
	private void checkPlanItem(long unitId, DelegationDetails details) {
		if (details.planItemRef() != null && plans.approvedItem(details.planItemRef())
			.filter(item -> item.unitId() == unitId)
			.isEmpty()) {
			throw new NotFound("plan item");
		}
	}

	/** The approved plan item a delegation implements, if it still is in the plan in force. */
	public Optional<PlanItemView> planItemOf(Delegation delegation) {
		return delegation.getPlanItemRef() == null ? Optional.empty() : plans.approvedItem(delegation.getPlanItemRef());
	}

	private Delegation editable(Actor actor, long id, long version) {
		Delegation delegation = writable(actor, id, version);
		if (!delegation.getStatus().editable()) {
			throw new IllegalTransition(delegation.getStatus());
		}
		return delegation;
	}

	private Delegation writable(Actor actor, long id, long version) {
		Delegation delegation = delegations.findById(id).orElseThrow(() -> new NotFound("delegation"));
		access.checkEdit(actor, delegation.getUnitId(), "delegation");
		return current(delegation, version);
	}

	private Delegation decidable(Actor actor, long id, long version) {
		Delegation delegation = delegations.findById(id).orElseThrow(() -> new NotFound("delegation"));
		access.checkApprove(actor, delegation.getUnitId(), "delegation");
		return current(delegation, version);
	}

	private static Delegation current(Delegation delegation, long version) {
		if (delegation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Delegation.class, delegation.getId());
		}
		return delegation;
	}

	private void afterDecision(Actor actor, Delegation delegation, DelegationStatus from, @Nullable String comment,
			String titleKey) {
		record(delegation, from, actor, comment);
		closeOpenTasks(actor, delegation.getId());
		if (delegation.getSubmittedBy() != null) {
			String step = delegation.getStatus() == DelegationStatus.RETURNED ? "revise" : "decided";
			notifications.create(new NewTask(delegation.getUnitId(), delegation.getSubmittedBy(), TaskKind.TASK, titleKey,
					List.of(delegation.getTitle()), link(delegation.getId()), null, source(delegation.getId(), step)));
		}
	}

	private void closeOpenTasks(Actor actor, long id) {
		for (Long leader : accounts.usersWithRole(delegations.findById(id).orElseThrow().getUnitId(), Role.PROVINCE_LEADER)) {
			notifications.completeBySource(source(id, "approve") + ":" + leader, actor.username());
		}
	}

	private void record(Delegation delegation, @Nullable DelegationStatus from, Actor actor, @Nullable String comment) {
		transitions.save(new DelegationTransition(delegation.getId(), from, delegation.getStatus(), clock.instant(),
				actor.userId(), actor.username(), comment));
	}

	private static DelegationDetails normalised(DelegationDetails details) {
		return new DelegationDetails(details.direction(), TextFolding.nfc(details.title().strip()),
				TextFolding.nfc(details.purpose().strip()), TextFolding.nfc(details.headName().strip()),
				blankToNull(details.headPosition()), details.headLevel(), details.members(), details.countries(),
				details.partnerIds(), details.programme(), details.departureDate(), details.returnDate(),
				details.fundingSource(), details.estimatedCost(), details.planItemRef(), blankToNull(details.outsidePlanReason()));
	}

	private static String required(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a comment or reason is required");
		}
		return text.strip();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String source(long id, String step) {
		return "delegation:" + id + ":" + step;
	}

	static String link(long id) {
		return "/delegations/" + id;
	}

	/** Whether the actor may record delegations at all: a writing role in a unit (the ministry records its own). */
	public boolean canCreateAnywhere(Actor actor) {
		return access.canEdit(actor, actor.unitId());
	}

	/** Sets a rule of a province (its leaders or a ministry administrator), creating it if needed. */
	@Transactional
	public DelegationRule setRule(Actor actor, long unitId, RuleKind kind, @Nullable Integer limit,
			@Nullable Long legalBasisId, @Nullable String note, boolean active) {
		if (!access.administers(actor)) {
			access.checkApprove(actor, unitId, "delegation rules");
		}
		DelegationRule rule = rules.findByUnitIdOrderByKind(unitId).stream()
			.filter(existing -> existing.getKind() == kind)
			.findFirst()
			.orElseGet(() -> new DelegationRule(unitId, kind, limit, legalBasisId, note));
		rule.change(limit, legalBasisId, blankToNull(note), active);
		return rules.save(rule);
	}

	/** Whether the actor may change the rules of the unit. */
	public boolean canSetRules(Actor actor, long unitId) {
		return access.administers(actor) || access.canApprove(actor, unitId);
	}

	/** Answers 403 unless the actor may see and change the unit's delegations. */
	public void checkEdit(Actor actor, long unitId) {
		if (!access.canEdit(actor, unitId)) {
			throw new Forbidden("delegation");
		}
	}
}
