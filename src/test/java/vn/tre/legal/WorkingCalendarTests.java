package vn.tre.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = Calendars.vietnam2026();

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			"2026-03-02, 1, 2026-03-03", // Monday: the start day does not count
			"2026-03-06, 1, 2026-03-09", // Friday: Saturday and Sunday are skipped
			"2026-03-07, 1, 2026-03-09", // started on a Saturday
			"2026-03-06, 5, 2026-03-13",
			"2026-03-02, 10, 2026-03-16" })
	void skipsWeekends(LocalDate start, int days, LocalDate due) {
		assertThat(calendar.addWorkingDays(start, days)).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			"2026-02-12, 7, 2026-03-02", // Thursday before Tết: Friday 13/02 counts, 14–22/02 do not
			"2026-02-13, 1, 2026-02-23",
			"2026-02-13, 5, 2026-02-27",
			"2026-02-15, 1, 2026-02-23" })
	void skipsTetHolidays(LocalDate start, int days, LocalDate due) {
		assertThat(calendar.addWorkingDays(start, days)).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			"2026-01-08, 2, 2026-01-10", // Saturday 10/01 is worked in exchange for Friday 02/01
			"2026-01-01, 1, 2026-01-05", // Friday 02/01 is off in exchange
			"2026-08-21, 1, 2026-08-22", // Saturday 22/08 is worked in exchange for Monday 31/08
			"2026-08-28, 1, 2026-09-03" }) // Monday 31/08 swapped off, 1–2/09 National Day
	void countsSubstituteSaturdaysAndSkipsSwappedDaysOff(LocalDate start, int days, LocalDate due) {
		assertThat(calendar.addWorkingDays(start, days)).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} + {1} calendar days = {2}")
	@CsvSource({
			"2026-03-01, 15, 2026-03-16", // lands on a Monday: stays
			"2026-03-06, 15, 2026-03-23", // lands on Saturday 21/03: moves to Monday
			"2026-02-01, 15, 2026-02-23", // lands on Tết (16/02): moves to the first working day after Tết
			"2026-08-15, 15, 2026-09-03", // lands on Sunday 30/08, then a swapped day off and National Day
			"2025-12-23, 10, 2026-01-05", // lands on Friday 02/01, swapped off for New Year
			"2025-12-23, 18, 2026-01-10" }) // lands on Saturday 10/01, a substitute working day: stays
	void movesACalendarDayDeadlineEndingOnADayOffToTheNextWorkingDay(LocalDate start, int days, LocalDate due) {
		assertThat(calendar.dueDate(start, days, DeadlineUnit.CALENDAR_DAYS)).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "0, WORKING_DAYS", "-1, WORKING_DAYS", "0, CALENDAR_DAYS", "-15, CALENDAR_DAYS" })
	void refusesZeroAndNegativeLengths(int length, DeadlineUnit unit) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.dueDate(LocalDate.of(2026, 3, 2), length, unit))
			.withMessageContaining("at least one day");
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			"2026-02-12, 2026-03-02, 7",
			"2026-03-02, 2026-02-12, -7",
			"2026-02-13, 2026-02-22, 0",
			"2026-03-02, 2026-03-02, 0",
			"2026-01-09, 2026-01-12, 2" })
	void countsWorkingDaysAfterTheStartUpToTheEnd(LocalDate start, LocalDate end, int expected) {
		assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} working days")
	@CsvSource({ "2026-01, 21", "2026-02, 15", "2026-03, 22", "2026-08, 21", "2026-09, 20" })
	void countsTheWorkingDaysOfAMonth(YearMonth month, int expected) {
		assertThat(calendar.workingDaysIn(month)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2026-02-12, 7", "2026-01-01, 3", "2026-08-20, 12", "2026-12-15, 30" })
	void countsBackTheWorkingDaysItAdded(LocalDate start, int days) {
		assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
	}

	@Test
	void refusesDaysOutsideTheWindowItKnows() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 6, 1)))
			.withMessageContaining("outside the calendar window");
	}

	@Test
	void reachesEveryDueDateWithinItsHorizon() {
		LocalDate start = LocalDate.of(2026, 2, 12);
		WorkingCalendar window = WorkingCalendar.of(java.util.Map.of(), start, WorkingCalendar.horizon(start, 45));
		assertThat(window.addWorkingDays(start, 45)).isBefore(WorkingCalendar.horizon(start, 45));
	}
}
