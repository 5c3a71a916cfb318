package vn.tre.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tre.organisation.OrgUnit;

/**
 * An agreement's implementation roadmap as one actor sees it: the activities with their milestones and
 * progress notes, the progress rolled up by weight ({@link RoadmapProgress}), and what the actor may do.
 *
 * @param open whether the roadmap may still change (the agreement is signed and has not ended)
 * @param canEdit whether the actor may change the activities and milestones
 * @param fullAccess whether the actor may see the agreement itself (not only the milestones their unit owns)
 */
public record Roadmap(long agreementId, boolean open, boolean canEdit, boolean fullAccess, double share,
		List<Activity> activities, Map<Long, OrgUnit> units) {

	/** An activity with its derived status, its share done and its milestones. */
	public record Activity(RoadmapActivity activity, MilestoneStatus status, double share, boolean mayRecord,
			List<Step> milestones, List<ProgressEntry> notes) {

		public int percent() {
			return RoadmapProgress.percent(share);
		}

		/** The progress notes of the activity and of its milestones, newest first. */
		public List<ProgressEntry> log() {
			return java.util.stream.Stream.concat(notes.stream(), milestones.stream().flatMap(step -> step.notes().stream()))
				.sorted(java.util.Comparator.comparing(ProgressEntry::getOn).thenComparing(ProgressEntry::getId).reversed())
				.toList();
		}

		public String milestoneTitle(long milestoneId) {
			return milestones.stream()
				.filter(step -> step.milestone().getId() == milestoneId)
				.map(step -> step.milestone().getTitle())
				.findFirst()
				.orElse("");
		}
	}

	/** A milestone; its status reads late as soon as it is overdue, before the daily job marks it. */
	public record Step(Milestone milestone, MilestoneStatus status, boolean mayRecord, List<ProgressEntry> notes) {
	}

	/** The roadmap's progress as a whole percent, e.g. 62 for "62 % implemented". */
	public int percent() {
		return RoadmapProgress.percent(share);
	}

	public boolean empty() {
		return activities.isEmpty();
	}

	public List<Step> milestones() {
		return activities.stream().flatMap(activity -> activity.milestones().stream()).toList();
	}

	public long count(MilestoneStatus status) {
		return milestones().stream().filter(step -> step.status() == status).count();
	}

	/** The name of an owner unit in the reader's language. */
	public String unitName(long unitId, Locale locale) {
		OrgUnit unit = units.get(unitId);
		return unit == null ? "#" + unitId : unit.name(locale);
	}
}
