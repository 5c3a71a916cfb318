package vn.tre.legal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;
import vn.tre.legal.Deadline;
import vn.tre.legal.DeadlineCalculator;

/** The deadline tool of the calendar page: a rule and a start date as typed, and the deadline or what is wrong. */
record DeadlineTool(@Nullable String rule, @Nullable String start, @Nullable Deadline deadline, @Nullable String error) {

	/** Dates as people type them: 12/02/2026 or 12/2/2026, and no 31 February. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	static DeadlineTool compute(DeadlineCalculator calculator, @Nullable String rule, @Nullable String start) {
		if (rule == null && start == null) {
			return new DeadlineTool(null, null, null, null);
		}
		if (rule == null || rule.isBlank()) {
			return new DeadlineTool(rule, start, null, "calendar.tool.error.rule");
		}
		LocalDate startDate = parse(start);
		if (startDate == null) {
			return new DeadlineTool(rule, start, null, "calendar.tool.error.start");
		}
		return calculator.findDeadline(rule, startDate)
			.map(deadline -> new DeadlineTool(rule, start, deadline, null))
			.orElseGet(() -> new DeadlineTool(rule, start, null, "calendar.tool.error.rule"));
	}

	private static @Nullable LocalDate parse(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(typed.strip(), TYPED);
			return date.getYear() < 1945 || date.getYear() > 2200 ? null : date;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
