package vn.tre.partner.web;

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
import vn.tre.organisation.AccessPolicy;
import vn.tre.partner.InvalidPartner;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationManagement;
import vn.tre.partner.RelationStatus;
import vn.tre.partner.RelationType;
import vn.tre.partner.PartnerDirectory;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;

/** Setting up and changing a relation between one of the user's units and a partner. */
@Controller
class RelationFormController {

	private final RelationManagement relations;

	private final PartnerDirectory partners;

	private final AccessPolicy access;

	RelationFormController(RelationManagement relations, PartnerDirectory partners, AccessPolicy access) {
		this.relations = relations;
		this.partners = partners;
		this.access = access;
	}

	@GetMapping("/relations/new")
	String create(Actor actor, @RequestParam(required = false) @Nullable Long partnerId, Model model, Locale locale) {
		checkWrites(actor);
		var form = new RelationForm();
		form.setUnitId(actor.unitId());
		if (partnerId != null) {
			form.setPartnerId(partnerId);
			form.setPartnerName(partners.get(actor, partnerId).name(locale));
		}
		return show(actor, form, null, model);
	}

	@PostMapping("/relations")
	String save(Actor actor, @Valid @ModelAttribute("form") RelationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		checkWrites(actor);
		if (form.getUnitId() != null && !access.canEdit(actor, form.getUnitId())) {
			errors.rejectValue("unitId", "relation.form.unit.notYours");
		}
		if (errors.hasErrors()) {
			return show(actor, form, null, model);
		}
		try {
			Relation relation = relations.create(actor, form.getPartnerId(), form.getUnitId(), form.draft());
			redirect.addFlashAttribute("flashSuccess", "relation.created");
			return "redirect:/relations/" + relation.getId();
		}
		catch (InvalidPartner e) {
			errors.rejectValue(e.field(), e.messageKey());
			return show(actor, form, null, model);
		}
	}

	@GetMapping("/relations/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model, Locale locale) {
		Relation relation = editable(actor, id);
		return show(actor, RelationForm.from(relation, partners.get(actor, relation.getPartnerId()).name(locale)), id, model);
	}

	@PostMapping("/relations/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") RelationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Relation relation = editable(actor, id);
		form.setPartnerId(relation.getPartnerId());
		form.setUnitId(relation.getUnitId());
		if (errors.hasErrors()) {
			return show(actor, form, id, model);
		}
		try {
			relations.update(actor, id, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return "redirect:/relations/" + id;
		}
		catch (ObjectOptimisticLockingFailureException e) {
			model.addAttribute("flashError", "form.staleVersion");
			return show(actor, form, id, model);
		}
		catch (InvalidPartner e) {
			errors.rejectValue(e.field(), e.messageKey());
			return show(actor, form, id, model);
		}
	}

	private Relation editable(Actor actor, long id) {
		Relation relation = relations.get(actor, id);
		if (!relations.canEdit(actor, relation.getUnitId())) {
			throw new Forbidden("relation");
		}
		return relation;
	}

	private static void checkWrites(Actor actor) {
		if (!actor.writes()) {
			throw new Forbidden("relation");
		}
	}

	private String show(Actor actor, RelationForm form, @Nullable Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("relationId", id);
		model.addAttribute("units", relations.unitsForNewRelations(actor));
		model.addAttribute("types", RelationType.values());
		model.addAttribute("statuses", RelationStatus.values());
		model.addAttribute("activeNav", "relations");
		return "relations/form";
	}
}
