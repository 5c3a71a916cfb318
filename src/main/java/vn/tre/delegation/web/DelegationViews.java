package vn.tre.delegation.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.tre.account.AccountManagement;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.DelegationStatus;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;

/** What the delegation pages show besides the delegations: names of units, countries and people, actions, warnings. */
@Component
class DelegationViews {

	private final DelegationManagement delegations;

	private final OrgUnitManagement units;

	private final AccountManagement accounts;

	private final CountryNames countries;

	private final MessageSource messages;

	private final vn.tre.partner.PartnerDirectory partners;

	DelegationViews(DelegationManagement delegations, OrgUnitManagement units, AccountManagement accounts,
			CountryNames countries, MessageSource messages, vn.tre.partner.PartnerDirectory partners) {
		this.partners = partners;
		this.delegations = delegations;
		this.units = units;
		this.accounts = accounts;
		this.countries = countries;
		this.messages = messages;
	}

	void listModel(Actor actor, List<Delegation> shown, Locale locale, Model model) {
		model.addAttribute("unitNames", unitNames(shown.stream().map(Delegation::getUnitId).toList(), locale));
		model.addAttribute("countryNames", countryNames(shown.stream().flatMap(d -> d.getCountries().stream()).toList(), locale));
		model.addAttribute("countryOptions", countries.options(locale));
		model.addAttribute("canCreate", delegations.canCreateAnywhere(actor));
	}

	void detailModel(Actor actor, Delegation delegation, Locale locale, Model model) {
		model.addAttribute("delegation", delegation);
		model.addAttribute("unitName", units.nameOf(delegation.getUnitId(), locale));
		model.addAttribute("countryNames", countryNames(delegation.getCountries(), locale));
		model.addAttribute("partners", List.copyOf(partners.byIds(delegation.getPartnerIds()).values()));
		model.addAttribute("actions", actions(actor, delegation));
		model.addAttribute("planItem", delegations.planItemOf(delegation).orElse(null));
		model.addAttribute("today", delegations.today());
		model.addAttribute("submittedByName", delegation.getSubmittedBy() == null ? null : accounts.displayNameOf(delegation.getSubmittedBy()));
		model.addAttribute("decidedByName", delegation.getDecidedBy() == null ? null : accounts.displayNameOf(delegation.getDecidedBy()));
		warnings(delegation.getUnitId(), delegation.getStatus().finished() ? null : delegation.details(), delegation.getId(),
				locale, model);
	}

	/** Rule breaches and clashes of the details (none for a finished delegation), with the other units' names. */
	void warnings(long unitId, vn.tre.delegation.@org.jspecify.annotations.Nullable DelegationDetails details,
			@org.jspecify.annotations.Nullable Long selfId, Locale locale, Model model) {
		var breaches = details == null ? List.<vn.tre.delegation.RuleBreach>of() : delegations.breaches(unitId, details, selfId);
		var clashes = details == null ? List.<vn.tre.delegation.Clash>of() : delegations.clashes(unitId, details, selfId);
		model.addAttribute("breaches", breaches);
		model.addAttribute("clashes", clashes);
		model.addAttribute("clashUnits", unitNames(clashes.stream().map(vn.tre.delegation.Clash::otherUnitId).toList(), locale));
	}

	/** The transitions the actor may take now, in the order the page offers them. */
	List<String> actions(Actor actor, Delegation delegation) {
		boolean edit = delegations.canEdit(actor, delegation);
		boolean approve = delegations.canApprove(actor, delegation);
		DelegationStatus status = delegation.getStatus();
		var actions = new java.util.ArrayList<String>();
		if (edit && status.editable()) {
			actions.add("submit");
			actions.add("edit");
		}
		if (approve && status == DelegationStatus.SUBMITTED) {
			actions.addAll(List.of("approve", "return", "reject"));
		}
		if (edit && status == DelegationStatus.APPROVED) {
			actions.add("start");
		}
		if (edit && status == DelegationStatus.IN_PROGRESS) {
			actions.add("complete");
		}
		if (edit && status == DelegationStatus.COMPLETED) {
			actions.add("report");
		}
		if (approve && status == DelegationStatus.REPORTED) {
			actions.add("close");
		}
		if (edit && (status == DelegationStatus.SUBMITTED || status == DelegationStatus.APPROVED)) {
			actions.add("postpone");
		}
		if (edit && !status.finished() && status.ordinal() <= DelegationStatus.APPROVED.ordinal()
				|| edit && status == DelegationStatus.POSTPONED) {
			actions.add("cancel");
		}
		return actions;
	}

	/** The names of the partners a form has chosen, for its pickers. */
	Map<Long, String> partnerNames(java.util.Collection<Long> ids, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		partners.byIds(ids).forEach((id, partner) -> names.put(id, partner.name(locale)));
		return names;
	}

	Map<Long, String> unitNames(Collection<Long> ids, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		units.byIds(ids.stream().distinct().toList()).forEach((id, unit) -> names.put(id, unit.name(locale)));
		return names;
	}

	Map<String, String> countryNames(Collection<String> codes, Locale locale) {
		return countries.names(codes, locale);
	}

	ResponseEntity<byte[]> export(List<Delegation> rows, Locale locale) {
		var unitNames = unitNames(rows.stream().map(Delegation::getUnitId).toList(), locale);
		var countryNames = countryNames(rows.stream().flatMap(d -> d.getCountries().stream()).toList(), locale);
		List<String> header = Arrays.asList("delegation.title", "delegation.direction", "delegation.unit",
				"delegation.headName", "delegation.headLevel", "delegation.countries", "delegation.departureDate",
				"delegation.returnDate", "delegation.size", "delegation.fundingSource", "delegation.estimatedCost",
				"delegation.inPlan", "delegation.status", "delegation.reportDue").stream()
			.map(key -> messages.getMessage(key, null, locale))
			.toList();
		var lines = rows.stream().map(d -> Arrays.<Object>asList(d.getTitle(),
				message("delegation.direction." + d.getDirection(), locale), unitNames.get(d.getUnitId()), d.getHeadName(),
				message("delegation.headLevel." + d.getHeadLevel(), locale),
				String.join(", ", d.getCountries().stream().map(countryNames::get).sorted().toList()),
				d.getDepartureDate(), d.getReturnDate(), d.getMembers().size() + 1,
				message("delegation.fundingSource." + d.getFundingSource(), locale), d.getEstimatedCost(),
				message(d.inPlan() ? "common.yes" : "common.no", locale), message("delegation.status." + d.getStatus(), locale),
				d.getReportDue())).toList();
		return ExcelExport.response("doan.xlsx", ExcelExport.write(message("delegation.list.title", locale), header, lines));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
