package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.partner.ActivityKind;
import vn.tre.partner.PartnerActivity;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.TextFolding;

/**
 * The implementation roadmap of a signed agreement: activities holding weighted milestones with an owner
 * unit, a due date, a status and evidence, a dated progress log, and the yearly review. Every change counts
 * as activity on the agreement (for the "nothing recorded for 12 months" warning); a milestone done goes on
 * the partners' timelines.
 */
@Service
@Transactional(readOnly = true)
public class AgreementRoadmaps {

	private final RoadmapGuard guard;

	private final RoadmapActivities activities;

	private final Milestones milestones;

	private final ProgressEntries entries;

	private final AgreementReviews reviews;

	private final OrgUnitManagement units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementRoadmaps(RoadmapGuard guard, RoadmapActivities activities, Milestones milestones, ProgressEntries entries,
			AgreementReviews reviews, OrgUnitManagement units, ApplicationEventPublisher events, Clock clock) {
		this.guard = guard;
		this.activities = activities;
		this.milestones = milestones;
		this.entries = entries;
		this.reviews = reviews;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/** The roadmap of an agreement with its progress, for the agreement's readers and the owner units; else 404. */
	public Roadmap roadmap(Actor actor, long id) {
		Agreement agreement = guard.readable(actor, id);
		LocalDate today = guard.today();
		List<Milestone> allMilestones = milestones.findByAgreementIdOrderByPositionInListAscIdAsc(id);
		List<ProgressEntry> notes = entries.findByAgreementIdOrderByOnDescIdDesc(id);
		Set<Long> unitIds = new HashSet<>();
		List<Roadmap.Activity> rows = activities.findByAgreementIdOrderByPositionInListAscIdAsc(id).stream().map(activity -> {
			unitIds.add(activity.getOwnerUnitId());
			List<Roadmap.Step> steps = allMilestones.stream()
				.filter(m -> m.getActivityId() == activity.getId())
				.map(m -> {
					unitIds.add(m.getOwnerUnitId());
					return new Roadmap.Step(m, m.overdueOn(today) ? MilestoneStatus.LATE : m.getStatus(),
							guard.mayRecord(actor, agreement, activity, m),
							notes.stream().filter(n -> Objects.equals(n.getMilestoneId(), m.getId())).toList());
				})
				.toList();
			List<RoadmapProgress.Part> parts = steps.stream()
				.map(step -> new RoadmapProgress.Part(step.milestone().getWeight(), step.status()))
				.toList();
			MilestoneStatus own = ownStatus(activity, today);
			return new Roadmap.Activity(activity, RoadmapProgress.activityStatus(own, parts),
					RoadmapProgress.activityShare(own, parts), guard.mayRecord(actor, agreement, activity, null), steps,
					notes.stream().filter(n -> n.getActivityId() == activity.getId() && n.getMilestoneId() == null).toList());
		}).toList();
		double share = RoadmapProgress.agreementShare(rows.stream()
			.map(row -> new RoadmapProgress.ActivityParts(row.activity().getWeight(), ownStatus(row.activity(), today),
					row.milestones().stream().map(s -> new RoadmapProgress.Part(s.milestone().getWeight(), s.status())).toList()))
			.toList());
		Map<Long, OrgUnit> names = units.byIds(unitIds);
		return new Roadmap(id, RoadmapGuard.open(agreement), guard.canEdit(actor, agreement),
				guard.fullAccess(actor, agreement), share, rows, names);
	}

	/**
	 * The progress, as a whole percent, of each of the agreements that has a roadmap, computed as on its own
	 * page; for a list of agreements already read within the actor's scope. Two queries for the whole list.
	 */
	public Map<Long, Integer> percents(Collection<Agreement> shown) {
		List<Long> ids = shown.stream().map(Agreement::getId).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<RoadmapProgress.Part>> parts = new HashMap<>();
		for (Milestone milestone : milestones.findByAgreementIdIn(ids)) {
			parts.computeIfAbsent(milestone.getActivityId(), activity -> new ArrayList<>())
				.add(new RoadmapProgress.Part(milestone.getWeight(), milestone.getStatus()));
		}
		Map<Long, List<RoadmapProgress.ActivityParts>> byAgreement = new HashMap<>();
		for (RoadmapActivity activity : activities.findByAgreementIdIn(ids)) {
			byAgreement.computeIfAbsent(activity.getAgreementId(), agreement -> new ArrayList<>())
				.add(new RoadmapProgress.ActivityParts(activity.getWeight(), activity.getStatus(),
						parts.getOrDefault(activity.getId(), List.of())));
		}
		Map<Long, Integer> percents = new HashMap<>();
		byAgreement.forEach((id, activityParts) -> percents.put(id,
				RoadmapProgress.percent(RoadmapProgress.agreementShare(activityParts))));
		return percents;
	}

	/** The agreement whose roadmap the actor may read (its readers and the owner units), or 404. */
	public Agreement agreement(Actor actor, long id) {
		return guard.readable(actor, id);
	}

	/** The agreement, for a form that changes its roadmap: 404 or 403 unless the actor may change it now. */
	public Agreement editable(Actor actor, long id) {
		Agreement agreement = guard.readable(actor, id);
		if (!guard.canEdit(actor, agreement)) {
			throw new Forbidden("roadmap");
		}
		return agreement;
	}

	/** Answers 404 or 403 unless the actor may change the agreement's roadmap (in whatever state it is). */
	public void checkEditor(Actor actor, long id) {
		guard.checkEditor(actor, id);
	}

	/**
	 * Answers 404 or 403 unless the actor may record progress on the activity or milestone: the agreement's
	 * editors, and the units that own the activity or the milestone.
	 */
	public void checkRecord(Actor actor, long id, long activityId, @Nullable Long milestoneId) {
		Agreement agreement = guard.readable(actor, id);
		RoadmapActivity activity = activityOf(id, activityId);
		Milestone milestone = milestoneId == null ? null : milestoneOf(id, milestoneId);
		if (!guard.owns(actor, agreement, activity, milestone)) {
			throw new Forbidden("roadmap");
		}
	}

	/** Whether the activity has milestones, which then give its status. */
	public boolean hasMilestones(long activityId) {
		return !milestones.findByActivityIdOrderByPositionInListAscIdAsc(activityId).isEmpty();
	}

	/** Today in Vietnam, by the injected clock. */
	public LocalDate today() {
		return guard.today();
	}

	/** One activity of an agreement the actor may read, or 404. */
	public RoadmapActivity activity(Actor actor, long id, long activityId) {
		guard.readable(actor, id);
		return activityOf(id, activityId);
	}

	/** One milestone of an agreement the actor may read, or 404. */
	public Milestone milestone(Actor actor, long id, long milestoneId) {
		guard.readable(actor, id);
		return milestoneOf(id, milestoneId);
	}

	/** Units that may own an activity or milestone of the agreement: its unit and the units below, in force. */
	public List<OrgUnit> ownerUnits(Actor actor, long id) {
		Agreement agreement = guard.readable(actor, id);
		LocalDate today = guard.today();
		return units.byIds(units.subtreeIds(agreement.getUnitId())).values().stream()
			.filter(unit -> unit.getId() == agreement.getUnitId() || unit.validOn(today))
			.sorted((a, b) -> a.getId() == agreement.getUnitId() ? -1 : b.getId() == agreement.getUnitId() ? 1
					: a.getNameVi().compareTo(b.getNameVi()))
			.toList();
	}

	@Transactional
	public RoadmapActivity addActivity(Actor actor, long id, RoadmapItem item) {
		Agreement agreement = guard.editable(actor, id);
		RoadmapItem clean = checked(agreement, item);
		int position = (int) activities.countByAgreementId(id);
		RoadmapActivity activity = activities.save(new RoadmapActivity(id, position, clean.title(), clean.ownerUnitId(),
				clean.dueOn(), clean.weight()));
		agreement.touched(guard.today());
		return activity;
	}

	@Transactional
	public RoadmapActivity changeActivity(Actor actor, long id, long activityId, long version, RoadmapItem item) {
		Agreement agreement = guard.editable(actor, id);
		RoadmapActivity activity = current(activityOf(id, activityId), version);
		RoadmapItem clean = checked(agreement, item);
		activity.change(clean.title(), clean.ownerUnitId(), clean.dueOn(), clean.weight());
		agreement.touched(guard.today());
		return activity;
	}

	/** Removes an activity with its milestones and their progress notes. */
	@Transactional
	public void removeActivity(Actor actor, long id, long activityId, long version) {
		Agreement agreement = guard.editable(actor, id);
		RoadmapActivity activity = current(activityOf(id, activityId), version);
		milestones.deleteAll(milestones.findByActivityIdOrderByPositionInListAscIdAsc(activityId));
		activities.delete(activity);
		agreement.touched(guard.today());
	}

	/**
	 * Sets an activity's own status: any status for an activity without milestones (its progress is then
	 * all or nothing), only dropped or planned (taking it up again) for one whose milestones give its status.
	 * Dropping needs a reason, which goes to the progress log with any other note.
	 */
	@Transactional
	public RoadmapActivity setActivityStatus(Actor actor, long id, long activityId, long version, MilestoneStatus status,
			LocalDate on, @Nullable String note) {
		RoadmapActivity activity = activityOf(id, activityId);
		Agreement agreement = guard.recordable(actor, id, activity, null);
		current(activity, version);
		List<Milestone> own = milestones.findByActivityIdOrderByPositionInListAscIdAsc(activityId);
		if (status == MilestoneStatus.LATE) {
			throw new AgreementRefused("roadmap.error.lateByJob", "status");
		}
		if (!own.isEmpty() && status != MilestoneStatus.DROPPED && status != MilestoneStatus.PLANNED) {
			throw new AgreementRefused("roadmap.error.statusFromMilestones", "status");
		}
		String text = blankToNull(note);
		if (status == MilestoneStatus.DROPPED && text == null) {
			throw new AgreementRefused("roadmap.error.dropReason", "note");
		}
		guard.checkDone(agreement, on, "on");
		activity.setStatus(status);
		if (!own.isEmpty()) {
			refreshStatus(activity);
		}
		if (text != null) {
			entries.save(new ProgressEntry(id, activityId, null, on, text, actor.username(), clock.instant()));
		}
		agreement.touched(on);
		return activity;
	}

	@Transactional
	public Milestone addMilestone(Actor actor, long id, long activityId, RoadmapItem item) {
		Agreement agreement = guard.editable(actor, id);
		RoadmapActivity activity = activityOf(id, activityId);
		RoadmapItem clean = checkedMilestone(agreement, item);
		int position = milestones.findByActivityIdOrderByPositionInListAscIdAsc(activityId).size();
		Milestone milestone = milestones.save(new Milestone(activityId, id, position, clean.title(), clean.ownerUnitId(),
				Objects.requireNonNull(clean.dueOn()), clean.weight()));
		refreshStatus(activity);
		agreement.touched(guard.today());
		return milestone;
	}

	/** Changes a milestone; a late one whose due date moves to today or later is planned again. */
	@Transactional
	public Milestone changeMilestone(Actor actor, long id, long milestoneId, long version, RoadmapItem item) {
		Agreement agreement = guard.editable(actor, id);
		Milestone milestone = current(milestoneOf(id, milestoneId), version);
		RoadmapItem clean = checkedMilestone(agreement, item);
		LocalDate due = Objects.requireNonNull(clean.dueOn());
		milestone.change(clean.title(), clean.ownerUnitId(), due, clean.weight());
		if (milestone.getStatus() == MilestoneStatus.LATE && !due.isBefore(guard.today())) {
			milestone.setStatus(MilestoneStatus.PLANNED, null);
			refreshStatus(activityOf(id, milestone.getActivityId()));
		}
		agreement.touched(guard.today());
		return milestone;
	}

	@Transactional
	public void removeMilestone(Actor actor, long id, long milestoneId, long version) {
		Agreement agreement = guard.editable(actor, id);
		Milestone milestone = current(milestoneOf(id, milestoneId), version);
		milestones.delete(milestone);
		milestones.flush();
		refreshStatus(activityOf(id, milestone.getActivityId()));
		agreement.touched(guard.today());
	}

	/**
	 * Records where a milestone stands, by the agreement's editors or the milestone's (or its activity's)
	 * owner unit: planned, in progress, done on a day between the signing and today, or dropped with a
	 * reason; late is the daily job's to set. A milestone that becomes done goes on the partners' timelines.
	 */
	@Transactional
	public Milestone setMilestoneStatus(Actor actor, long id, long milestoneId, long version, MilestoneUpdate update) {
		Milestone milestone = milestoneOf(id, milestoneId);
		RoadmapActivity activity = activityOf(id, milestone.getActivityId());
		Agreement agreement = guard.recordable(actor, id, activity, milestone);
		current(milestone, version);
		if (update.status() == MilestoneStatus.LATE) {
			throw new AgreementRefused("roadmap.error.lateByJob", "status");
		}
		String note = blankToNull(update.note());
		if (update.status() == MilestoneStatus.DROPPED && note == null) {
			throw new AgreementRefused("roadmap.error.dropReason", "note");
		}
		LocalDate doneOn = update.status() == MilestoneStatus.DONE ? update.doneOn() : null;
		if (update.status() == MilestoneStatus.DONE && doneOn == null) {
			throw new AgreementRefused("agreement.error.doneOnRequired", "doneOn");
		}
		if (doneOn != null) {
			guard.checkDone(agreement, doneOn, "doneOn");
		}
		boolean newlyDone = doneOn != null && milestone.getStatus() != MilestoneStatus.DONE;
		milestone.setStatus(update.status(), doneOn);
		milestone.setEvidence(RoadmapGuard.evidenceLink(update.evidenceLink()), note);
		refreshStatus(activity);
		agreement.touched(doneOn != null ? doneOn : guard.today());
		if (newlyDone) {
			for (Long partner : agreement.partnerIds()) {
				events.publishEvent(new PartnerActivity(partner, agreement.getUnitId(), doneOn, ActivityKind.AGREEMENT,
						"Hoàn thành mốc: " + milestone.getTitle() + " — " + agreement.getTitleVi(),
						AgreementManagement.link(id)));
			}
		}
		return milestone;
	}

	/** Adds a dated note to the progress log of an activity or one of its milestones. */
	@Transactional
	public ProgressEntry addNote(Actor actor, long id, long activityId, @Nullable Long milestoneId, LocalDate on,
			String note) {
		RoadmapActivity activity = activityOf(id, activityId);
		Milestone milestone = milestoneId == null ? null : milestoneOf(id, milestoneId);
		if (milestone != null && milestone.getActivityId() != activityId) {
			throw new NotFound("milestone");
		}
		Agreement agreement = guard.recordable(actor, id, activity, milestone);
		String text = blankToNull(note);
		if (text == null) {
			throw new AgreementRefused("agreement.error.required", "note");
		}
		guard.checkDone(agreement, on, "on");
		ProgressEntry entry = entries.save(new ProgressEntry(id, activityId, milestoneId, on, text, actor.username(),
				clock.instant()));
		agreement.touched(on);
		return entry;
	}

	/** The yearly reviews of an agreement, newest year first, for whoever may read its roadmap. */
	public List<AgreementReview> reviews(Actor actor, long id) {
		guard.readable(actor, id);
		return reviews.findByAgreementIdOrderByYearDesc(id);
	}

	/** The years for which the actor may file or update a review now, newest first; empty if none. */
	public List<Integer> reviewYears(Actor actor, long id) {
		Agreement agreement = guard.readable(actor, id);
		if (!guard.mayReview(actor, agreement)) {
			return List.of();
		}
		int from = Objects.requireNonNull(agreement.getSignedOn()).getYear();
		int to = agreement.getStatus().finished() ? lastYear(agreement) : guard.today().getYear();
		int first = agreement.getStatus().finished() ? to : from;
		return java.util.stream.IntStream.rangeClosed(first, to).map(year -> to - year + first).boxed().toList();
	}

	/**
	 * Files the review of a year (effective, partly or not implemented, and why), or updates it when the
	 * version of the stored review is given: one review per year, for a year from the signing to the current
	 * one; an agreement that has ended is reviewed for its last year only.
	 */
	@Transactional
	public AgreementReview fileReview(Actor actor, long id, int year, @Nullable Long version, Assessment assessment,
			String reasons) {
		Agreement agreement = guard.editableForReview(actor, id);
		String why = blankToNull(reasons);
		if (why == null) {
			throw new AgreementRefused("agreement.error.required", "reasons");
		}
		LocalDate signed = Objects.requireNonNull(agreement.getSignedOn());
		if (year > guard.today().getYear()) {
			throw new AgreementRefused("roadmap.error.reviewFutureYear", "year");
		}
		if (year < signed.getYear()) {
			throw new AgreementRefused("roadmap.error.reviewBeforeSigning", "year");
		}
		if (agreement.getStatus().finished() && year != lastYear(agreement)) {
			throw new AgreementRefused("roadmap.error.reviewEndedYear", "year");
		}
		AgreementReview review = reviews.findByAgreementIdAndYear(id, year).orElse(null);
		if (review == null) {
			review = reviews.save(new AgreementReview(id, year, assessment, why, actor.username(), guard.today()));
		}
		else if (version == null) {
			throw new AgreementRefused("roadmap.error.reviewExists", "year");
		}
		else if (review.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AgreementReview.class, review.getId());
		}
		else {
			review.change(assessment, why, actor.username(), guard.today());
		}
		agreement.touched(guard.today());
		return review;
	}

	private static int lastYear(Agreement agreement) {
		LocalDate ended = agreement.getEndedOn();
		return ended != null ? ended.getYear() : Objects.requireNonNull(agreement.getSignedOn()).getYear();
	}

	private RoadmapItem checked(Agreement agreement, RoadmapItem item) {
		String title = blankToNull(item.title());
		if (title == null) {
			throw new AgreementRefused("agreement.error.required", "title");
		}
		if (item.weight() < 1 || item.weight() > 100) {
			throw new AgreementRefused("agreement.error.weight", "weight");
		}
		guard.checkOwner(agreement, item.ownerUnitId());
		guard.checkDue(agreement, item.dueOn());
		return new RoadmapItem(title, item.ownerUnitId(), item.dueOn(), item.weight());
	}

	private RoadmapItem checkedMilestone(Agreement agreement, RoadmapItem item) {
		if (item.dueOn() == null) {
			throw new AgreementRefused("agreement.error.required", "dueOn");
		}
		return checked(agreement, item);
	}

	/**
	 * Keeps the stored status of an activity with milestones in line with them (as of their stored statuses).
	 * Only the officers drop an activity: one whose milestones are all dropped is stored as planned, reads as
	 * dropped, and comes back when a milestone is added.
	 */
	private void refreshStatus(RoadmapActivity activity) {
		List<RoadmapProgress.Part> parts = milestones.findByActivityIdOrderByPositionInListAscIdAsc(activity.getId()).stream()
			.map(m -> new RoadmapProgress.Part(m.getWeight(), m.getStatus()))
			.toList();
		if (parts.isEmpty() || activity.getStatus() == MilestoneStatus.DROPPED) {
			return;
		}
		MilestoneStatus derived = RoadmapProgress.activityStatus(MilestoneStatus.PLANNED, parts);
		activity.setStatus(derived == MilestoneStatus.DROPPED ? MilestoneStatus.PLANNED : derived);
	}

	/** An activity without milestones that is still open and past its due date reads late. */
	private static MilestoneStatus ownStatus(RoadmapActivity activity, LocalDate today) {
		boolean overdue = activity.getStatus().open() && activity.getDueOn() != null && activity.getDueOn().isBefore(today);
		return overdue ? MilestoneStatus.LATE : activity.getStatus();
	}

	private RoadmapActivity activityOf(long id, long activityId) {
		return activities.findById(activityId)
			.filter(activity -> activity.getAgreementId() == id)
			.orElseThrow(() -> new NotFound("roadmap activity"));
	}

	private Milestone milestoneOf(long id, long milestoneId) {
		return milestones.findById(milestoneId)
			.filter(milestone -> milestone.getAgreementId() == id)
			.orElseThrow(() -> new NotFound("milestone"));
	}

	private static RoadmapActivity current(RoadmapActivity activity, long version) {
		if (activity.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(RoadmapActivity.class, activity.getId());
		}
		return activity;
	}

	private static Milestone current(Milestone milestone, long version) {
		if (milestone.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Milestone.class, milestone.getId());
		}
		return milestone;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : TextFolding.nfc(text.strip());
	}
}
