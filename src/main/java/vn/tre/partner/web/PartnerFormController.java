package vn.tre.partner.web;

import jakarta.validation.Valid;
import java.util.List;
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
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.DuplicatePartners;
import vn.tre.partner.InvalidPartner;
import vn.tre.partner.LocalityLevel;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerKind;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;

/**
 * Entering and changing a partner. A new partner whose name an existing partner of the same country already
 * has is not created: the form shows the existing ones, and the user may still insist with a reason.
 */
@Controller
class PartnerFormController {

	private final PartnerDirectory partners;

	private final CountryCatalogue countries;

	PartnerFormController(PartnerDirectory partners, CountryCatalogue countries) {
		this.partners = partners;
		this.countries = countries;
	}

	@GetMapping("/partners/new")
	String create(Actor actor, @RequestParam(required = false) @Nullable Long parentId, Model model, Locale locale) {
		checkCreate(actor);
		var form = new PartnerForm();
		if (parentId != null) {
			Partner parent = partners.get(actor, parentId);
			form.setParentId(parentId);
			form.setParentName(parent.name(locale));
			form.setCountryCode(parent.getCountryCode() == null ? "" : parent.getCountryCode());
			form.setKind(PartnerKind.FOREIGN_LOCALITY);
		}
		return show(form, null, List.of(), model, locale);
	}

	@PostMapping("/partners")
	String save(Actor actor, @Valid @ModelAttribute("form") PartnerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		checkCreate(actor);
		if (form.isInsist() && form.getDuplicateReason().isBlank()) {
			errors.rejectValue("duplicateReason", "partner.form.duplicateReason.required");
		}
		if (errors.hasErrors()) {
			return show(form, null, List.of(), model, locale);
		}
		try {
			Partner partner = partners.create(actor, form.draft(), form.isInsist() ? form.getDuplicateReason() : null);
			redirect.addFlashAttribute("flashSuccess", "partner.created");
			return "redirect:/partners/" + partner.getId();
		}
		catch (DuplicatePartners e) {
			return show(form, null, e.matches(), model, locale);
		}
		catch (InvalidPartner e) {
			errors.rejectValue(e.field(), e.messageKey());
			return show(form, null, List.of(), model, locale);
		}
	}

	@GetMapping("/partners/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model, Locale locale) {
		Partner partner = editable(actor, id);
		String parentName = partner.getParentId() == null ? ""
				: partners.find(partner.getParentId()).map(parent -> parent.name(locale)).orElse("");
		return show(PartnerForm.from(partner, parentName), id, List.of(), model, locale);
	}

	@PostMapping("/partners/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") PartnerForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		editable(actor, id);
		if (errors.hasErrors()) {
			return show(form, id, List.of(), model, locale);
		}
		try {
			partners.update(actor, id, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return "redirect:/partners/" + id;
		}
		catch (ObjectOptimisticLockingFailureException e) {
			model.addAttribute("flashError", "form.staleVersion");
			return show(form, id, List.of(), model, locale);
		}
		catch (InvalidPartner e) {
			errors.rejectValue(e.field(), e.messageKey());
			return show(form, id, List.of(), model, locale);
		}
	}

	private Partner editable(Actor actor, long id) {
		Partner partner = partners.get(actor, id);
		if (!partners.canEdit(actor, partner)) {
			throw new Forbidden("partner");
		}
		return partner;
	}

	private void checkCreate(Actor actor) {
		if (!partners.canCreate(actor)) {
			throw new Forbidden("partner");
		}
	}

	private String show(PartnerForm form, @Nullable Long id, List<Partner> duplicates, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("partnerId", id);
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("levels", LocalityLevel.values());
		model.addAttribute("countries", countries.all(locale));
		model.addAttribute("countryNames", countries.byCode());
		model.addAttribute("activeNav", "partners");
		return "partners/form";
	}
}
