package vn.tre.legal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Working calendars for tests, as the government announced them. */
final class Calendars {

	private Calendars() {
	}

	/** 2026 for civil servants: New Year with its swap, Tết Bính Ngọ, Hùng Kings, 30/4–1/5, National Day with its swap. */
	static WorkingCalendar vietnam2026() {
		Map<LocalDate, CalendarDayKind> days = new HashMap<>();
		holidays(days, "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
				"2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02");
		days.put(LocalDate.parse("2026-01-02"), CalendarDayKind.SUBSTITUTE_DAY_OFF);
		days.put(LocalDate.parse("2026-01-10"), CalendarDayKind.SUBSTITUTE_WORKING_DAY);
		days.put(LocalDate.parse("2026-08-31"), CalendarDayKind.SUBSTITUTE_DAY_OFF);
		days.put(LocalDate.parse("2026-08-22"), CalendarDayKind.SUBSTITUTE_WORKING_DAY);
		return WorkingCalendar.of(days, LocalDate.of(2025, 12, 1), LocalDate.of(2027, 3, 31));
	}

	private static void holidays(Map<LocalDate, CalendarDayKind> days, String... dates) {
		for (String date : dates) {
			days.put(LocalDate.parse(date), CalendarDayKind.PUBLIC_HOLIDAY);
		}
	}
}
