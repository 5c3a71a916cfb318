package vn.tre.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The arithmetic of deadlines on a calendar given as data: the exceptional days known for a window of
 * dates, every other Monday to Friday being a working day and every other Saturday and Sunday not.
 * <p>
 * Counting follows the Civil Code 2015: a time limit in days starts on the day after the event
 * (Art. 147), so the start day never counts; when the last day of a time limit in calendar days is a
 * weekend day or a holiday, the time limit ends at the end of the next working day (Art. 148). A
 * Saturday the government declared a working day counts as a working day.
 */
public final class WorkingCalendar {

	private final Map<LocalDate, CalendarDayKind> exceptions;

	private final LocalDate from;

	private final LocalDate to;

	private WorkingCalendar(Map<LocalDate, CalendarDayKind> exceptions, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the calendar window ends before it starts");
		}
		this.exceptions = Map.copyOf(exceptions);
		this.from = from;
		this.to = to;
	}

	/** A calendar knowing the exceptional days from {@code from} to {@code to}, both included. */
	public static WorkingCalendar of(Map<LocalDate, CalendarDayKind> exceptions, LocalDate from, LocalDate to) {
		return new WorkingCalendar(exceptions, from, to);
	}

	/** A calendar of stored days, known from {@code from} to {@code to}. */
	public static WorkingCalendar of(Collection<CalendarDay> days, LocalDate from, LocalDate to) {
		return of(days.stream().collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)), from, to);
	}

	/**
	 * The last day a deadline of {@code length} days from {@code start} can reach: twice the length plus
	 * two months, which outlasts every weekend, Tết and holiday the length may have to skip.
	 */
	public static LocalDate horizon(LocalDate start, int length) {
		return start.plusDays(2L * Math.max(length, 0) + 62);
	}

	public boolean isWorkingDay(LocalDate day) {
		if (day.isBefore(from) || day.isAfter(to)) {
			throw new IllegalArgumentException(day + " is outside the calendar window " + from + " – " + to);
		}
		CalendarDayKind kind = exceptions.get(day);
		return kind == null ? !isWeekend(day) : kind.working();
	}

	/** The day itself when it is a working day, otherwise the first working day after it. */
	public LocalDate nextWorkingDay(LocalDate day) {
		LocalDate candidate = day;
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** The day on which {@code days} working days after {@code start} have passed; {@code days} ≥ 1. */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		requirePositive(days);
		LocalDate day = start;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** {@code days} calendar days after {@code start}, moved to the next working day if that is a day off. */
	public LocalDate addCalendarDays(LocalDate start, int days) {
		requirePositive(days);
		return nextWorkingDay(start.plusDays(days));
	}

	/** The last day of a time limit of {@code length} units counted from {@code start}. */
	public LocalDate dueDate(LocalDate start, int length, DeadlineUnit unit) {
		return switch (unit) {
			case WORKING_DAYS -> addWorkingDays(start, length);
			case CALENDAR_DAYS -> addCalendarDays(start, length);
		};
	}

	/**
	 * The working days after {@code start} up to and including {@code end}, so that
	 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code end} is before {@code start}.
	 */
	public int workingDaysBetween(LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			return -workingDaysBetween(end, start);
		}
		int count = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** The working days of a month. */
	public int workingDaysIn(YearMonth month) {
		return workingDaysBetween(month.atDay(1).minusDays(1), month.atEndOfMonth());
	}

	/** What makes the day exceptional, if anything. */
	public Optional<CalendarDayKind> exceptionOn(LocalDate day) {
		return Optional.ofNullable(exceptions.get(day));
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static void requirePositive(int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a time limit is at least one day, not " + days);
		}
	}
}
