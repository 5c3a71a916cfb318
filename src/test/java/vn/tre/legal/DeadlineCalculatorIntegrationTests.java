package vn.tre.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.shared.NotFound;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The deadline calculator on the seeded calendar and rules. */
@TreIntegrationTest
class DeadlineCalculatorIntegrationTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	DeadlineCalculator calculator;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void givesAgreementOpinionsSevenWorkingDaysAfterTet2026() {
		Deadline deadline = calculator.deadline("agreement.opinion", LocalDate.of(2026, 2, 12));

		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(deadline.rule().getUnit()).isEqualTo(DeadlineUnit.WORKING_DAYS);
		assertThat(deadline.rule().getLength()).isEqualTo(7);
		assertThat(deadline.legalBasis()).isNotNull();
		assertThat(deadline.legalBasis().getNumber()).isEqualTo("70/2020/QH14");
		assertThat(deadline.calendarKnown()).isTrue();
	}

	@ParameterizedTest(name = "{0} from {1} = {2}")
	@CsvSource({
			"agreement.post-signing-report, 2026-02-01, 2026-02-23", // day 15 is Tết: the next working day
			"agreement.post-signing-report, 2026-08-15, 2026-09-03", // Sunday, swapped Monday, National Day
			"agreement.pm-consent, 2025-01-23, 2025-02-10", // Tết Ất Tỵ 27–31/01/2025
			"ngo.registration.opinion, 2024-04-26, 2024-05-14", // 29/04 swapped off, 30/04 and 01/05, 04/05 worked
			"aid.appraisal, 2026-04-07, 2026-04-28" }) // day 20 is Monday 27/04, Hùng Kings moved from Sunday
	void countsSeededRulesOnTheSeededCalendar(String rule, LocalDate start, LocalDate due) {
		assertThat(calculator.dueDate(rule, start)).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0}: working day {1}")
	@CsvSource({
			"2024-05-04, true", "2025-04-26, true", "2026-01-10, true", "2026-08-22, true",
			"2024-04-29, false", "2025-05-02, false", "2026-01-02, false", "2026-08-31, false",
			"2026-02-17, false", "2026-02-23, true", "2026-03-07, false" })
	void knowsSubstituteSaturdaysAndSwappedDaysOff(LocalDate day, boolean working) {
		assertThat(calculator.isWorkingDay(day)).isEqualTo(working);
	}

	@Test
	void countsWorkingDaysBothWays() {
		assertThat(calculator.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 2))).isEqualTo(7);
		assertThat(calculator.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 12))).isEqualTo(-7);
		assertThat(calculator.addWorkingDays(LocalDate.of(2026, 1, 8), 2)).isEqualTo(LocalDate.of(2026, 1, 10));
	}

	@Test
	void flagsADueDateOverdueOnlyAfterItsLastDay() {
		LocalDate due = calculator.dueDate("agreement.opinion", LocalDate.of(2026, 2, 12));

		clock.set(LocalDateTime.of(2026, 3, 2, 23, 59).atZone(VIETNAM));
		assertThat(calculator.isOverdue(due)).isFalse();
		clock.set(LocalDateTime.of(2026, 3, 3, 0, 1).atZone(VIETNAM));
		assertThat(calculator.isOverdue(due)).isTrue();
		assertThat(calculator.today()).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void refusesUnknownRules() {
		assertThat(calculator.findDeadline("agreement.no-such-step", LocalDate.of(2026, 2, 12))).isEmpty();
		assertThatThrownBy(() -> calculator.dueDate("agreement.no-such-step", LocalDate.of(2026, 2, 12)))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void warnsWhenAYearOfTheCalendarWasNotKept() {
		Deadline deadline = calculator.deadline("agreement.opinion", LocalDate.of(2099, 3, 2));

		assertThat(deadline.calendarKnown()).isFalse();
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2099, 3, 11));
	}

	@Test
	void countsTheWorkingDaysOfEachMonthOfTheSeededYear() {
		YearCalendar year = calendar.year(2026);

		assertThat(year.kept()).isTrue();
		assertThat(year.months()).extracting(YearCalendar.Month::workingDays)
			.containsExactly(21, 15, 22, 20, 20, 22, 23, 21, 20, 22, 21, 23);
		assertThat(year.workingDays()).isEqualTo(250);
		assertThat(year.months().get(1).days()).hasSize(5);
	}
}
