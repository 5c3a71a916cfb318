package vn.tre.partner;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;

/**
 * A partner's 360° timeline: every {@link PartnerActivity} any module published, stored as it arrives and
 * shown newest first to the users who may see the unit it happened in. An activity other than a relation
 * change also moves that unit's relations with the partner out of dormancy.
 */
@Service
@Transactional(readOnly = true)
public class PartnerTimeline {

	private static final Logger log = LoggerFactory.getLogger(PartnerTimeline.class);

	private final Timeline timeline;

	private final Partners partners;

	private final RelationManagement relations;

	private final AccessPolicy access;

	private final Clock clock;

	PartnerTimeline(Timeline timeline, Partners partners, RelationManagement relations, AccessPolicy access, Clock clock) {
		this.timeline = timeline;
		this.partners = partners;
		this.relations = relations;
		this.access = access;
		this.clock = clock;
	}

	/** The partner's entries of the units the actor may see, newest first, optionally of one unit and kind. */
	public Page<TimelineEntry> of(Actor actor, long partnerId, @Nullable Long unitId, @Nullable ActivityKind kind,
			Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		if (unitId != null) {
			access.checkRead(actor, unitId, "org unit");
		}
		return timeline.of(partnerId, scope.all(), scope.idList(), unitId, kind, page);
	}

	/** The units the actor may see that appear on the partner's timeline, for the unit filter. */
	public List<Long> unitsOf(Actor actor, long partnerId) {
		UnitScope scope = access.visibleUnits(actor);
		return timeline.unitsOf(partnerId, scope.all(), scope.idList());
	}

	@ApplicationModuleListener
	void on(PartnerActivity activity) {
		if (!partners.existsById(activity.partnerId())) {
			log.warn("Activity for unknown partner {} ignored: {}", activity.partnerId(), activity.title());
			return;
		}
		timeline.save(new TimelineEntry(activity, clock.instant()));
		if (activity.kind() != ActivityKind.RELATION) {
			relations.recordActivity(activity.partnerId(), activity.unitId(), activity.date());
		}
	}
}
