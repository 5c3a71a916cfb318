package vn.tre.legal.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
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
import vn.tre.legal.DeadlineRule;
import vn.tre.legal.DeadlineRuleManagement;
import vn.tre.legal.DeadlineUnit;
import vn.tre.legal.InvalidInput;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;

/** The deadline rules with their legal bases; administrators change length, unit, basis and activity. */
@Controller
@RequestMapping("/calendar/rules")
class DeadlineRuleController {

	private final DeadlineRuleManagement rules;

	private final LegalBases legalBases;

	private final AccessPolicy access;

	DeadlineRuleController(DeadlineRuleManagement rules, LegalBases legalBases, AccessPolicy access) {
		this.rules = rules;
		this.legalBases = legalBases;
		this.access = access;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "calendar";
	}

	@GetMapping
	String list(Actor actor, Model model) {
		List<DeadlineRule> all = rules.all();
		model.addAttribute("rules", all);
		model.addAttribute("bases", legalBases.findAll(all.stream()
			.map(DeadlineRule::getLegalBasisId)
			.filter(Objects::nonNull)
			.distinct()
			.toList()));
		model.addAttribute("canAdminister", access.administers(actor));
		return "calendar/rules";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		access.checkAdministers(actor);
		DeadlineRule rule = rules.get(id);
		model.addAttribute("deadlineRuleForm", DeadlineRuleForm.from(rule));
		return form(model, rule);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, Actor actor, @Valid DeadlineRuleForm deadlineRuleForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		DeadlineRule rule = rules.get(id);
		if (!errors.hasErrors()) {
			try {
				rules.change(actor, id, deadlineRuleForm.getVersion(), deadlineRuleForm.toChange());
				redirect.addFlashAttribute("flashSuccess", "form.saved");
				return "redirect:/calendar/rules";
			}
			catch (InvalidInput refused) {
				FormErrors.add(errors, refused);
			}
			catch (ObjectOptimisticLockingFailureException stale) {
				FormErrors.stale(errors);
			}
		}
		return form(model, rule);
	}

	private String form(Model model, DeadlineRule rule) {
		model.addAttribute("rule", rule);
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("basisChoices", legalBases.choices());
		return "calendar/rule-form";
	}
}
