package vn.tre.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One change to one record: when, by whom ("system" when no one was logged in), what happened and the
 * fields before and after.
 */
public record ChangeEntry(long id, Instant at, @Nullable Long userId, String username, String entityType, String entityId,
		ChangeAction action, List<FieldChange> changes) {

	public ChangeEntry {
		changes = List.copyOf(changes);
	}
}
