package vn.tre.agreement.web;

import java.util.List;
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
import vn.tre.agreement.MilestoneStatus;
import vn.tre.agreement.RoadmapActivity;
import vn.tre.shared.Actor;

/** The forms that add, change, remove an activity of a roadmap and record its own status. */
@Controller
@RequestMapping("/agreements/{id}/roadmap/activities")
class RoadmapActivityController {

	private final AgreementRoadmaps roadmaps;

	RoadmapActivityController(AgreementRoadmaps roadmaps) {
		this.roadmaps = roadmaps;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "agreements";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, Actor actor, Model model) {
		Agreement agreement = editable(actor, id);
		model.addAttribute("roadmapItemForm", RoadmapItemForm.blank(agreement.getUnitId(), null));
		return form(model, actor, agreement, null);
	}

	@PostMapping
	String create(@PathVariable long id, Actor actor, @ModelAttribute RoadmapItemForm roadmapItemForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agreement agreement = editable(actor, id);
		roadmapItemForm.check(errors, false);
		if (RoadmapSaving.save(errors, () -> roadmaps.addActivity(actor, id, roadmapItemForm.item()))) {
			redirect.addFlashAttribute("flashSuccess", "roadmap.flash.activityAdded");
			return RoadmapPages.back(id);
		}
		return form(model, actor, agreement, null);
	}

	@GetMapping("/{activityId}/edit")
	String editForm(@PathVariable long id, @PathVariable long activityId, Actor actor, Model model) {
		Agreement agreement = editable(actor, id);
		model.addAttribute("roadmapItemForm", RoadmapItemForm.of(roadmaps.activity(actor, id, activityId)));
		return form(model, actor, agreement, activityId);
	}

	@PostMapping("/{activityId}")
	String update(@PathVariable long id, @PathVariable long activityId, Actor actor,
			@ModelAttribute RoadmapItemForm roadmapItemForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		Agreement agreement = editable(actor, id);
		roadmaps.activity(actor, id, activityId);
		roadmapItemForm.check(errors, false);
		if (RoadmapSaving.save(errors, () -> roadmaps.changeActivity(actor, id, activityId, roadmapItemForm.getVersion(),
				roadmapItemForm.item()))) {
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return RoadmapPages.back(id);
		}
		return form(model, actor, agreement, activityId);
	}

	@PostMapping("/{activityId}/delete")
	String delete(@PathVariable long id, @PathVariable long activityId, @RequestParam long version, Actor actor,
			RedirectAttributes redirect) {
		try {
			roadmaps.removeActivity(actor, id, activityId, version);
			redirect.addFlashAttribute("flashSuccess", "roadmap.flash.activityRemoved");
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", "form.staleVersion");
		}
		catch (AgreementRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return RoadmapPages.back(id);
	}

	@GetMapping("/{activityId}/status")
	String statusForm(@PathVariable long id, @PathVariable long activityId, Actor actor, Model model) {
		RoadmapActivity activity = recordable(actor, id, activityId);
		model.addAttribute("roadmapStatusForm", RoadmapStatusForm.of(activity.getStatus(), activity.getVersion(),
				roadmaps.today()));
		return statusPage(model, actor, id, activity);
	}

	@PostMapping("/{activityId}/status")
	String status(@PathVariable long id, @PathVariable long activityId, Actor actor,
			@ModelAttribute RoadmapStatusForm roadmapStatusForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		RoadmapActivity activity = recordable(actor, id, activityId);
		roadmapStatusForm.check(errors, false);
		if (RoadmapSaving.save(errors, () -> roadmaps.setActivityStatus(actor, id, activityId,
				roadmapStatusForm.getVersion(), roadmapStatusForm.update().status(),
				java.util.Objects.requireNonNull(roadmapStatusForm.getOn()), roadmapStatusForm.getNote()))) {
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return RoadmapPages.back(id);
		}
		return statusPage(model, actor, id, activity);
	}

	private Agreement editable(Actor actor, long id) {
		return roadmaps.editable(actor, id);
	}

	private RoadmapActivity recordable(Actor actor, long id, long activityId) {
		roadmaps.checkRecord(actor, id, activityId, null);
		return roadmaps.activity(actor, id, activityId);
	}

	private String form(Model model, Actor actor, Agreement agreement, @Nullable Long activityId) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("kind", "activity");
		model.addAttribute("editing", activityId != null);
		model.addAttribute("titleKey", activityId == null ? "roadmap.activity.createTitle" : "roadmap.activity.editTitle");
		model.addAttribute("parent", null);
		model.addAttribute("ownerUnits", roadmaps.ownerUnits(actor, agreement.getId()));
		model.addAttribute("action", activityId == null ? "/agreements/" + agreement.getId() + "/roadmap/activities"
				: "/agreements/" + agreement.getId() + "/roadmap/activities/" + activityId);
		return "agreements/roadmap-item";
	}

	private String statusPage(Model model, Actor actor, long id, RoadmapActivity activity) {
		boolean hasMilestones = roadmaps.hasMilestones(activity.getId());
		model.addAttribute("agreement", roadmaps.agreement(actor, id));
		model.addAttribute("milestone", false);
		model.addAttribute("subject", activity.getTitle());
		model.addAttribute("statuses", hasMilestones ? List.of(MilestoneStatus.PLANNED, MilestoneStatus.DROPPED)
				: RoadmapPages.SETTABLE);
		model.addAttribute("hasMilestones", hasMilestones);
		model.addAttribute("action", "/agreements/" + id + "/roadmap/activities/" + activity.getId() + "/status");
		return "agreements/roadmap-status";
	}
}
