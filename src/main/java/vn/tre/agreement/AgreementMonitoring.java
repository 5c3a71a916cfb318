package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.agreement.WarningCause.WarningKey;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * The early warnings on agreements: the daily run that applies the agreements' own dates (entry into force,
 * expiry, automatic renewal) and raises or resolves the warnings (no roadmap, milestone overdue, no
 * activity, expiring, report or opinion late), and the open warnings each viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class AgreementMonitoring {

	private static final Logger log = LoggerFactory.getLogger(AgreementMonitoring.class);

	private final Agreements agreements;

	private final AgreementWarnings warnings;

	private final Milestones milestones;

	private final WarningCauses causes;

	private final DueSteps dueSteps;

	private final WarningTasks tasks;

	private final AccessPolicy access;

	private final OrgUnitManagement units;

	private final JdbcClient jdbc;

	private final Clock clock;

	AgreementMonitoring(Agreements agreements, AgreementWarnings warnings, Milestones milestones, WarningCauses causes,
			DueSteps dueSteps, WarningTasks tasks, AccessPolicy access, OrgUnitManagement units, JdbcClient jdbc,
			Clock clock) {
		this.agreements = agreements;
		this.warnings = warnings;
		this.milestones = milestones;
		this.causes = causes;
		this.dueSteps = dueSteps;
		this.tasks = tasks;
		this.access = access;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Applies the dates reached today, marks overdue milestones late, raises the warnings whose cause holds
	 * (with their tasks, once) and resolves those whose cause has gone; answers how many warnings it raised.
	 */
	@Transactional
	public int run() {
		LocalDate today = LocalDate.now(clock);
		int stepped = dueSteps.apply(today);
		List<WarningCause> found = causes.on(today);
		markLate(found, today);
		Map<WarningKey, WarningCause> wanted = found.stream()
			.collect(Collectors.toMap(WarningCause::key, Function.identity(), (first, second) -> first));
		Map<WarningKey, AgreementWarning> open = new HashMap<>();
		warnings.allOpen().forEach(warning -> open.put(WarningKey.of(warning), warning));
		int resolved = 0;
		for (var entry : open.entrySet()) {
			if (!wanted.containsKey(entry.getKey())) {
				entry.getValue().resolve(today);
				tasks.resolved(entry.getKey());
				resolved++;
			}
		}
		int raised = 0;
		for (var entry : wanted.entrySet()) {
			if (!open.containsKey(entry.getKey())) {
				WarningCause cause = entry.getValue();
				warnings.save(new AgreementWarning(cause.agreementId(), cause.unitId(), cause.kind(), cause.milestoneId(), today));
				tasks.raised(cause);
				raised++;
			}
		}
		log.info("Agreement monitoring on {}: {} agreements changed by their dates, {} warnings raised, {} resolved", today,
				stepped, raised, resolved);
		return raised;
	}

	/** Overdue milestones become late; late ones whose due date was moved past today are planned again. */
	private void markLate(List<WarningCause> found, LocalDate today) {
		Set<Long> overdue = found.stream()
			.filter(cause -> cause.kind() == WarningKind.MILESTONE_OVERDUE)
			.map(WarningCause::milestoneId)
			.collect(Collectors.toSet());
		milestones.findAllById(overdue).stream()
			.filter(milestone -> milestone.getStatus() != MilestoneStatus.LATE)
			.forEach(milestone -> milestone.setStatus(MilestoneStatus.LATE, null));
		List<Long> noLongerLate = jdbc.sql("select id from agreement.milestone where status = 'LATE' and due_on >= :today")
			.param("today", today).query(Long.class).list();
		milestones.findAllById(noLongerLate).forEach(milestone -> milestone.setStatus(MilestoneStatus.PLANNED, null));
	}

	/**
	 * The open warnings of an agreement the actor may read (404 otherwise), newest first; as of today, so a
	 * warning raised on a later day (the clock was moved back) is not shown.
	 */
	public List<OpenWarning> warnings(Actor actor, long agreementId) {
		Agreement agreement = agreements.findById(agreementId).orElseThrow(() -> new NotFound("agreement"));
		access.checkRead(actor, agreement.getUnitId(), "agreement");
		return warnings.openViewsOf(agreementId, today());
	}

	/**
	 * The open warnings of the agreements the actor may see, newest first, optionally of one kind and of one
	 * unit and the units under it (404 for a unit the actor may not see); filtered in SQL.
	 */
	public Page<OpenWarning> openWarnings(Actor actor, @Nullable WarningKind kind, @Nullable Long unitId, Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		List<Long> within = List.of(-1L);
		if (unitId != null) {
			access.checkRead(actor, unitId, "org unit");
			within = units.subtreeIds(unitId);
		}
		return warnings.openViewsIn(scope.all(), scope.idList(), unitId == null, within, kind, today(), page);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** How many warnings are open in the actor's scope, by kind (every kind present, zero included). */
	public Map<WarningKind, Long> openCounts(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
		for (WarningKind kind : WarningKind.values()) {
			counts.put(kind, 0L);
		}
		for (Object[] row : warnings.countOpenByKind(scope.all(), scope.idList())) {
			counts.put((WarningKind) row[0], (Long) row[1]);
		}
		return counts;
	}

	/** The units of the actor's scope that have open warnings: what the unit filter offers. */
	public List<Long> unitsWithOpenWarnings(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		return warnings.unitsWithOpen(scope.all(), scope.idList());
	}
}
