package vn.tre.organisation.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;

/** Ministry administrators create and change org units: names, code, parent and validity. */
@Controller
class OrgUnitFormController {

	private final OrgUnitManagement units;

	private final AccessPolicy access;

	OrgUnitFormController(OrgUnitManagement units, AccessPolicy access) {
		this.units = units;
		this.access = access;
	}

	@GetMapping("/org-units/new")
	String create(Actor actor, @RequestParam(required = false) @Nullable Long parentId, Model model) {
		access.checkAdministers(actor);
		var form = new OrgUnitForm();
		form.setParentId(parentId);
		if (parentId != null) {
			OrgUnit parent = units.get(actor, parentId);
			form.setType(parent.getType() == OrgUnitType.PROVINCE ? OrgUnitType.COMMUNE : OrgUnitType.MINISTRY_UNIT);
		}
		return show(form, null, model, null);
	}

	@PostMapping("/org-units")
	String save(Actor actor, @Valid @ModelAttribute("form") OrgUnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		access.checkAdministers(actor);
		check(form, errors, null);
		if (errors.hasErrors()) {
			return show(form, null, model, null);
		}
		try {
			OrgUnit unit = units.create(actor, form.draft());
			redirect.addFlashAttribute("flashSuccess", "form.created");
			return "redirect:/org-units/" + unit.getId();
		}
		catch (DataIntegrityViolationException e) {
			errors.rejectValue("code", "orgunit.form.code.taken");
			return show(form, null, model, null);
		}
	}

	@GetMapping("/org-units/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		access.checkAdministers(actor);
		return show(OrgUnitForm.from(units.get(actor, id)), id, model, null);
	}

	@PostMapping("/org-units/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") OrgUnitForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		units.get(actor, id);
		check(form, errors, id);
		if (errors.hasErrors()) {
			return show(form, id, model, null);
		}
		try {
			units.update(actor, id, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return "redirect:/org-units/" + id;
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return show(form, id, model, "form.staleVersion");
		}
		catch (DataIntegrityViolationException e) {
			errors.rejectValue("code", "orgunit.form.code.taken");
			return show(form, id, model, null);
		}
	}

	private void check(OrgUnitForm form, BindingResult errors, @Nullable Long id) {
		if (form.validityReversed()) {
			errors.rejectValue("validTo", "orgunit.form.validTo.beforeFrom");
		}
		if (form.getParentId() != null) {
			if (units.find(form.getParentId()).isEmpty()) {
				errors.rejectValue("parentId", "orgunit.form.parent.unknown");
			}
			else if (id != null && units.subtreeIds(id).contains(form.getParentId())) {
				errors.rejectValue("parentId", "orgunit.form.parent.cycle");
			}
		}
	}

	private String show(OrgUnitForm form, @Nullable Long id, Model model, @Nullable String problem) {
		model.addAttribute("form", form);
		model.addAttribute("unitId", id);
		model.addAttribute("types", OrgUnitType.values());
		model.addAttribute("parents", units.possibleParents(form.getParentId()));
		model.addAttribute("activeNav", "org-units");
		model.addAttribute("flashError", problem);
		return "org-units/form";
	}
}
