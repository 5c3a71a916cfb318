package vn.tre.agreement.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementStatus;
import vn.tre.agreement.AgreementSummary;
import vn.tre.agreement.OpinionRequest;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.shared.Actor;

/** What the agreement pages show besides the agreements: names of units, partners and countries, and actions. */
@Component
class AgreementViews {

	private final AgreementManagement agreements;

	private final OrgUnitManagement units;

	private final PartnerDirectory partners;

	private final CountryCatalogue countries;

	private final MessageSource messages;

	AgreementViews(AgreementManagement agreements, OrgUnitManagement units, PartnerDirectory partners,
			CountryCatalogue countries, MessageSource messages) {
		this.agreements = agreements;
		this.units = units;
		this.partners = partners;
		this.countries = countries;
		this.messages = messages;
	}

	/** A country as a select offers it. */
	record Option(String code, String name) {
	}

	/** Names of the units, partners and countries of the shown agreements: one query each. */
	void names(Collection<Agreement> shown, Locale locale, Model model) {
		model.addAttribute("unitNames", unitNames(shown.stream().map(Agreement::getUnitId).toList(), locale));
		model.addAttribute("partnerNames", partnerNames(shown.stream().flatMap(a -> a.partnerIds().stream()).toList(), locale));
		model.addAttribute("countryNames", countryNames(shown.stream().flatMap(a -> a.getCountries().stream()).toList(), locale));
	}

	/** The transitions the actor may take now, in the order the page offers them; none to readers. */
	List<String> actions(Actor actor, Agreement agreement, List<OpinionRequest> opinions) {
		if (!agreements.canEdit(actor, agreement)) {
			return List.of();
		}
		AgreementStatus status = agreement.getStatus();
		List<String> actions = new ArrayList<>();
		if (!status.finished()) {
			actions.add("edit");
		}
		boolean allAnswered = !opinions.isEmpty() && opinions.stream().allMatch(OpinionRequest::answered);
		boolean disagreement = opinions.stream().anyMatch(OpinionRequest::disagrees);
		switch (status) {
			case DRAFT -> actions.add("request-opinions");
			case CONSULTATION -> {
				actions.add("request-opinions");
				if (disagreement) {
					actions.add("pm-request");
				}
				else if (allAnswered) {
					actions.add("decide");
				}
			}
			case PM_CONSULTATION -> {
				if (agreement.getPmAnsweredOn() == null) {
					actions.add("pm-answer");
				}
				else if (Boolean.TRUE.equals(agreement.getPmConsent()) && allAnswered) {
					actions.add("decide");
				}
			}
			case APPROVED_TO_SIGN -> actions.add("sign");
			case SIGNED -> actions.add("enter-into-force");
			case IN_FORCE -> actions.addAll(List.of("amend", "extend", "suspend"));
			case SUSPENDED -> actions.add("resume");
			default -> {
			}
		}
		if (status.alive() && agreement.getReportedOn() == null) {
			actions.add("report");
		}
		if (status.alive()) {
			actions.add("terminate");
		}
		if (!status.finished()) {
			actions.add("withdraw");
		}
		return actions;
	}

	/** The partners of the ids, in the order given, skipping unknown ones. */
	Map<Long, Partner> partnersInOrder(List<Long> ids) {
		Map<Long, Partner> found = partners.byIds(ids);
		Map<Long, Partner> ordered = new LinkedHashMap<>();
		ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
		return ordered;
	}

	/** Other units' signed agreements with the same partners, as a public summary, with their names. */
	void others(Actor actor, long id, Locale locale, Model model) {
		List<AgreementSummary> others = agreements.othersWithSamePartners(actor, id);
		model.addAttribute("others", others);
		model.addAttribute("otherUnitNames", unitNames(others.stream().map(AgreementSummary::unitId).toList(), locale));
		model.addAttribute("otherPartnerNames",
				partnerNames(others.stream().flatMap(o -> o.partnerIds().stream()).toList(), locale));
	}

	Map<Long, String> partnerNames(Collection<Long> ids, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			partners.byIds(Set.copyOf(ids)).forEach((id, partner) -> names.put(id, partner.name(locale)));
		}
		return names;
	}

	Map<Long, String> unitNames(Collection<Long> ids, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (!distinct.isEmpty()) {
			units.byIds(distinct).forEach((id, unit) -> names.put(id, unit.name(locale)));
		}
		return names;
	}

	Map<String, String> countryNames(Collection<String> codes, Locale locale) {
		var all = countries.byCode();
		Map<String, String> names = new HashMap<>();
		codes.forEach(code -> names.put(code, all.containsKey(code) ? all.get(code).name(locale) : code));
		return names;
	}

	String countryList(Collection<String> codes, Map<String, String> names) {
		return codes.stream().map(names::get).sorted().collect(Collectors.joining(", "));
	}

	List<Option> countryOptions(Locale locale) {
		return countries.all(locale).stream()
			.filter(country -> !country.getCode().equals("VN"))
			.map(country -> new Option(country.getCode(), country.name(locale)))
			.toList();
	}

	String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
