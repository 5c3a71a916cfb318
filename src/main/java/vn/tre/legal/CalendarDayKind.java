package vn.tre.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Why a day of the working calendar is not what its day of the week says. */
public enum CalendarDayKind {
	/** A weekday off: a public holiday, a Tết day, or a day off in compensation for a holiday on a weekend. */
	PUBLIC_HOLIDAY,
	/** A weekday the government gives off in exchange for a Saturday or Sunday that is worked. */
	SUBSTITUTE_DAY_OFF,
	/** A Saturday or Sunday that is worked in exchange for a day off. */
	SUBSTITUTE_WORKING_DAY;

	/** Whether people work on a day of this kind. */
	public boolean working() {
		return this == SUBSTITUTE_WORKING_DAY;
	}

	/** Whether a day of this kind must fall on a Saturday or Sunday (a day off must fall on a weekday). */
	public boolean onWeekend() {
		return this == SUBSTITUTE_WORKING_DAY;
	}

	/** Whether the day can be of this kind: a day off on a weekday, a substitute working day on a weekend. */
	public boolean fits(LocalDate day) {
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return onWeekend() == weekend;
	}

	/** The message key that says why the day cannot be of this kind. */
	public String misfitMessage() {
		return onWeekend() ? "calendar.error.workingDayOnWeekday" : "calendar.error.dayOffOnWeekend";
	}
}
