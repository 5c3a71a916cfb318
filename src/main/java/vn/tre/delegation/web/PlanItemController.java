package vn.tre.delegation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import vn.tre.delegation.DelegationPlan;
import vn.tre.delegation.DelegationPlans;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.InvalidPlanInput;
import vn.tre.delegation.PlanItem;
import vn.tre.delegation.PlanItemDraft;
import vn.tre.delegation.PlanTransitionRefused;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;

/** The officers' forms to add, change and remove the planned delegations of the revision being drafted. */
@Controller
@RequestMapping("/delegation-plans/{planId}/items")
class PlanItemController {

	private final DelegationPlans plans;

	private final OrgUnitManagement units;

	private final DelegationViews views;

	PlanItemController(DelegationPlans plans, OrgUnitManagement units, DelegationViews views) {
		this.plans = plans;
		this.units = units;
		this.views = views;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "delegation-plans";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long planId, @RequestParam(required = false) @Nullable Direction direction, Actor actor,
			Model model, Locale locale) {
		DelegationPlan plan = editablePlan(actor, planId);
		model.addAttribute("planItemForm", PlanItemForm.blank(direction, plan.getVersion()));
		return form(model, plan, null, locale);
	}

	@PostMapping
	String create(@PathVariable long planId, Actor actor, @ModelAttribute PlanItemForm planItemForm, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		DelegationPlan plan = editablePlan(actor, planId);
		PlanItemDraft draft = planItemForm.toDraft(errors);
		if (draft != null && save(errors, () -> plans.addItem(actor, planId, planItemForm.getVersion(), draft))) {
			redirect.addFlashAttribute("flashSuccess", "plan.flash.itemAdded");
			return "redirect:/delegation-plans/" + planId + "#items-" + draft.direction().name().toLowerCase(Locale.ROOT);
		}
		return form(model, plan, null, locale);
	}

	@GetMapping("/{ref}/edit")
	String editForm(@PathVariable long planId, @PathVariable UUID ref, Actor actor, Model model, Locale locale) {
		DelegationPlan plan = editablePlan(actor, planId);
		PlanItem item = plan.current().item(ref).orElseThrow(() -> new NotFound("plan item"));
		model.addAttribute("planItemForm", PlanItemForm.from(item, plan.getVersion(), locale));
		return form(model, plan, ref, locale);
	}

	@PostMapping("/{ref}")
	String update(@PathVariable long planId, @PathVariable UUID ref, Actor actor, @ModelAttribute PlanItemForm planItemForm,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		DelegationPlan plan = editablePlan(actor, planId);
		plan.current().item(ref).orElseThrow(() -> new NotFound("plan item"));
		PlanItemDraft draft = planItemForm.toDraft(errors);
		if (draft != null && save(errors, () -> plans.updateItem(actor, planId, planItemForm.getVersion(), ref, draft))) {
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return "redirect:/delegation-plans/" + planId + "#items-" + draft.direction().name().toLowerCase(Locale.ROOT);
		}
		return form(model, plan, ref, locale);
	}

	@PostMapping("/{ref}/delete")
	String delete(@PathVariable long planId, @PathVariable UUID ref, @RequestParam long version, Actor actor,
			RedirectAttributes redirect) {
		try {
			plans.removeItem(actor, planId, version, ref);
			redirect.addFlashAttribute("flashSuccess", "plan.flash.itemRemoved");
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", "form.staleVersion");
		}
		catch (PlanTransitionRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/delegation-plans/" + planId;
	}

	/** Saves, or puts what was refused on the form; true when saved. */
	private static boolean save(BindingResult errors, Runnable saving) {
		try {
			saving.run();
			return true;
		}
		catch (InvalidPlanInput refused) {
			refused.errors().forEach((field, key) -> errors.rejectValue(
					field.equals("quarter") || field.equals("month") ? "period" : field, key));
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			errors.reject("form.staleVersion");
		}
		catch (PlanTransitionRefused refused) {
			errors.reject(refused.messageKey());
		}
		return false;
	}

	/** The plan, if the actor may change it now: 404 or 403 otherwise, and 403 once its revision is submitted. */
	private DelegationPlan editablePlan(Actor actor, long planId) {
		DelegationPlan plan = plans.get(actor, planId);
		if (!plans.canEdit(actor, plan.getUnitId()) || !plan.current().getStatus().editable()) {
			throw new Forbidden("delegation plan");
		}
		return plan;
	}

	private String form(Model model, DelegationPlan plan, @Nullable UUID ref, Locale locale) {
		model.addAttribute("plan", plan);
		model.addAttribute("itemRef", ref);
		model.addAttribute("unitName", units.nameOf(plan.getUnitId(), locale));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("headLevels", HeadLevel.values());
		model.addAttribute("fundingSources", FundingSource.values());
		PlanItemForm typed = (PlanItemForm) model.getAttribute("planItemForm");
		model.addAttribute("partnerNames", views.partnerNames(typed == null ? List.of() : typed.chosenPartners(), locale));
		return "delegation-plans/item-form";
	}
}
