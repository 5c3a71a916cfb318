package vn.tre.delegation.web;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.IllegalTransition;
import vn.tre.shared.Actor;

/** The post-trip report: what came out of the trip and what must follow. */
@Controller
class ReportController {

	private final DelegationManagement delegations;

	ReportController(DelegationManagement delegations) {
		this.delegations = delegations;
	}

	@GetMapping("/delegations/{id}/report")
	String form(Actor actor, @PathVariable long id, Model model) {
		Delegation delegation = delegations.get(actor, id);
		delegations.checkEdit(actor, delegation.getUnitId());
		var form = new ReportForm();
		form.setVersion(delegation.getVersion());
		return show(delegation, form, model, null);
	}

	@PostMapping("/delegations/{id}/report")
	String file(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Delegation delegation = delegations.get(actor, id);
		delegations.checkEdit(actor, delegation.getUnitId());
		if (form.empty()) {
			errors.reject("delegation.report.empty");
		}
		List<ReportForm.ActionRow> rows = form.getFollowUps();
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			if (!row.blank() && row.getAction().isBlank()) {
				errors.rejectValue("followUps[" + i + "].action", "delegation.report.actionRequired");
			}
			if (!row.blank() && row.getOwner().isBlank()) {
				errors.rejectValue("followUps[" + i + "].owner", "delegation.report.ownerRequired");
			}
		}
		if (errors.hasErrors()) {
			return show(delegation, form, model, null);
		}
		try {
			delegations.fileReport(actor, id, form.getVersion(), form.report());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return show(delegation, form, model, "form.staleVersion");
		}
		catch (IllegalTransition e) {
			return show(delegation, form, model, "delegation.illegalTransition");
		}
		redirect.addFlashAttribute("flashSuccess", "delegation.done.report");
		return "redirect:/delegations/" + id;
	}

	private String show(Delegation delegation, ReportForm form, Model model, @Nullable String problem) {
		model.addAttribute("delegation", delegation);
		model.addAttribute("form", form.withSpareRow());
		model.addAttribute("flashError", problem);
		model.addAttribute("activeNav", "delegations");
		return "delegations/report";
	}
}
