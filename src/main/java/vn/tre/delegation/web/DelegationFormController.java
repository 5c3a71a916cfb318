package vn.tre.delegation.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.IllegalTransition;
import vn.tre.shared.Actor;

/** Officers record a delegation and change it while it is a draft, returned or postponed. */
@Controller
class DelegationFormController {

	private final DelegationManagement delegations;

	private final DelegationViews views;

	private final DelegationFormCheck check;

	private final CountryNames countries;

	DelegationFormController(DelegationManagement delegations, DelegationViews views, DelegationFormCheck check,
			CountryNames countries) {
		this.delegations = delegations;
		this.views = views;
		this.check = check;
		this.countries = countries;
	}

	@GetMapping("/delegations/new")
	String create(Actor actor, @RequestParam(required = false) @Nullable Direction direction, Locale locale, Model model) {
		delegations.checkEdit(actor, actor.unitId());
		var form = new DelegationForm();
		if (direction != null) {
			form.setDirection(direction);
		}
		return show(actor, form, null, locale, model, null);
	}

	@PostMapping(path = "/delegations", params = "refresh")
	String refreshNew(Actor actor, @ModelAttribute("form") DelegationForm form, BindingResult errors, Locale locale,
			Model model) {
		delegations.checkEdit(actor, actor.unitId());
		return show(actor, form, null, locale, model, null);
	}

	@PostMapping(path = "/delegations/{id}", params = "refresh")
	String refresh(Actor actor, @PathVariable long id, @ModelAttribute("form") DelegationForm form, BindingResult errors,
			Locale locale, Model model) {
		Delegation delegation = delegations.get(actor, id);
		delegations.checkEdit(actor, delegation.getUnitId());
		return show(actor, form, delegation, locale, model, null);
	}

	@PostMapping("/delegations")
	String save(Actor actor, @Valid @ModelAttribute("form") DelegationForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		delegations.checkEdit(actor, actor.unitId());
		check.validate(form, errors);
		if (errors.hasErrors()) {
			return show(actor, form, null, locale, model, null);
		}
		Delegation delegation = delegations.create(actor, actor.unitId(), form.details());
		redirect.addFlashAttribute("flashSuccess", "form.created");
		return "redirect:/delegations/" + delegation.getId();
	}

	@GetMapping("/delegations/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Locale locale, Model model) {
		Delegation delegation = delegations.get(actor, id);
		delegations.checkEdit(actor, delegation.getUnitId());
		return show(actor, DelegationForm.from(delegation), delegation, locale, model, null);
	}

	@PostMapping("/delegations/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") DelegationForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		Delegation delegation = delegations.get(actor, id);
		delegations.checkEdit(actor, delegation.getUnitId());
		check.validate(form, errors);
		if (errors.hasErrors()) {
			return show(actor, form, delegation, locale, model, null);
		}
		try {
			delegations.update(actor, id, form.getVersion(), form.details());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return show(actor, form, delegation, locale, model, "form.staleVersion");
		}
		catch (IllegalTransition e) {
			return show(actor, form, delegation, locale, model, "delegation.notEditable");
		}
		redirect.addFlashAttribute("flashSuccess", "form.saved");
		return "redirect:/delegations/" + id;
	}

	private String show(Actor actor, DelegationForm form, @Nullable Delegation delegation, Locale locale, Model model,
			@Nullable String problem) {
		model.addAttribute("form", form.withSpareRows());
		model.addAttribute("delegation", delegation);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("headLevels", HeadLevel.values());
		model.addAttribute("fundingSources", FundingSource.values());
		model.addAttribute("countryOptions", countries.options(locale));
		var chosen = new java.util.ArrayList<Long>();
		if (form.getPartnerA() != null) {
			chosen.add(form.getPartnerA());
		}
		if (form.getPartnerB() != null) {
			chosen.add(form.getPartnerB());
		}
		model.addAttribute("partnerNames", views.partnerNames(chosen, locale));
		model.addAttribute("planItems", check.planItems(delegation == null ? actor.unitId() : delegation.getUnitId(), form));
		model.addAttribute("flashError", problem);
		model.addAttribute("activeNav", "delegations");
		long unitId = delegation == null ? actor.unitId() : delegation.getUnitId();
		if (check.complete(form)) {
			views.warnings(unitId, form.details(), delegation == null ? null : delegation.getId(), locale, model);
		}
		return "delegations/form";
	}
}
