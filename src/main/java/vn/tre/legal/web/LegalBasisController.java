package vn.tre.legal.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import vn.tre.legal.CalendarManagement;
import vn.tre.legal.DeadlineRuleManagement;
import vn.tre.legal.InvalidInput;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.LegalBasisKind;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;

/** The legal library: list, detail, and the administrators' create and edit forms. */
@Controller
@RequestMapping("/legal-bases")
class LegalBasisController {

	private static final int PAGE_SIZE = 20;

	private final LegalBases legalBases;

	private final DeadlineRuleManagement rules;

	private final CalendarManagement calendar;

	private final AccessPolicy access;

	LegalBasisController(LegalBases legalBases, DeadlineRuleManagement rules, CalendarManagement calendar,
			AccessPolicy access) {
		this.legalBases = legalBases;
		this.rules = rules;
		this.calendar = calendar;
		this.access = access;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "legal-bases";
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LegalBasisKind kind,
			@RequestParam(required = false) @Nullable Boolean inForce,
			@RequestParam(defaultValue = LegalBasisQuery.DEFAULT_SORT) String sort,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Actor actor, Model model) {
		var query = new LegalBasisQuery(q, kind, inForce, sort);
		Page<LegalBasis> results = legalBases.search(query.filter(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, query.toSort()));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("statuses", legalBases.statusesOf(results.getContent()));
		model.addAttribute("kinds", LegalBasisKind.values());
		model.addAttribute("canAdminister", access.administers(actor));
		return htmx.isHtmxRequest() ? "legal-bases/list :: results" : "legal-bases/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Actor actor, Model model) {
		LegalBasis basis = legalBases.get(id);
		List<LegalBasis> successors = legalBases.successors(id);
		model.addAttribute("basis", basis);
		model.addAttribute("status", legalBases.statusOf(basis));
		model.addAttribute("successors", successors);
		model.addAttribute("successorStatuses", legalBases.statusesOf(successors));
		model.addAttribute("predecessors", legalBases.predecessors(id));
		model.addAttribute("rules", rules.citing(id));
		model.addAttribute("days", calendar.daysCiting(id));
		model.addAttribute("canAdminister", access.administers(actor));
		return "legal-bases/detail";
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
		if (errors.hasErrors()) {
			return form(model, null);
		}
		try {
			LegalBasis created = legalBases.create(actor, legalBasisForm.toDraft());
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
		if (errors.hasErrors()) {
			return form(model, basis);
		}
		try {
			legalBases.update(actor, id, legalBasisForm.getVersion(), legalBasisForm.toDraft());
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

	private String form(Model model, @Nullable LegalBasis basis) {
		Long id = basis == null ? null : basis.getId();
		model.addAttribute("basisId", id);
		model.addAttribute("basis", basis);
		model.addAttribute("kinds", LegalBasisKind.values());
		model.addAttribute("successorChoices", legalBases.choices().stream()
			.filter(choice -> !choice.getId().equals(id))
			.toList());
		model.addAttribute("issuers", Arrays.asList("Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ",
				"Thủ tướng Chính phủ", "Bộ Ngoại giao", "Bộ Nội vụ", "Văn phòng Chính phủ", "Ủy ban nhân dân tỉnh"));
		return "legal-bases/form";
	}
}
