package vn.tre.legal;

import java.time.YearMonth;
import java.util.List;

/** A year of the working calendar: its working days, and per month the working days and exceptional days. */
public record YearCalendar(int year, int workingDays, List<Month> months) {

	/** Whether any exceptional day was recorded for the year; if not, only weekends are days off. */
	public boolean kept() {
		return months.stream().anyMatch(month -> !month.days().isEmpty());
	}

	/** A month: its working days and its exceptional days in date order. */
	public record Month(YearMonth month, int workingDays, List<CalendarDay> days) {
	}
}
