package vn.tre.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.NotFound;

/**
 * The one deadline calculator of Tre: due dates of the law's time limits, counted on the working
 * calendar that administrators keep, and whether a due date has passed on the injected clock. Counting
 * rules are those of {@link WorkingCalendar}: the start day does not count, and a time limit in calendar
 * days whose last day is a day off ends on the next working day (Civil Code 2015, Art. 148).
 */
@Service
@Transactional(readOnly = true)
public class DeadlineCalculator {

	private final CalendarDays days;

	private final DeadlineRules rules;

	private final LegalTexts texts;

	private final Clock clock;

	DeadlineCalculator(CalendarDays days, DeadlineRules rules, LegalTexts texts, Clock clock) {
		this.days = days;
		this.rules = rules;
		this.texts = texts;
		this.clock = clock;
	}

	/** The due date of the active rule with this code, counted from {@code start}; 404 for an unknown or inactive rule. */
	public LocalDate dueDate(String ruleCode, LocalDate start) {
		return deadline(ruleCode, start).dueDate();
	}

	/** The deadline of the active rule with this code, with its rule and legal basis; 404 for an unknown or inactive rule. */
	public Deadline deadline(String ruleCode, LocalDate start) {
		return findDeadline(ruleCode, start).orElseThrow(() -> new NotFound("deadline rule " + ruleCode));
	}

	/** The deadline of the rule with this code, or empty when no active rule has it. */
	public Optional<Deadline> findDeadline(String ruleCode, LocalDate start) {
		return rules.findByCode(ruleCode).filter(DeadlineRule::isActive).map(rule -> deadline(rule, start));
	}

	/** The last day of a time limit of {@code length} ≥ 1 units counted from {@code start}. */
	public LocalDate dueDate(LocalDate start, int length, DeadlineUnit unit) {
		return calendar(start, WorkingCalendar.horizon(start, length)).dueDate(start, length, unit);
	}

	/** The day on which {@code days} ≥ 1 working days after {@code start} have passed. */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return dueDate(start, days, DeadlineUnit.WORKING_DAYS);
	}

	public boolean isWorkingDay(LocalDate day) {
		return calendar(day, day).isWorkingDay(day);
	}

	/** The working days after {@code start} up to and including {@code end}; negative when {@code end} comes first. */
	public int workingDaysBetween(LocalDate start, LocalDate end) {
		boolean forward = !end.isBefore(start);
		return calendar(forward ? start : end, forward ? end : start).workingDaysBetween(start, end);
	}

	/** Today in Vietnam, on the injected clock. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Whether the due date has passed today; the due date itself is still in time. */
	public boolean isOverdue(LocalDate dueDate) {
		return today().isAfter(dueDate);
	}

	/** The working calendar from {@code from} to {@code to}, for callers that compute many dates at once. */
	public WorkingCalendar calendar(LocalDate from, LocalDate to) {
		return WorkingCalendar.of(days.findByDayBetweenOrderByDay(from, to), from, to);
	}

	/** Whether every year from {@code from} to {@code to} has days in the calendar, i.e. someone kept it. */
	public boolean calendarKnown(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!days.existsByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
				return false;
			}
		}
		return true;
	}

	private Deadline deadline(DeadlineRule rule, LocalDate start) {
		LocalDate due = dueDate(start, rule.getLength(), rule.getUnit());
		LegalBasis basis = rule.getLegalBasisId() == null ? null : texts.findById(rule.getLegalBasisId()).orElse(null);
		return new Deadline(rule, start, due, basis, calendarKnown(start, due));
	}
}
