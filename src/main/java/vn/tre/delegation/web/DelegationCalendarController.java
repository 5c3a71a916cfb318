package vn.tre.delegation.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationManagement;
import vn.tre.shared.Actor;

/** A month of delegations, week by week, with clashes marked. */
@Controller
class DelegationCalendarController {

	private final DelegationManagement delegations;

	private final DelegationViews views;

	DelegationCalendarController(DelegationManagement delegations, DelegationViews views) {
		this.delegations = delegations;
		this.views = views;
	}

	/** A day of the grid and the delegations away or visiting that day. */
	record Day(LocalDate date, boolean inMonth, List<Delegation> delegations) {
	}

	@GetMapping("/delegations/calendar")
	String month(Actor actor, @RequestParam(required = false) @Nullable String month, Locale locale, Model model) {
		YearMonth shown = parse(month, delegations.today());
		LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<Delegation> inView = delegations.between(actor, first, last);
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate day = monday.plusDays(i);
				week.add(new Day(day, YearMonth.from(day).equals(shown), inView.stream()
					.filter(d -> !d.getDepartureDate().isAfter(day) && !d.getReturnDate().isBefore(day))
					.toList()));
			}
			weeks.add(week);
		}
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weeks", weeks);
		model.addAttribute("clashing", delegations.clashingAmong(inView));
		model.addAttribute("unitNames", views.unitNames(inView.stream().map(Delegation::getUnitId).toList(), locale));
		model.addAttribute("activeNav", "delegations");
		return "delegations/calendar";
	}

	private static YearMonth parse(@Nullable String month, LocalDate today) {
		if (month != null) {
			try {
				return YearMonth.parse(month);
			}
			catch (DateTimeParseException e) {
				// an unreadable month shows the current one
			}
		}
		return YearMonth.from(today);
	}
}
