package vn.tre.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the security log is filtered by: part of a user name, a kind, and a range of days (both included). */
public record SecurityEventFilter(@Nullable String user, @Nullable SecurityEventKind kind, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static SecurityEventFilter none() {
		return new SecurityEventFilter(null, null, null, null);
	}
}
