package vn.tre.agreement.web;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementRefused;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Milestone;
import vn.tre.agreement.RoadmapActivity;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** The forms that add, change and remove a milestone, and record its status with evidence. */
@Controller
@RequestMapping("/agreements/{id}/roadmap/milestones")
class RoadmapMilestoneController {

	private final AgreementRoadmaps roadmaps;

	RoadmapMilestoneController(AgreementRoadmaps roadmaps) {
		this.roadmaps = roadmaps;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "agreements";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @RequestParam long activity, Actor actor, Model model) {
		Agreement agreement = roadmaps.editable(actor, id);
		RoadmapActivity parent = roadmaps.activity(actor, id, activity);
		model.addAttribute("roadmapItemForm", RoadmapItemForm.blank(parent.getOwnerUnitId(), activity));
		return form(model, actor, agreement, parent, null);
	}

	@PostMapping
	String create(@PathVariable long id, Actor actor, @ModelAttribute RoadmapItemForm roadmapItemForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agreement agreement = roadmaps.editable(actor, id);
		Long activityId = roadmapItemForm.getActivityId();
		if (activityId == null) {
			throw new NotFound("roadmap activity");
		}
		RoadmapActivity parent = roadmaps.activity(actor, id, activityId);
		roadmapItemForm.check(errors, true);
		if (RoadmapSaving.save(errors, () -> roadmaps.addMilestone(actor, id, activityId, roadmapItemForm.item()))) {
			redirect.addFlashAttribute("flashSuccess", "roadmap.flash.milestoneAdded");
			return RoadmapPages.back(id);
		}
		return form(model, actor, agreement, parent, null);
	}

	@GetMapping("/{milestoneId}/edit")
	String editForm(@PathVariable long id, @PathVariable long milestoneId, Actor actor, Model model) {
		Agreement agreement = roadmaps.editable(actor, id);
		Milestone milestone = roadmaps.milestone(actor, id, milestoneId);
		model.addAttribute("roadmapItemForm", RoadmapItemForm.of(milestone));
		return form(model, actor, agreement, roadmaps.activity(actor, id, milestone.getActivityId()), milestoneId);
	}

	@PostMapping("/{milestoneId}")
	String update(@PathVariable long id, @PathVariable long milestoneId, Actor actor,
			@ModelAttribute RoadmapItemForm roadmapItemForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		Agreement agreement = roadmaps.editable(actor, id);
		Milestone milestone = roadmaps.milestone(actor, id, milestoneId);
		roadmapItemForm.check(errors, true);
		if (RoadmapSaving.save(errors, () -> roadmaps.changeMilestone(actor, id, milestoneId,
				roadmapItemForm.getVersion(), roadmapItemForm.item()))) {
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return RoadmapPages.back(id);
		}
		return form(model, actor, agreement, roadmaps.activity(actor, id, milestone.getActivityId()), milestoneId);
	}

	@PostMapping("/{milestoneId}/delete")
	String delete(@PathVariable long id, @PathVariable long milestoneId, @RequestParam long version, Actor actor,
			RedirectAttributes redirect) {
		try {
			roadmaps.removeMilestone(actor, id, milestoneId, version);
			redirect.addFlashAttribute("flashSuccess", "roadmap.flash.milestoneRemoved");
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", "form.staleVersion");
		}
		catch (AgreementRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return RoadmapPages.back(id);
	}

	@GetMapping("/{milestoneId}/status")
	String statusForm(@PathVariable long id, @PathVariable long milestoneId, Actor actor, Model model) {
		Milestone milestone = recordable(actor, id, milestoneId);
		model.addAttribute("roadmapStatusForm", RoadmapStatusForm.of(milestone, roadmaps.today()));
		return statusPage(model, actor, id, milestone);
	}

	@PostMapping("/{milestoneId}/status")
	String status(@PathVariable long id, @PathVariable long milestoneId, Actor actor,
			@ModelAttribute RoadmapStatusForm roadmapStatusForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Milestone milestone = recordable(actor, id, milestoneId);
		roadmapStatusForm.check(errors, true);
		if (RoadmapSaving.save(errors, () -> roadmaps.setMilestoneStatus(actor, id, milestoneId,
				roadmapStatusForm.getVersion(), roadmapStatusForm.update()))) {
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return RoadmapPages.back(id);
		}
		return statusPage(model, actor, id, milestone);
	}

	private Milestone recordable(Actor actor, long id, long milestoneId) {
		Milestone milestone = roadmaps.milestone(actor, id, milestoneId);
		roadmaps.checkRecord(actor, id, milestone.getActivityId(), milestoneId);
		return milestone;
	}

	private String form(Model model, Actor actor, Agreement agreement, RoadmapActivity parent,
			@Nullable Long milestoneId) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("kind", "milestone");
		model.addAttribute("editing", milestoneId != null);
		model.addAttribute("titleKey", milestoneId == null ? "roadmap.milestone.createTitle" : "roadmap.milestone.editTitle");
		model.addAttribute("parent", parent);
		model.addAttribute("ownerUnits", roadmaps.ownerUnits(actor, agreement.getId()));
		model.addAttribute("action", milestoneId == null ? "/agreements/" + agreement.getId() + "/roadmap/milestones"
				: "/agreements/" + agreement.getId() + "/roadmap/milestones/" + milestoneId);
		return "agreements/roadmap-item";
	}

	private String statusPage(Model model, Actor actor, long id, Milestone milestone) {
		model.addAttribute("agreement", roadmaps.agreement(actor, id));
		model.addAttribute("milestone", true);
		model.addAttribute("subject", milestone.getTitle());
		model.addAttribute("statuses", RoadmapPages.SETTABLE);
		model.addAttribute("hasMilestones", false);
		model.addAttribute("action", "/agreements/" + id + "/roadmap/milestones/" + milestone.getId() + "/status");
		return "agreements/roadmap-status";
	}
}
