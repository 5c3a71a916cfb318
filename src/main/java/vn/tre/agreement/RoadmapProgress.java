package vn.tre.agreement;

import java.util.List;

/**
 * How far a roadmap is carried out, rolled up by weight from milestones to activities to the agreement.
 * <ul>
 * <li>A milestone counts 1 when it is done and 0 otherwise; dropped milestones are left out.</li>
 * <li>An activity's share = Σ(weight of done milestones) / Σ(weight of milestones not dropped). An activity
 * without milestones counts 1 only when its own status is done.</li>
 * <li>The agreement's share = Σ(activity weight × activity share) / Σ(weight of activities not dropped); an
 * activity whose milestones were all dropped counts as dropped.</li>
 * </ul>
 * An activity's status follows its milestones when it has some: dropped when the activity itself is dropped
 * or all its milestones are; done when every milestone not dropped is done; late when any is late; in
 * progress when any is in progress or done; planned otherwise. Without milestones it is its own status.
 * Shares are fractions from 0 to 1; {@link #percent(double)} rounds them for display.
 */
public final class RoadmapProgress {

	private RoadmapProgress() {
	}

	/** A weighted part of a roadmap (a milestone, or an activity with its share) and where it stands. */
	public record Part(int weight, MilestoneStatus status) {
	}

	/** An activity as the roll-up sees it: its weight, its own status and its milestones. */
	public record ActivityParts(int weight, MilestoneStatus ownStatus, List<Part> milestones) {
	}

	/** The status of an activity, derived from its milestones when it has some (see the class comment). */
	public static MilestoneStatus activityStatus(MilestoneStatus own, List<Part> milestones) {
		if (own == MilestoneStatus.DROPPED || milestones.isEmpty()) {
			return own;
		}
		List<Part> kept = milestones.stream().filter(part -> part.status() != MilestoneStatus.DROPPED).toList();
		if (kept.isEmpty()) {
			return MilestoneStatus.DROPPED;
		}
		if (kept.stream().allMatch(part -> part.status() == MilestoneStatus.DONE)) {
			return MilestoneStatus.DONE;
		}
		if (kept.stream().anyMatch(part -> part.status() == MilestoneStatus.LATE)) {
			return MilestoneStatus.LATE;
		}
		if (kept.stream().anyMatch(part -> part.status() == MilestoneStatus.IN_PROGRESS || part.status() == MilestoneStatus.DONE)) {
			return MilestoneStatus.IN_PROGRESS;
		}
		return MilestoneStatus.PLANNED;
	}

	/** The share of an activity that is done, from 0 to 1; 0 for a dropped activity. */
	public static double activityShare(MilestoneStatus own, List<Part> milestones) {
		if (own == MilestoneStatus.DROPPED) {
			return 0;
		}
		long total = 0;
		long done = 0;
		for (Part milestone : milestones) {
			if (milestone.status() != MilestoneStatus.DROPPED) {
				total += milestone.weight();
				done += milestone.status() == MilestoneStatus.DONE ? milestone.weight() : 0;
			}
		}
		if (total == 0) {
			return own == MilestoneStatus.DONE ? 1 : 0;
		}
		return (double) done / total;
	}

	/** The share of the whole roadmap that is done, from 0 to 1; 0 when nothing is left to do. */
	public static double agreementShare(List<ActivityParts> activities) {
		double done = 0;
		long total = 0;
		for (ActivityParts activity : activities) {
			if (activityStatus(activity.ownStatus(), activity.milestones()) == MilestoneStatus.DROPPED) {
				continue;
			}
			total += activity.weight();
			done += activity.weight() * activityShare(activity.ownStatus(), activity.milestones());
		}
		return total == 0 ? 0 : done / total;
	}

	/**
	 * A share as a whole percent, rounded half up, except that 100 is shown only when everything is done
	 * and 0 only when nothing is: a roadmap with one small step left is not "100 % implemented".
	 */
	public static int percent(double share) {
		int rounded = (int) Math.round(share * 100);
		if (rounded == 100 && share < 1) {
			return 99;
		}
		if (rounded == 0 && share > 0) {
			return 1;
		}
		return rounded;
	}
}
