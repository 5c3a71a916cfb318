package vn.tre.delegation.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.DelegationRule;
import vn.tre.delegation.RuleKind;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/** The rules of a province on outgoing delegations, each with its legal basis; its leaders keep them. */
@Controller
class DelegationRuleController {

	private final DelegationManagement delegations;

	private final OrgUnitManagement units;

	private final LegalBases legalBases;

	DelegationRuleController(DelegationManagement delegations, OrgUnitManagement units, LegalBases legalBases) {
		this.delegations = delegations;
		this.units = units;
		this.legalBases = legalBases;
	}

	@GetMapping("/delegations/rules")
	String rules(Actor actor, @RequestParam(required = false) @Nullable Long unitId, Locale locale, Model model) {
		long unit = unitId == null ? actor.unitId() : unitId;
		var orgUnit = units.get(actor, unit);
		Map<RuleKind, DelegationRule> byKind = new HashMap<>();
		delegations.rulesFor(unit).forEach(rule -> byKind.put(rule.getKind(), rule));
		model.addAttribute("unit", orgUnit);
		model.addAttribute("kinds", Arrays.asList(RuleKind.values()));
		model.addAttribute("rules", byKind);
		var choices = legalBases.choices();
		Map<Long, String> basisNumbers = new HashMap<>();
		choices.forEach(basis -> basisNumbers.put(basis.getId(), basis.getNumber()));
		model.addAttribute("legalBases", choices);
		model.addAttribute("basisNumbers", basisNumbers);
		model.addAttribute("canEdit", delegations.canSetRules(actor, unit));
		model.addAttribute("activeNav", "delegations");
		return "delegations/rules";
	}

	@PostMapping("/delegations/rules")
	String save(Actor actor, @RequestParam long unitId, @RequestParam RuleKind kind,
			@RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable Long legalBasisId,
			@RequestParam(required = false) @Nullable String note, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		if (limit != null && (limit < 1 || limit > 1000)) {
			redirect.addFlashAttribute("flashError", "delegation.rules.limitRange");
		}
		else if (needsLimit(kind) && limit == null && active) {
			redirect.addFlashAttribute("flashError", "delegation.rules.limitRequired");
		}
		else {
			delegations.setRule(actor, unitId, kind, limit, legalBasisId, note, active);
			redirect.addFlashAttribute("flashSuccess", "form.saved");
		}
		return "redirect:/delegations/rules?unitId=" + unitId;
	}

	static boolean needsLimit(RuleKind kind) {
		return List.of(RuleKind.MAX_TRIPS_PER_LEADER_PER_YEAR, RuleKind.MAX_MEMBERS, RuleKind.MAX_DAYS, RuleKind.MAX_COUNTRIES)
			.contains(kind);
	}
}
