package vn.tre.agreement.web;

import java.util.List;
import vn.tre.agreement.MilestoneStatus;

/** What the roadmap's pages share: where they return and which statuses a person may set. */
final class RoadmapPages {

	/** Late is the daily job's to set. */
	static final List<MilestoneStatus> SETTABLE = List.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS,
			MilestoneStatus.DONE, MilestoneStatus.DROPPED);

	private RoadmapPages() {
	}

	static String back(long id) {
		return "redirect:/agreements/" + id + "/roadmap";
	}
}
