package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;

/**
 * Who may read and change a roadmap, and the rules its entries follow. The agreement's readers read it and
 * the editors of its unit change it; a unit below it that owns an activity or a milestone also reads the
 * roadmap and records the progress of what it owns. Only a signed agreement that has not ended has a
 * roadmap to change.
 */
@Component
class RoadmapGuard {

	/** A path of the application: "/delegations/42", "/events/7?tab=report#photos". */
	private static final Pattern APP_PATH = Pattern.compile("/(?!/)[\\p{L}\\p{N}\\-._~!$&'()*+,;=:@%/?#]*");

	private final Agreements agreements;

	private final RoadmapActivities activities;

	private final Milestones milestones;

	private final AccessPolicy access;

	private final OrgUnitManagement units;

	private final Clock clock;

	RoadmapGuard(Agreements agreements, RoadmapActivities activities, Milestones milestones, AccessPolicy access,
			OrgUnitManagement units, Clock clock) {
		this.agreements = agreements;
		this.activities = activities;
		this.milestones = milestones;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The agreement, for its readers and for the units that own part of its roadmap; 404 for anyone else. */
	Agreement readable(Actor actor, long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		if (!access.canRead(actor, agreement.getUnitId()) && !participates(actor, id)) {
			throw new NotFound("agreement");
		}
		return agreement;
	}

	boolean fullAccess(Actor actor, Agreement agreement) {
		return access.canRead(actor, agreement.getUnitId());
	}

	boolean canEdit(Actor actor, Agreement agreement) {
		return open(agreement) && access.canEdit(actor, agreement.getUnitId());
	}

	/** Whether the actor may record the status and progress of the milestone (or, without one, the activity) now. */
	boolean mayRecord(Actor actor, Agreement agreement, RoadmapActivity activity, @Nullable Milestone milestone) {
		return open(agreement) && owns(actor, agreement, activity, milestone);
	}

	/** Whether the actor edits for the agreement's unit, or for the unit that owns the activity or milestone. */
	boolean owns(Actor actor, Agreement agreement, RoadmapActivity activity, @Nullable Milestone milestone) {
		return access.canEdit(actor, agreement.getUnitId()) || access.canEdit(actor, activity.getOwnerUnitId())
				|| (milestone != null && access.canEdit(actor, milestone.getOwnerUnitId()));
	}

	/** Answers 404 or 403 unless the actor edits for the agreement's unit. */
	void checkEditor(Actor actor, long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		access.checkEdit(actor, agreement.getUnitId(), "agreement");
	}

	/** The agreement, if the actor may change its roadmap now: 404, 403 or refused otherwise. */
	Agreement editable(Actor actor, long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		access.checkEdit(actor, agreement.getUnitId(), "agreement");
		requireOpen(agreement);
		return agreement;
	}

	/** The agreement, if the actor may record progress on the activity or milestone: 404, 403 or refused. */
	Agreement recordable(Actor actor, long id, RoadmapActivity activity, @Nullable Milestone milestone) {
		Agreement agreement = readable(actor, id);
		if (!owns(actor, agreement, activity, milestone)) {
			throw new Forbidden("agreement");
		}
		requireOpen(agreement);
		return agreement;
	}

	/** Whether the actor may file reviews: an editor of a signed agreement, also after it ended. */
	boolean mayReview(Actor actor, Agreement agreement) {
		return agreement.getStatus().signed() && agreement.getSignedOn() != null
				&& access.canEdit(actor, agreement.getUnitId());
	}

	/** The agreement, if the actor may file its reviews: 404, 403 or refused otherwise. */
	Agreement editableForReview(Actor actor, long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		access.checkEdit(actor, agreement.getUnitId(), "agreement");
		if (!agreement.getStatus().signed() || agreement.getSignedOn() == null) {
			throw new AgreementRefused("roadmap.error.notSigned");
		}
		return agreement;
	}

	void requireOpen(Agreement agreement) {
		if (agreement.getStatus().finished()) {
			throw new AgreementRefused("agreement.error.finished");
		}
		if (!agreement.getStatus().signed()) {
			throw new AgreementRefused("roadmap.error.notSigned");
		}
	}

	static boolean open(Agreement agreement) {
		return agreement.getStatus().signed() && !agreement.getStatus().finished();
	}

	/** The owner unit must be the agreement's unit or one below it. */
	void checkOwner(Agreement agreement, long ownerUnitId) {
		if (!units.subtreeIds(agreement.getUnitId()).contains(ownerUnitId)) {
			throw new AgreementRefused("roadmap.error.ownerOutside", "ownerUnitId");
		}
	}

	/** A day on which something was done: not after today, not before the signing. */
	void checkDone(Agreement agreement, LocalDate day, String field) {
		if (day.isAfter(today())) {
			throw new AgreementRefused("agreement.error.dateInFuture", field);
		}
		if (agreement.getSignedOn() != null && day.isBefore(agreement.getSignedOn())) {
			throw new AgreementRefused("roadmap.error.beforeSigning", field);
		}
	}

	/** A due date: not before the signing. */
	void checkDue(Agreement agreement, @Nullable LocalDate due) {
		if (due != null && agreement.getSignedOn() != null && due.isBefore(agreement.getSignedOn())) {
			throw new AgreementRefused("roadmap.error.dueBeforeSigning", "dueOn");
		}
	}

	static @Nullable String evidenceLink(@Nullable String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String clean = link.strip();
		if (clean.length() > 500 || !APP_PATH.matcher(clean).matches()) {
			throw new AgreementRefused("roadmap.error.evidenceLink", "evidenceLink");
		}
		return clean;
	}

	private boolean participates(Actor actor, long id) {
		return activities.findByAgreementIdOrderByPositionInListAscIdAsc(id).stream()
			.anyMatch(activity -> access.canEdit(actor, activity.getOwnerUnitId()))
				|| milestones.findByAgreementIdOrderByPositionInListAscIdAsc(id).stream()
					.anyMatch(milestone -> access.canEdit(actor, milestone.getOwnerUnitId()));
	}
}
