package vn.tre.legal.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.legal.InvalidInput;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.LegalBasisAdministration;
import vn.tre.legal.LegalBasisKind;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;

/** The administrators' forms to add a legal basis and to change one. */
@Controller
@RequestMapping("/legal-bases")
class LegalBasisFormController {

	/** Bodies that issue most instruments, offered as the issuer is typed. */
	private static final List<String> ISSUERS = List.of("Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ",
			"Thủ tướng Chính phủ", "Bộ Ngoại giao", "Bộ Nội vụ", "Văn phòng Chính phủ", "Ủy ban nhân dân tỉnh");

	private final LegalBases legalBases;

	private final LegalBasisAdministration administration;

	private final AccessPolicy access;

	LegalBasisFormController(LegalBases legalBases, LegalBasisAdministration administration, AccessPolicy access) {
		this.legalBases = legalBases;
		this.administration = administration;
		this.access = access;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "legal-bases";
	}

	@GetMapping("/new")
	String newForm(Actor actor, Model model) {
		access.checkAdministers(actor);
		model.addAttribute("legalBasisForm", new LegalBasisForm());
		return form(model, null);
	}

	@PostMapping
	String create(Actor actor, @Valid LegalBasisForm legalBasisForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.checkAdministers(actor);
		check(legalBasisForm, null, errors);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		try {
			LegalBasis created = administration.create(actor, legalBasisForm.toDraft());
			redirect.addFlashAttribute("flashSuccess", "form.created");
			return "redirect:/legal-bases/" + created.getId();
		}
		catch (InvalidInput refused) {
			FormErrors.add(errors, refused);
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		access.checkAdministers(actor);
		LegalBasis basis = legalBases.get(id);
		model.addAttribute("legalBasisForm", LegalBasisForm.from(basis));
		return form(model, basis);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, Actor actor, @Valid LegalBasisForm legalBasisForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		LegalBasis basis = legalBases.get(id);
		check(legalBasisForm, id, errors);
		if (errors.hasErrors()) {
			return form(model, basis);
		}
		try {
			administration.update(actor, id, legalBasisForm.getVersion(), legalBasisForm.toDraft());
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return "redirect:/legal-bases/" + id;
		}
		catch (InvalidInput refused) {
			FormErrors.add(errors, refused);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			FormErrors.stale(errors);
		}
		return form(model, basis);
	}

	/** What can be told before saving, shown together with the other errors of the form. */
	private void check(LegalBasisForm form, @Nullable Long id, BindingResult errors) {
		form.checkDates(errors);
		if (form.getNumber() != null && !form.getNumber().isBlank() && !errors.hasFieldErrors("number")) {
			legalBases.findByNumber(form.getNumber()).filter(other -> !other.getId().equals(id))
				.ifPresent(other -> errors.rejectValue("number", "legal.error.numberTaken"));
		}
	}

	private String form(Model model, @Nullable LegalBasis basis) {
		Long id = basis == null ? null : basis.getId();
		model.addAttribute("basisId", id);
		model.addAttribute("basis", basis);
		model.addAttribute("kinds", LegalBasisKind.values());
		model.addAttribute("successorChoices", legalBases.choices().stream()
			.filter(choice -> !choice.getId().equals(id))
			.toList());
		model.addAttribute("issuers", ISSUERS);
		return "legal-bases/form";
	}
}
