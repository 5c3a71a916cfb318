package vn.tre.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.TextFolding;

/** The organisation module's façade: read the tree within the actor's scope, and administer it. */
@Service
@Transactional(readOnly = true)
public class OrgUnitManagement {

	/** Ministry first, then provinces and the rest, each in Vietnamese alphabetical order (Đ after D). */
	private static final java.util.Comparator<OrgUnit> VIETNAMESE_ORDER = java.util.Comparator
		.comparing(OrgUnit::getType)
		.thenComparing(OrgUnit::getNameVi, java.text.Collator.getInstance(Locale.forLanguageTag("vi")));

	private final OrgUnits units;

	private final AccessPolicy access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgUnitManagement(OrgUnits units, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** A unit by id, whoever asks; for other modules that already checked access to their own record. */
	public Optional<OrgUnit> find(long id) {
		return units.findById(id);
	}

	/**
	 * A unit the actor may see; 404 when there is no such unit, 403 when it lies outside the actor's part of
	 * the tree (the list of units is public knowledge, their records are not).
	 */
	public OrgUnit get(Actor actor, long id) {
		OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFound("org unit"));
		if (!access.canRead(actor, id)) {
			throw new Forbidden("org unit " + id);
		}
		return unit;
	}

	/** The unit's name in the page's language, or the id when the unit is unknown. */
	public String nameOf(long id, Locale locale) {
		return units.findById(id).map(unit -> unit.name(locale)).orElse("#" + id);
	}

	/** Units the actor may see, filtered and paged. */
	public Page<OrgUnit> search(Actor actor, OrgUnitFilter filter, Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		String q = filter.q() == null ? "" : TextFolding.containsPattern(filter.q());
		return units.search(scope.all(), scope.idList(), filter.type(), filter.parentId(), filter.currentOnly(), q, page);
	}

	/** The top of the tree as the actor sees it: every root for a ministry user, their own unit otherwise. */
	public List<OrgUnit> roots(Actor actor, boolean includeHistorical) {
		UnitScope scope = access.visibleUnits(actor);
		List<OrgUnit> roots = scope.all() ? units.findByParentIdIsNullOrderByTypeAscNameViAsc()
				: units.findAllById(List.of(actor.unitId()));
		LocalDate today = LocalDate.now(clock);
		return roots.stream().filter(unit -> includeHistorical || unit.validOn(today)).sorted(VIETNAMESE_ORDER).toList();
	}

	/** The children of a unit the actor may see. */
	public List<OrgUnit> children(Actor actor, long parentId) {
		get(actor, parentId);
		return units.findByParentIdOrderByNameVi(parentId).stream().sorted(VIETNAMESE_ORDER).toList();
	}

	public long countChildren(long parentId) {
		return units.countByParentId(parentId);
	}

	/** How many units sit directly under each of the given units (one query). */
	public java.util.Map<Long, Long> countChildren(java.util.Collection<Long> parentIds) {
		var counts = new java.util.HashMap<Long, Long>();
		if (!parentIds.isEmpty()) {
			units.countChildren(List.copyOf(parentIds)).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
	}

	/** The units with the given ids, by id (one query). */
	public java.util.Map<Long, OrgUnit> byIds(java.util.Collection<Long> ids) {
		var found = new java.util.HashMap<Long, OrgUnit>();
		units.findAllById(ids).forEach(unit -> found.put(unit.getId(), unit));
		return found;
	}

	/** The units a unit may be placed under: the ministry and the units in force at the top of the tree, and the current parent. */
	public List<OrgUnit> possibleParents(@org.jspecify.annotations.Nullable Long currentParentId) {
		LocalDate today = LocalDate.now(clock);
		var parents = new java.util.ArrayList<>(units.findByParentIdIsNullOrderByTypeAscNameViAsc().stream()
			.filter(unit -> unit.validOn(today))
			.toList());
		if (currentParentId != null && parents.stream().noneMatch(unit -> unit.getId().equals(currentParentId))) {
			units.findById(currentParentId).ifPresent(parents::add);
		}
		parents.sort(VIETNAMESE_ORDER);
		return parents;
	}

	/** The units that were merged into this one. */
	public List<OrgUnit> predecessors(long unitId) {
		return units.findByMergedIntoIdOrderByNameVi(unitId);
	}

	/** Which unit stands today for this unit: itself, or the end of its chain of mergers. */
	public OrgUnit successorToday(long unitId) {
		OrgUnit unit = units.findById(unitId).orElseThrow(() -> new NotFound("org unit"));
		for (int hops = 0; unit.getMergedIntoId() != null && hops < 20; hops++) {
			unit = units.findById(unit.getMergedIntoId()).orElseThrow();
		}
		return unit;
	}

	/** Which units stood for this one on the given day: itself if in force, and the units later merged into it. */
	public List<OrgUnit> stoodForOn(long unitId, LocalDate day) {
		return units.findAllById(units.stoodForOn(unitId, day));
	}

	/** Every unit under the given one, the unit included (an indexed path query). */
	public List<Long> subtreeIds(long unitId) {
		return units.subtreeIds(unitId);
	}

	/** The ministry and its units in force today: the units every user may address (e.g. for an opinion). */
	public List<OrgUnit> nationwideUnits() {
		LocalDate today = LocalDate.now(clock);
		return units.findByTypeInOrderByTypeAscNameViAsc(java.util.EnumSet.of(OrgUnitType.MINISTRY, OrgUnitType.MINISTRY_UNIT))
			.stream()
			.filter(unit -> unit.validOn(today))
			.toList();
	}

	/** A unit in force today with the given code and type, if any. */
	public Optional<OrgUnit> findCurrentByCode(String code, OrgUnitType type) {
		LocalDate today = LocalDate.now(clock);
		return units.findByCodeOrderByValidFromDesc(code).stream()
				.filter(unit -> unit.getType() == type && unit.validOn(today))
				.findFirst();
	}

	/** Creates a unit; ministry administrators only. */
	@Transactional
	public OrgUnit create(Actor actor, OrgUnitDraft draft) {
		access.checkAdministers(actor);
		var unit = new OrgUnit(draft.type(), draft.code().strip(), TextFolding.nfc(draft.nameVi().strip()),
				draft.nameEn().strip(), draft.parentId(), draft.validFrom());
		unit.changeValidity(draft.validFrom(), draft.validTo());
		unit.markCentralCity(draft.centralCity());
		OrgUnit saved = units.saveAndFlush(unit);
		events.publishEvent(new OrgUnitChanged(saved.getId()));
		return saved;
	}

	/** Changes a unit's names, code, parent and validity; ministry administrators only. */
	@Transactional
	public OrgUnit update(Actor actor, long id, long version, OrgUnitDraft draft) {
		access.checkAdministers(actor);
		OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFound("org unit"));
		if (unit.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(OrgUnit.class, id);
		}
		unit.rename(TextFolding.nfc(draft.nameVi().strip()), draft.nameEn().strip());
		unit.changeCode(draft.code().strip());
		unit.changeValidity(draft.validFrom(), draft.validTo());
		unit.markCentralCity(draft.centralCity());
		unit.moveUnder(draft.parentId());
		OrgUnit saved = units.saveAndFlush(unit);
		events.publishEvent(new OrgUnitChanged(id));
		return saved;
	}

	/** Saves units in one transaction; used by the commune import once every row was checked. */
	@Transactional
	void createAll(List<OrgUnit> newUnits) {
		units.saveAll(newUnits);
		units.flush();
		events.publishEvent(new OrgUnitChanged(-1));
	}
}
