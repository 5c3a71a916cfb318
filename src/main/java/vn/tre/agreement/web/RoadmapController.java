package vn.tre.agreement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Roadmap;
import vn.tre.shared.Actor;

/** The roadmap page of an agreement: its activities, milestones, progress and yearly reviews. */
@Controller
class RoadmapController {

	private final AgreementRoadmaps roadmaps;

	RoadmapController(AgreementRoadmaps roadmaps) {
		this.roadmaps = roadmaps;
	}

	@GetMapping("/agreements/{id}/roadmap")
	String roadmap(@PathVariable long id, Actor actor, Model model) {
		Roadmap roadmap = roadmaps.roadmap(actor, id);
		model.addAttribute("activeNav", "agreements");
		model.addAttribute("agreement", roadmaps.agreement(actor, id));
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("reviews", roadmaps.reviews(actor, id));
		model.addAttribute("canEdit", roadmap.canEdit());
		return "agreements/roadmap-page";
	}
}
