package vn.tre.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * The partner module's façade for relations: each belongs to one unit, is read within the viewer's scope
 * (404 outside it) and changed by that unit's writers (403 for others who see it). Creating a relation and
 * changing its type, date or status put a {@link PartnerActivity} on the partner's timeline.
 */
@Service
@Transactional(readOnly = true)
public class RelationManagement {

	private static final String WHAT = "relation";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Relations relations;

	private final Partners partners;

	private final AccessPolicy access;

	private final OrgUnitManagement units;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	RelationManagement(Relations relations, Partners partners, AccessPolicy access, OrgUnitManagement units,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.relations = relations;
		this.partners = partners;
		this.access = access;
		this.units = units;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** Relations of the units the actor may see, filtered; the unit filter must be a unit they see (404). */
	public Page<Relation> search(Actor actor, RelationFilter filter, Pageable page) {
		if (filter.unitId() != null) {
			access.checkRead(actor, filter.unitId(), "org unit");
		}
		UnitScope scope = access.visibleUnits(actor);
		String key = PartnerNames.key(filter.q());
		return relations.search(scope.all(), scope.idList(), filter.partnerId(), filter.unitId(), filter.type(),
				filter.country(), key.isEmpty() ? "" : PartnerNames.searchPattern(key), filter.status() == null ? "" : filter.status().name(), cutoff(), page);
	}

	/** A relation of a unit the actor may see; 404 otherwise. */
	public Relation get(Actor actor, long id) {
		Relation relation = relations.findById(id).orElseThrow(() -> new NotFound(WHAT));
		access.checkRead(actor, relation.getUnitId(), WHAT);
		return relation;
	}

	/** Whether the actor may change relations of the unit. */
	public boolean canEdit(Actor actor, long unitId) {
		return access.canEdit(actor, unitId);
	}

	/** How many active relations (not flagged dormant) the units in the actor's scope keep, per country code. */
	public Map<String, Long> activeByCountry(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		var counts = new TreeMap<String, Long>();
		relations.activeByCountry(scope.all(), scope.idList(), cutoff())
			.forEach(row -> counts.put((String) row[0], (Long) row[1]));
		return counts;
	}

	/** Sets up a relation between the unit and the partner; 404 or 403 when the actor may not edit for the unit. */
	@Transactional
	public Relation create(Actor actor, long partnerId, long unitId, RelationDraft draft) {
		access.checkEdit(actor, unitId, WHAT);
		Partner partner = partners.findById(partnerId).orElseThrow(() -> new InvalidPartner("partnerId", "relation.form.partner.unknown"));
		check(draft);
		Relation relation = relations.saveAndFlush(new Relation(partner.getId(), unitId, draft, clock.instant()));
		publish(relation, partner, relation.getEstablishedOn(), "relation.activity.created");
		return relation;
	}

	/** Changes a relation; 404 when the actor cannot see it, 403 when they may not edit for its unit. */
	@Transactional
	public Relation update(Actor actor, long id, long version, RelationDraft draft) {
		Relation relation = relations.findById(id).orElseThrow(() -> new NotFound(WHAT));
		access.checkEdit(actor, relation.getUnitId(), WHAT);
		if (relation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Relation.class, id);
		}
		check(draft);
		boolean statusChanged = relation.getStatus() != draft.status();
		boolean termsChanged = relation.getType() != draft.type() || !relation.getEstablishedOn().equals(draft.establishedOn());
		relation.change(draft);
		Relation saved = relations.saveAndFlush(relation);
		Partner partner = partners.findById(saved.getPartnerId()).orElseThrow();
		if (statusChanged) {
			publish(saved, partner, LocalDate.now(clock), "relation.activity.status." + draft.status());
		}
		else if (termsChanged) {
			publish(saved, partner, LocalDate.now(clock), "relation.activity.changed");
		}
		return saved;
	}

	/** The units in the actor's scope that keep at least one relation, for the unit filters of lists. */
	public List<Long> unitsWithRelations(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		return relations.unitsWithRelations(scope.all(), scope.idList());
	}

	/** The units the actor may set up relations for: their own unit and the units under it that are in force. */
	public List<vn.tre.organisation.OrgUnit> unitsForNewRelations(Actor actor) {
		if (!actor.writes()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return units.byIds(units.subtreeIds(actor.unitId())).values().stream()
			.filter(unit -> unit.validOn(today) && access.canEdit(actor, unit.getId()))
			.sorted(java.util.Comparator.comparing(vn.tre.organisation.OrgUnit::getType)
				.thenComparing(vn.tre.organisation.OrgUnit::getNameVi, java.text.Collator.getInstance(VIETNAMESE)))
			.toList();
	}

	/** Moves the last activity of the unit's open relations with the partner forward; for the timeline's listener. */
	@Transactional
	void recordActivity(long partnerId, long unitId, LocalDate day) {
		List<Relation> open = relations.findByPartnerIdAndUnitIdAndStatusNot(partnerId, unitId, RelationStatus.ENDED);
		open.forEach(relation -> relation.activityOn(day));
	}

	private void check(RelationDraft draft) {
		LocalDate today = LocalDate.now(clock);
		if (draft.establishedOn().isAfter(today)) {
			throw new InvalidPartner("establishedOn", "relation.form.establishedOn.future");
		}
		if (draft.lastActivityOn() != null) {
			if (draft.lastActivityOn().isAfter(today)) {
				throw new InvalidPartner("lastActivityOn", "relation.form.lastActivityOn.future");
			}
			if (draft.lastActivityOn().isBefore(draft.establishedOn())) {
				throw new InvalidPartner("lastActivityOn", "relation.form.lastActivityOn.beforeEstablished");
			}
		}
	}

	private void publish(Relation relation, Partner partner, LocalDate day, String key) {
		String type = messages.getMessage("relation.type." + relation.getType(), null, VIETNAMESE);
		String title = messages.getMessage(key, new Object[] { type, units.nameOf(relation.getUnitId(), VIETNAMESE),
				partner.name(VIETNAMESE) }, VIETNAMESE);
		events.publishEvent(new PartnerActivity(partner.getId(), relation.getUnitId(), day, ActivityKind.RELATION, title,
				"/relations/" + relation.getId()));
	}

	private LocalDate cutoff() {
		return Relation.dormantCutoff(LocalDate.now(clock));
	}
}
