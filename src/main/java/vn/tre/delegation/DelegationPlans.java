package vn.tre.delegation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * The yearly delegation plans: what other modules read of the plans in force, and what people do with
 * plans. Officers of a unit create, draft, submit and amend its plan; its leaders approve or return it; every
 * call checks the actor against the unit's access rules (404 for a plan they may not see, 403 for a step they
 * may not take) and every change is refused if the plan changed since the version the actor saw.
 */
@Service
@Transactional(readOnly = true)
public class DelegationPlans {

	static final String WHAT = "delegation plan";

	private final Plans plans;

	private final AccessPolicy access;

	private final PlanTasks tasks;

	private final Clock clock;

	DelegationPlans(Plans plans, AccessPolicy access, PlanTasks tasks, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** The item with the ref in the revision in force of its plan; empty when no approved revision has it. */
	public Optional<PlanItemView> approvedItem(UUID ref) {
		return plans.findByApprovedItem(ref).flatMap(plan -> plan.inForce()
			.flatMap(revision -> revision.item(ref))
			.map(item -> PlanItemView.of(plan, item)));
	}

	/** The items of the unit's plan in force for the year; empty when it has no approved plan. */
	public List<PlanItemView> approvedItems(long unitId, int year) {
		return planInForce(unitId, year).map(PlanView::items).orElse(List.of());
	}

	/** The approved revision in force of the unit's plan for the year, if any. */
	public Optional<PlanView> planInForce(long unitId, int year) {
		return plans.findByUnitIdAndYear(unitId, year)
			.flatMap(plan -> plan.inForce().map(revision -> PlanView.of(plan, revision)));
	}

	/** The plans of the units the actor may see, filtered in SQL. */
	public Page<DelegationPlan> search(Actor actor, PlanFilter filter, Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		return plans.search(scope.all(), scope.idList(), filter.unitId(), filter.year(), filter.status(), page);
	}

	/** The years and units that have plans the actor may see, for the list's filters. */
	public List<Integer> years(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		return plans.years(scope.all(), scope.idList());
	}

	public List<Long> unitsWithPlans(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		return plans.unitsWithPlans(scope.all(), scope.idList());
	}

	/** Per plan, the totals of its current revision by direction. */
	public Map<Long, Map<Direction, PlanTotals>> currentTotals(List<DelegationPlan> page) {
		Map<Long, Map<Direction, PlanTotals>> totals = new HashMap<>();
		if (page.isEmpty()) {
			return totals;
		}
		for (PlanTotalsRow row : plans.currentTotals(page.stream().map(DelegationPlan::getId).toList())) {
			totals.computeIfAbsent(row.planId(), id -> new EnumMap<>(Direction.class)).put(row.direction(), row.totals());
		}
		return totals;
	}

	/** A plan the actor may see, with all its revisions, items and transitions loaded; 404 otherwise. */
	public DelegationPlan get(Actor actor, long id) {
		DelegationPlan plan = plans.findById(id).orElseThrow(() -> new NotFound(WHAT));
		access.checkRead(actor, plan.getUnitId(), WHAT);
		return loaded(plan);
	}

	/** The plan of the unit for the year, if the actor may see the unit and it has one. */
	public Optional<DelegationPlan> find(Actor actor, long unitId, int year) {
		return access.canRead(actor, unitId) ? plans.findByUnitIdAndYear(unitId, year) : Optional.empty();
	}

	/** Whether the actor may create a plan for the unit and draft, submit and amend it. */
	public boolean canEdit(Actor actor, long unitId) {
		return access.canEdit(actor, unitId);
	}

	/** Whether the actor may approve or return the unit's plans. */
	public boolean canApprove(Actor actor, long unitId) {
		return access.canApprove(actor, unitId);
	}

	/** Creates the unit's plan for the year with an empty draft revision; one plan per unit and year. */
	@Transactional
	public DelegationPlan create(Actor actor, long unitId, int year) {
		access.checkEdit(actor, unitId, WHAT);
		if (year < 2000 || year > 2100) {
			throw new InvalidPlanInput("year", "plan.error.year.range");
		}
		if (plans.existsByUnitIdAndYear(unitId, year)) {
			throw new InvalidPlanInput("year", "plan.error.year.exists");
		}
		return loaded(plans.saveAndFlush(new DelegationPlan(unitId, year, actor, clock.instant())));
	}

	/** Adds a planned delegation to the revision being drafted. */
	@Transactional
	public PlanItem addItem(Actor actor, long planId, long version, PlanItemDraft draft) {
		DelegationPlan plan = editable(actor, planId, version);
		PlanItem item = plan.addItem(draft, actor, clock.instant());
		plans.saveAndFlush(plan);
		return item;
	}

	/** Changes a planned delegation of the revision being drafted. */
	@Transactional
	public PlanItem updateItem(Actor actor, long planId, long version, UUID ref, PlanItemDraft draft) {
		DelegationPlan plan = editable(actor, planId, version);
		PlanItem item = plan.updateItem(ref, draft, actor, clock.instant());
		plans.saveAndFlush(plan);
		return item;
	}

	/** Removes a planned delegation from the revision being drafted. */
	@Transactional
	public void removeItem(Actor actor, long planId, long version, UUID ref) {
		DelegationPlan plan = editable(actor, planId, version);
		plan.removeItem(ref, actor, clock.instant());
		plans.saveAndFlush(plan);
	}

	/** Submits the revision being drafted to the unit's leaders, who get a task to decide on it. */
	@Transactional
	public DelegationPlan submit(Actor actor, long planId, long version) {
		DelegationPlan plan = editable(actor, planId, version);
		plan.submit(actor, clock.instant());
		tasks.submitted(plan, actor);
		return loaded(plans.saveAndFlush(plan));
	}

	/** Approves the submitted revision, which becomes the plan in force; the submitter gets a task. */
	@Transactional
	public DelegationPlan approve(Actor actor, long planId, long version, @Nullable String comment) {
		DelegationPlan plan = approvable(actor, planId, version);
		plan.approve(actor, clock.instant(), comment);
		tasks.decided(plan, actor);
		return loaded(plans.saveAndFlush(plan));
	}

	/** Returns the submitted revision with a comment; the submitter gets a task to change and resubmit it. */
	@Transactional
	public DelegationPlan returnForChanges(Actor actor, long planId, long version, @Nullable String comment) {
		DelegationPlan plan = approvable(actor, planId, version);
		plan.returnForChanges(actor, clock.instant(), comment);
		tasks.decided(plan, actor);
		return loaded(plans.saveAndFlush(plan));
	}

	/** Starts an amendment of the approved plan; the approved revision stays in force until it is approved. */
	@Transactional
	public DelegationPlan amend(Actor actor, long planId, long version) {
		DelegationPlan plan = editable(actor, planId, version);
		tasks.amended(plan, actor);
		plan.amend(actor, clock.instant());
		return loaded(plans.saveAndFlush(plan));
	}

	/** The plan with everything its pages show loaded, so that it can be read after the transaction. */
	private static DelegationPlan loaded(DelegationPlan plan) {
		plan.getRevisions().forEach(revision -> Hibernate.initialize(revision.getItems()));
		Hibernate.initialize(plan.getTransitions());
		return plan;
	}

	private DelegationPlan editable(Actor actor, long planId, long version) {
		DelegationPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound(WHAT));
		access.checkEdit(actor, plan.getUnitId(), WHAT);
		return checkVersion(plan, version);
	}

	private DelegationPlan approvable(Actor actor, long planId, long version) {
		DelegationPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound(WHAT));
		access.checkApprove(actor, plan.getUnitId(), WHAT);
		return checkVersion(plan, version);
	}

	private static DelegationPlan checkVersion(DelegationPlan plan, long version) {
		if (plan.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DelegationPlan.class, plan.getId());
		}
		return plan;
	}
}
