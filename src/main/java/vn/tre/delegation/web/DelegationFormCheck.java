package vn.tre.delegation.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The checks of a delegation form that involve several fields or reference data: dates in order,
 * known countries, a programme within the trip, a plan item or a reason for being outside the plan.
 */
@Component
class DelegationFormCheck {

	private final CountryNames countries;

	private final PlanItemChoices planItems;

	private final vn.tre.partner.PartnerDirectory partners;

	DelegationFormCheck(CountryNames countries, PlanItemChoices planItems, vn.tre.partner.PartnerDirectory partners) {
		this.countries = countries;
		this.planItems = planItems;
		this.partners = partners;
	}

	void validate(DelegationForm form, BindingResult errors) {
		LocalDate from = form.getDepartureDate();
		LocalDate to = form.getReturnDate();
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("returnDate", "delegation.form.returnDate.beforeDeparture");
		}
		if (form.getCountries().isEmpty()) {
			errors.rejectValue("countries", "delegation.form.countries.required");
		}
		form.getCountries().stream().filter(code -> !countries.known(code.strip().toUpperCase()))
			.findFirst()
			.ifPresent(code -> errors.rejectValue("countries", "delegation.form.countries.unknown", new Object[] { code }, null));
		List<DelegationForm.MemberRow> members = form.getMembers();
		for (int i = 0; i < members.size(); i++) {
			var row = members.get(i);
			if (!row.blank() && row.getName().isBlank()) {
				errors.rejectValue("members[" + i + "].name", "delegation.form.member.nameRequired");
			}
		}
		List<DelegationForm.DayRow> days = form.getProgramme();
		for (int i = 0; i < days.size(); i++) {
			var row = days.get(i);
			if (row.blank()) {
				continue;
			}
			if (row.getDay() == null) {
				errors.rejectValue("programme[" + i + "].day", "delegation.form.day.required");
			}
			else if (from != null && to != null && (row.getDay().isBefore(from) || row.getDay().isAfter(to))) {
				errors.rejectValue("programme[" + i + "].day", "delegation.form.day.outsideTrip");
			}
			if (row.getActivities().isBlank()) {
				errors.rejectValue("programme[" + i + "].activities", "delegation.form.activities.required");
			}
		}
		for (String field : List.of("partnerA", "partnerB")) {
			Long id = field.equals("partnerA") ? form.getPartnerA() : form.getPartnerB();
			if (id != null && partners.find(id).isEmpty()) {
				errors.rejectValue(field, "delegation.form.partner.unknown");
			}
		}
		if (form.getPlanItemRef() != null && planItems.find(form.getPlanItemRef()).isEmpty()) {
			errors.rejectValue("planItemRef", "delegation.form.planItem.unknown");
		}
		if (form.getPlanItemRef() == null && form.getOutsidePlanReason().isBlank()) {
			errors.rejectValue("outsidePlanReason", "delegation.form.outsidePlanReason.required");
		}
	}

	/** Whether the form holds enough to check it against the rules and other delegations. */
	boolean complete(DelegationForm form) {
		return form.getDirection() != null && form.getHeadLevel() != null && form.getFundingSource() != null
				&& form.getDepartureDate() != null && form.getReturnDate() != null
				&& !form.getReturnDate().isBefore(form.getDepartureDate()) && !form.getTitle().isBlank()
				&& !form.getPurpose().isBlank() && !form.getHeadName().isBlank();
	}

	List<PlanItemChoices.Choice> planItems(long unitId, DelegationForm form) {
		int year = form.getDepartureDate() == null ? planItems.currentYear() : form.getDepartureDate().getYear();
		return planItems.of(unitId, year);
	}
}
