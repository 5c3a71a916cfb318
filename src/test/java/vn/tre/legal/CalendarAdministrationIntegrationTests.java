package vn.tre.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.tre.account.AccountManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.support.TreIntegrationTest;

/** Administrators keep the calendar and the rules; the calculator follows at once. */
@TreIntegrationTest
class CalendarAdministrationIntegrationTests {

	@Autowired
	CalendarManagement calendar;

	@Autowired
	DeadlineRuleManagement rules;

	@Autowired
	DeadlineCalculator calculator;

	@Autowired
	AccountManagement accounts;

	@Test
	void addsChangesAndRemovesADayAndTheCalculatorFollows() {
		LocalDate newYear2030 = LocalDate.of(2030, 1, 1);
		CalendarDay day = calendar.add(admin(), new CalendarDayDraft(newYear2030, CalendarDayKind.PUBLIC_HOLIDAY,
				"Tết Dương lịch", "New Year's Day", null));
		assertThat(calculator.isWorkingDay(newYear2030)).isFalse();
		assertThat(calculator.addWorkingDays(LocalDate.of(2029, 12, 31), 1)).isEqualTo(LocalDate.of(2030, 1, 2));

		CalendarDay renamed = calendar.update(admin(), day.getId(), day.getVersion(), new CalendarDayDraft(newYear2030,
				CalendarDayKind.PUBLIC_HOLIDAY, "Tết Dương lịch 2030", "New Year's Day 2030", null));
		assertThat(renamed.getNameVi()).isEqualTo("Tết Dương lịch 2030");
		assertThatThrownBy(() -> calendar.update(admin(), day.getId(), day.getVersion(), new CalendarDayDraft(newYear2030,
				CalendarDayKind.PUBLIC_HOLIDAY, "Cũ", "Old", null)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);

		calendar.delete(admin(), day.getId());
		assertThat(calculator.isWorkingDay(newYear2030)).isTrue();
	}

	@Test
	void refusesADayOffOnASaturdayAndASubstituteWorkingDayOnAWeekday() {
		assertThatThrownBy(() -> calendar.add(admin(), new CalendarDayDraft(LocalDate.of(2030, 1, 5),
				CalendarDayKind.PUBLIC_HOLIDAY, "Thử", "Test", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("kind", "calendar.error.dayOffOnWeekend"));
		assertThatThrownBy(() -> calendar.add(admin(), new CalendarDayDraft(LocalDate.of(2030, 1, 7),
				CalendarDayKind.SUBSTITUTE_WORKING_DAY, "Thử", "Test", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("kind", "calendar.error.workingDayOnWeekday"));
	}

	@Test
	void refusesADayAlreadyInTheCalendar() {
		assertThatThrownBy(() -> calendar.add(admin(), new CalendarDayDraft(LocalDate.of(2026, 2, 17),
				CalendarDayKind.PUBLIC_HOLIDAY, "Tết", "Tết", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("day", "calendar.error.dayTaken"));
	}

	@Test
	void letsOnlyAdministratorsKeepTheCalendarAndTheRules() {
		Actor officer = accounts.principal("thanhhoa.canbo").orElseThrow().actor();
		CalendarDay tet = calendar.year(2026).months().get(1).days().getFirst();
		DeadlineRule rule = rules.findByCode("agreement.opinion").orElseThrow();

		assertThatThrownBy(() -> calendar.add(officer, new CalendarDayDraft(LocalDate.of(2030, 1, 1),
				CalendarDayKind.PUBLIC_HOLIDAY, "Thử", "Test", null))).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> calendar.delete(officer, tet.getId())).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> rules.change(officer, rule.getId(), rule.getVersion(),
				new DeadlineRuleChange(1, DeadlineUnit.CALENDAR_DAYS, null, null, true))).isInstanceOf(Forbidden.class);
		assertThat(calculator.isWorkingDay(tet.getDay())).isFalse();
		assertThat(rules.get(rule.getId()).getLength()).isEqualTo(7);
	}

	@Test
	void appliesAChangedRuleAndStopsApplyingAnInactiveOne() {
		DeadlineRule rule = rules.findByCode("consular.legalisation").orElseThrow();
		LocalDate friday = LocalDate.of(2026, 3, 6);
		try {
			DeadlineRule longer = rules.change(admin(), rule.getId(), rule.getVersion(),
					new DeadlineRuleChange(5, DeadlineUnit.WORKING_DAYS, rule.getLegalBasisId(), rule.getNote(), true));
			assertThat(calculator.dueDate("consular.legalisation", friday)).isEqualTo(LocalDate.of(2026, 3, 13));

			rules.change(admin(), rule.getId(), longer.getVersion(),
					new DeadlineRuleChange(5, DeadlineUnit.WORKING_DAYS, rule.getLegalBasisId(), rule.getNote(), false));
			assertThat(calculator.findDeadline("consular.legalisation", friday)).isEmpty();
		}
		finally {
			DeadlineRule current = rules.get(rule.getId());
			rules.change(admin(), rule.getId(), current.getVersion(), new DeadlineRuleChange(rule.getLength(),
					rule.getUnit(), rule.getLegalBasisId(), rule.getNote(), true));
		}
	}

	@Test
	void refusesARuleOfZeroDays() {
		DeadlineRule rule = rules.findByCode("consular.legalisation").orElseThrow();

		assertThatThrownBy(() -> rules.change(admin(), rule.getId(), rule.getVersion(),
				new DeadlineRuleChange(0, DeadlineUnit.WORKING_DAYS, null, null, true)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("length", "rule.error.length"));
	}

	private Actor admin() {
		return accounts.principal("admin").orElseThrow().actor();
	}
}
