package vn.tre.notification;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task or reminder a module asks for: addressed to a unit (anyone there may act) or to one user,
 * titled by a message key with arguments so that it reads in each user's language. A {@code source}
 * (such as {@code delegation:42:approve}) makes creation idempotent and lets the module close it later.
 */
public record NewTask(long unitId, @Nullable Long userId, TaskKind kind, String titleKey, List<String> titleArgs,
		@Nullable String link, @Nullable LocalDate dueDate, @Nullable String source) {

	public NewTask {
		titleArgs = List.copyOf(titleArgs);
	}

	public static NewTask forUnit(long unitId, String titleKey, List<String> args, String link, @Nullable LocalDate due,
			String source) {
		return new NewTask(unitId, null, TaskKind.TASK, titleKey, args, link, due, source);
	}
}
