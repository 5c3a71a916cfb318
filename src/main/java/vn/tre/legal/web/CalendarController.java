package vn.tre.legal.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.legal.CalendarDay;
import vn.tre.legal.CalendarManagement;
import vn.tre.legal.DeadlineCalculator;
import vn.tre.legal.DeadlineRuleManagement;
import vn.tre.legal.LegalBases;
import vn.tre.legal.YearCalendar;
import vn.tre.organisation.AccessPolicy;
import vn.tre.platform.web.DateFormats;
import vn.tre.shared.Actor;

/** The working calendar of a year, with the deadline tool; an htmx request gets only the tool's result. */
@Controller
@RequestMapping("/calendar")
class CalendarController {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CalendarManagement calendar;

	private final DeadlineCalculator calculator;

	private final DeadlineRuleManagement rules;

	private final LegalBases legalBases;

	private final AccessPolicy access;

	CalendarController(CalendarManagement calendar, DeadlineCalculator calculator, DeadlineRuleManagement rules,
			LegalBases legalBases, AccessPolicy access) {
		this.calendar = calendar;
		this.calculator = calculator;
		this.rules = rules;
		this.legalBases = legalBases;
		this.access = access;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "calendar";
	}

	@GetMapping
	String year(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String rule, @RequestParam(required = false) @Nullable String start,
			HtmxRequest htmx, Actor actor, Model model) {
		model.addAttribute("tool", DeadlineTool.compute(calculator, rule, start));
		if (htmx.isHtmxRequest()) {
			return "calendar/year :: tool-result";
		}
		int shown = year == null || year < FIRST_YEAR || year > LAST_YEAR ? calculator.today().getYear() : year;
		YearCalendar days = calendar.year(shown);
		model.addAttribute("calendar", days);
		model.addAttribute("bases", legalBases.findAll(days.months().stream()
			.flatMap(month -> month.days().stream())
			.map(CalendarDay::getLegalBasisId)
			.filter(Objects::nonNull)
			.distinct()
			.toList()));
		model.addAttribute("rules", rules.active());
		model.addAttribute("toolStart", start != null ? start : calculator.today().format(DateFormats.DATE));
		model.addAttribute("canAdminister", access.administers(actor));
		return "calendar/year";
	}
}
