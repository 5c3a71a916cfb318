package vn.tre.legal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an administrator types to add or change an exceptional day of the calendar. */
public record CalendarDayDraft(LocalDate day, CalendarDayKind kind, String nameVi, String nameEn,
		@Nullable Long legalBasisId) {
}
