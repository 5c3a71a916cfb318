package vn.tre.delegation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.tre.delegation.DelegationPlans;
import vn.tre.delegation.PlanItemView;

/** The items of a unit's approved plan that a delegation may implement, labelled for the form's select. */
@Component
class PlanItemChoices {

	private final DelegationPlans plans;

	private final CountryNames countries;

	private final MessageSource messages;

	private final Clock clock;

	PlanItemChoices(DelegationPlans plans, CountryNames countries, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.countries = countries;
		this.messages = messages;
		this.clock = clock;
	}

	/** A plan item as the form offers it. */
	record Choice(UUID ref, String label) {
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	java.util.Optional<PlanItemView> find(UUID ref) {
		return plans.approvedItem(ref);
	}

	List<Choice> of(long unitId, int year) {
		Locale locale = LocaleContextHolder.getLocale();
		return plans.approvedItems(unitId, year).stream().map(item -> new Choice(item.ref(), label(item, locale))).toList();
	}

	private String label(PlanItemView item, Locale locale) {
		String direction = messages.getMessage("delegation.direction.short." + item.direction(), null, locale);
		String where = String.join(", ", item.countryCodes().stream().map(code -> countries.name(code, locale)).toList());
		return direction + " · Q" + item.quarter() + " · " + where + " · " + item.purpose();
	}
}
