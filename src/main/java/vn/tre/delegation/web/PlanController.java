package vn.tre.delegation.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import vn.tre.delegation.PlanRevision;
import vn.tre.delegation.PlanStatus;
import vn.tre.delegation.PlanTransitionRefused;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** A plan's page (any of its revisions), its Excel export, and the workflow buttons on it. */
@Controller
@RequestMapping("/delegation-plans/{id}")
class PlanController {

	private final DelegationPlans plans;

	private final OrgUnitManagement units;

	private final PlanExport export;

	PlanController(DelegationPlans plans, OrgUnitManagement units, PlanExport export) {
		this.plans = plans;
		this.units = units;
		this.export = export;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "delegation-plans";
	}

	@GetMapping
	String detail(@PathVariable long id, @RequestParam(required = false) @Nullable Integer revision, Actor actor,
			Model model, Locale locale) {
		DelegationPlan plan = plans.get(actor, id);
		PlanRevision shown = shown(plan, revision);
		boolean current = shown.getNumber() == plan.getCurrentRevision();
		boolean edits = plans.canEdit(actor, plan.getUnitId());
		model.addAttribute("plan", plan);
		model.addAttribute("revision", shown);
		model.addAttribute("current", current);
		model.addAttribute("unitName", units.nameOf(plan.getUnitId(), locale));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("editable", current && edits && shown.getStatus().editable());
		model.addAttribute("canSubmit", current && edits && shown.getStatus().editable() && !shown.getItems().isEmpty());
		model.addAttribute("canDecide", current && shown.getStatus() == PlanStatus.SUBMITTED
				&& plans.canApprove(actor, plan.getUnitId()));
		model.addAttribute("canAmend", current && edits && shown.getStatus() == PlanStatus.APPROVED);
		model.addAttribute("transitions", plan.getTransitions().reversed());
		return "delegation-plans/detail";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) @Nullable Integer revision,
			Actor actor, Locale locale) {
		DelegationPlan plan = plans.get(actor, id);
		PlanRevision shown = shown(plan, revision);
		return ExcelExport.response("delegation-plan-" + plan.getYear() + "-" + plan.getUnitId() + "-r" + shown.getNumber()
				+ ".xlsx", export.write(plan, shown, locale));
	}

	@PostMapping("/submit")
	String submit(@PathVariable long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return step(id, redirect, "plan.flash.submitted", () -> plans.submit(actor, id, version));
	}

	@PostMapping("/approve")
	String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) @Nullable String comment,
			Actor actor, RedirectAttributes redirect) {
		return step(id, redirect, "plan.flash.approved", () -> plans.approve(actor, id, version, comment));
	}

	@PostMapping("/return")
	String returnForChanges(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String comment, Actor actor, RedirectAttributes redirect) {
		return step(id, redirect, "plan.flash.returned", () -> plans.returnForChanges(actor, id, version, comment));
	}

	@PostMapping("/amend")
	String amend(@PathVariable long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return step(id, redirect, "plan.flash.amendmentStarted", () -> plans.amend(actor, id, version));
	}

	/** Takes a workflow step and shows the plan's current revision, with what happened or why it could not. */
	private String step(long id, RedirectAttributes redirect, String done, Step step) {
		try {
			DelegationPlan plan = step.take();
			redirect.addFlashAttribute("flashSuccess", done);
			return "redirect:/delegation-plans/" + id + "?revision=" + plan.getCurrentRevision();
		}
		catch (PlanTransitionRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", "form.staleVersion");
		}
		return "redirect:/delegation-plans/" + id;
	}

	/** The revision asked for, or else the one in force, or else the current one. */
	private static PlanRevision shown(DelegationPlan plan, @Nullable Integer number) {
		if (number != null) {
			return plan.revision(number).orElseThrow(() -> new NotFound("plan revision"));
		}
		return plan.inForce().orElseGet(plan::current);
	}

	/** A workflow step of the façade. */
	@FunctionalInterface
	private interface Step {
		DelegationPlan take();
	}
}
