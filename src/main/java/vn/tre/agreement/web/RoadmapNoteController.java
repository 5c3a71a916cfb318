package vn.tre.agreement.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** The form that adds a dated note to the progress log of an activity or a milestone. */
@Controller
@RequestMapping("/agreements/{id}/roadmap/notes")
class RoadmapNoteController {

	private final AgreementRoadmaps roadmaps;

	RoadmapNoteController(AgreementRoadmaps roadmaps) {
		this.roadmaps = roadmaps;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "agreements";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @RequestParam long activity,
			@RequestParam(required = false) @Nullable Long milestone, Actor actor, Model model) {
		roadmaps.checkRecord(actor, id, activity, milestone);
		model.addAttribute("roadmapNoteForm", RoadmapNoteForm.blank(activity, milestone, roadmaps.today()));
		return form(model, actor, id, activity, milestone);
	}

	@PostMapping
	String create(@PathVariable long id, Actor actor, @ModelAttribute RoadmapNoteForm roadmapNoteForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Long activity = roadmapNoteForm.getActivityId();
		if (activity == null) {
			throw new NotFound("roadmap activity");
		}
		roadmaps.checkRecord(actor, id, activity, roadmapNoteForm.getMilestoneId());
		roadmapNoteForm.check(errors);
		if (RoadmapSaving.save(errors, () -> roadmaps.addNote(actor, id, activity, roadmapNoteForm.getMilestoneId(),
				Objects.requireNonNull(roadmapNoteForm.getOn()), Objects.requireNonNull(roadmapNoteForm.getNote())))) {
			redirect.addFlashAttribute("flashSuccess", "roadmap.flash.noteAdded");
			return RoadmapPages.back(id);
		}
		return form(model, actor, id, activity, roadmapNoteForm.getMilestoneId());
	}

	private String form(Model model, Actor actor, long id, long activity, @Nullable Long milestone) {
		model.addAttribute("agreement", roadmaps.agreement(actor, id));
		model.addAttribute("subject", milestone != null ? roadmaps.milestone(actor, id, milestone).getTitle()
				: roadmaps.activity(actor, id, activity).getTitle());
		return "agreements/roadmap-note";
	}
}
