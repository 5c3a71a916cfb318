package vn.tre.agreement.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementRefused;
import vn.tre.agreement.CooperationField;
import vn.tre.shared.Actor;

/** Officers record an agreement and change what it says until it ends. */
@Controller
class AgreementFormController {

	/** The languages the texts of an agreement are commonly written in (ISO 639-1). */
	static final List<String> LANGUAGES = List.of("vi", "en", "fr", "zh", "ja", "ko", "lo", "km", "th", "ru", "de",
			"es", "it", "pt", "id", "ms", "my", "mn", "ar", "hi");

	private static final Set<String> FORM_FIELDS = Set.of("titleVi", "titleForeign", "kind", "reference", "summary",
			"signatoryName", "signatoryPosition", "fields", "languages", "delegationId", "eventName", "relationId",
			"inheritedFromUnitId");

	private final AgreementManagement agreements;

	private final AgreementViews views;

	private final AgreementLinks links;

	AgreementFormController(AgreementManagement agreements, AgreementViews views, AgreementLinks links) {
		this.agreements = agreements;
		this.views = views;
		this.links = links;
	}

	@GetMapping("/agreements/new")
	String create(Actor actor, Locale locale, Model model) {
		agreements.checkEdit(actor, actor.unitId());
		return show(actor, new AgreementForm(), null, locale, model);
	}

	@PostMapping("/agreements")
	String save(Actor actor, @Valid @ModelAttribute("form") AgreementForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		agreements.checkEdit(actor, actor.unitId());
		check(actor, actor.unitId(), form, errors);
		if (!errors.hasErrors()) {
			try {
				Agreement agreement = agreements.create(actor, actor.unitId(), form.details());
				redirect.addFlashAttribute("flashSuccess", "form.created");
				return "redirect:/agreements/" + agreement.getId();
			}
			catch (AgreementRefused e) {
				reject(errors, e);
			}
		}
		return show(actor, form, null, locale, model);
	}

	@GetMapping("/agreements/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Locale locale, Model model) {
		Agreement agreement = agreements.get(actor, id);
		agreements.checkEdit(actor, agreement.getUnitId());
		return show(actor, AgreementForm.from(agreement), agreement, locale, model);
	}

	@PostMapping("/agreements/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		Agreement agreement = agreements.get(actor, id);
		agreements.checkEdit(actor, agreement.getUnitId());
		check(actor, agreement.getUnitId(), form, errors);
		if (!errors.hasErrors()) {
			try {
				agreements.update(actor, id, form.getVersion(), form.details());
				redirect.addFlashAttribute("flashSuccess", "form.saved");
				return "redirect:/agreements/" + id;
			}
			catch (ObjectOptimisticLockingFailureException e) {
				errors.reject("form.staleVersion");
			}
			catch (AgreementRefused e) {
				reject(errors, e);
			}
		}
		return show(actor, form, agreement, locale, model);
	}

	/** The checks that involve several fields or other modules' records; the domain checks the rest. */
	private void check(Actor actor, long unitId, AgreementForm form, BindingResult errors) {
		List<Long> chosen = new ArrayList<>();
		for (int i = 0; i < AgreementForm.PARTY_ROWS; i++) {
			Long partner = form.party(i);
			if (partner != null && chosen.contains(partner)) {
				errors.rejectValue("party" + i, "agreement.error.partyTwice");
			}
			else if (partner != null && views.partnerNames(List.of(partner), Locale.ROOT).isEmpty()) {
				errors.rejectValue("party" + i, "agreement.error.unknownPartner");
			}
			if (partner != null) {
				chosen.add(partner);
			}
		}
		if (chosen.isEmpty()) {
			errors.rejectValue("party0", "agreement.error.noParty");
		}
		if (!AgreementFormController.LANGUAGES.containsAll(form.getLanguages())) {
			errors.rejectValue("languages", "agreement.web.form.language.unknown");
		}
		if (form.getDelegationId() != null && links.delegation(actor, form.getDelegationId()).isEmpty()) {
			errors.rejectValue("delegationId", "agreement.web.form.delegation.unknown");
		}
		if (form.getRelationId() != null && !links.isRelationOf(actor, unitId, form.getRelationId())) {
			errors.rejectValue("relationId", "agreement.web.form.relation.unknown");
		}
		if (form.getInheritedFromUnitId() != null && !links.isPredecessor(unitId, form.getInheritedFromUnitId())) {
			errors.rejectValue("inheritedFromUnitId", "agreement.web.form.inheritedFrom.unknown");
		}
	}

	private static void reject(BindingResult errors, AgreementRefused refusal) {
		String field = refusal.field();
		if ("parties".equals(field)) {
			errors.rejectValue("party0", refusal.messageKey());
		}
		else if (field != null && FORM_FIELDS.contains(field)) {
			errors.rejectValue(field, refusal.messageKey());
		}
		else {
			errors.reject(refusal.messageKey());
		}
	}

	private String show(Actor actor, AgreementForm form, @Nullable Agreement agreement, Locale locale, Model model) {
		long unitId = agreement == null ? actor.unitId() : agreement.getUnitId();
		model.addAttribute("form", form.withAllRows());
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("fields", CooperationField.values());
		model.addAttribute("languages", LANGUAGES);
		List<Long> chosen = new ArrayList<>();
		for (int i = 0; i < AgreementForm.PARTY_ROWS; i++) {
			if (form.party(i) != null) {
				chosen.add(form.party(i));
			}
		}
		model.addAttribute("partnerNames", views.partnerNames(chosen, locale));
		model.addAttribute("partiesFixed", agreement != null && agreement.getStatus().signed());
		model.addAttribute("delegationChoices", links.delegationChoices(actor, unitId, form.getDelegationId()));
		model.addAttribute("relationChoices", links.relationChoices(actor, unitId, locale));
		model.addAttribute("predecessors", links.predecessors(unitId, locale));
		model.addAttribute("unitName", links.unitName(unitId, locale));
		model.addAttribute("activeNav", "agreements");
		return "agreements/form";
	}
}
