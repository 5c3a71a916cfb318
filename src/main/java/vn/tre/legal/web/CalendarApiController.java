package vn.tre.legal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tre.legal.CalendarDayKind;
import vn.tre.legal.CalendarManagement;
import vn.tre.legal.Deadline;
import vn.tre.legal.DeadlineCalculator;
import vn.tre.legal.DeadlineUnit;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.YearCalendar;

/** The working calendar and the deadline calculator as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Working calendar and deadlines", description = "Public holidays, swapped days and the one deadline calculator")
class CalendarApiController {

	private final CalendarManagement calendar;

	private final DeadlineCalculator calculator;

	CalendarApiController(CalendarManagement calendar, DeadlineCalculator calculator) {
		this.calendar = calendar;
		this.calculator = calculator;
	}

	@GetMapping("/calendar/{year}")
	@Operation(summary = "A year's exceptional days (holidays, swapped days off, substitute working days) and working days per month")
	CalendarYear year(@PathVariable int year) {
		if (year < CalendarController.FIRST_YEAR || year > CalendarController.LAST_YEAR) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be from 2000 to 2100");
		}
		YearCalendar days = calendar.year(year);
		return new CalendarYear(year, days.workingDays(), days.kept(),
				days.months().stream().map(month -> new MonthDays(month.month(), month.workingDays())).toList(),
				days.months().stream().flatMap(month -> month.days().stream())
					.map(day -> new Day(day.getDay(), day.getKind(), day.getNameVi(), day.getNameEn(), day.getLegalBasisId()))
					.toList());
	}

	@GetMapping("/deadlines")
	@Operation(summary = "The due date of a deadline rule counted from a start date (the start day does not count)")
	DeadlineResponse deadline(@Parameter(description = "Rule code, e.g. agreement.opinion") @RequestParam String rule,
			@Parameter(description = "The day of the event, yyyy-MM-dd")
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start) {
		return DeadlineResponse.of(calculator.deadline(rule, start));
	}

	/** A year of the working calendar. {@code kept} is false when no day was recorded for it. */
	record CalendarYear(int year, int workingDays, boolean kept, List<MonthDays> months, List<Day> days) {
	}

	/** The working days of a month. */
	record MonthDays(YearMonth month, int workingDays) {
	}

	/** An exceptional day. */
	record Day(LocalDate date, CalendarDayKind kind, String nameVi, String nameEn, @Nullable Long legalBasisId) {
	}

	/** A computed deadline with the rule and legal basis it comes from. */
	record DeadlineResponse(String rule, String nameVi, String nameEn, LocalDate start, LocalDate dueDate, int length,
			DeadlineUnit unit, @Nullable Basis legalBasis, boolean calendarKnown) {

		static DeadlineResponse of(Deadline deadline) {
			LegalBasis basis = deadline.legalBasis();
			return new DeadlineResponse(deadline.rule().getCode(), deadline.rule().getNameVi(),
					deadline.rule().getNameEn(), deadline.start(), deadline.dueDate(), deadline.rule().getLength(),
					deadline.rule().getUnit(),
					basis == null ? null : new Basis(basis.getId(), basis.getNumber(), basis.getTitleVi(), basis.getTitleEn()),
					deadline.calendarKnown());
		}
	}

	/** The legal basis of a deadline. */
	record Basis(long id, String number, String titleVi, String titleEn) {
	}
}
