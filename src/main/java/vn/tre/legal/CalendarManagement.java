package vn.tre.legal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** The working calendar's façade: a year's exceptional days for everyone; administrators keep them. */
@Service
@Transactional(readOnly = true)
public class CalendarManagement {

	private final CalendarDays days;

	private final LegalTexts texts;

	private final AccessPolicy access;

	CalendarManagement(CalendarDays days, LegalTexts texts, AccessPolicy access) {
		this.days = days;
		this.texts = texts;
		this.access = access;
	}

	/** The year's exceptional days by month, with the working days of each month. */
	public YearCalendar year(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<CalendarDay> stored = days.findByDayBetweenOrderByDay(first, last);
		WorkingCalendar calendar = WorkingCalendar.of(stored, first, last);
		List<YearCalendar.Month> months = IntStream.rangeClosed(1, 12)
			.mapToObj(month -> YearMonth.of(year, month))
			.map(month -> new YearCalendar.Month(month, calendar.workingDaysIn(month),
					stored.stream().filter(day -> YearMonth.from(day.getDay()).equals(month)).toList()))
			.toList();
		return new YearCalendar(year, months.stream().mapToInt(YearCalendar.Month::workingDays).sum(), months);
	}

	/** An exceptional day, or 404. */
	public CalendarDay get(long id) {
		return days.findById(id).orElseThrow(() -> new NotFound("calendar day"));
	}

	/** The exceptional days that cite a legal basis. */
	public List<CalendarDay> daysCiting(long legalBasisId) {
		return days.findByLegalBasisIdOrderByDay(legalBasisId);
	}

	/** Records an exceptional day; ministry administrators only. */
	@Transactional
	public CalendarDay add(Actor actor, CalendarDayDraft draft) {
		access.checkAdministers(actor);
		check(null, draft);
		return days.saveAndFlush(new CalendarDay(draft));
	}

	/** Changes an exceptional day last read at {@code version}; ministry administrators only. */
	@Transactional
	public CalendarDay update(Actor actor, long id, long version, CalendarDayDraft draft) {
		access.checkAdministers(actor);
		CalendarDay day = get(id);
		if (day.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CalendarDay.class, id);
		}
		check(id, draft);
		day.apply(draft);
		return days.saveAndFlush(day);
	}

	/** Removes an exceptional day, so that it is an ordinary day again; ministry administrators only. */
	@Transactional
	public void delete(Actor actor, long id) {
		access.checkAdministers(actor);
		days.delete(get(id));
	}

	private void check(@Nullable Long id, CalendarDayDraft draft) {
		Map<String, String> errors = new HashMap<>();
		days.findByDay(draft.day()).filter(other -> !other.getId().equals(id))
			.ifPresent(other -> errors.put("day", "calendar.error.dayTaken"));
		if (!draft.kind().fits(draft.day())) {
			errors.put("kind", draft.kind().misfitMessage());
		}
		if (draft.legalBasisId() != null && !texts.existsById(draft.legalBasisId())) {
			errors.put("legalBasisId", "legal.error.unknownBasis");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}
}
