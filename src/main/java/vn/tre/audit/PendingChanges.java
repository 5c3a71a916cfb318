package vn.tre.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The changes of one transaction, merged per record until it commits: several flushes of the same record, and
 * the changes of its collections (a user's roles), become one entry with each field's first "before" and last
 * "after". Fields that end where they began are dropped, and so is an update left with no field.
 */
final class PendingChanges {

	private final Map<RecordKey, Pending> records = new LinkedHashMap<>();

	/** A record: its entity type (simple class name) and id. */
	record RecordKey(String entityType, String entityId) {
	}

	/** A record's change as it will be written. */
	record Entry(RecordKey record, ChangeAction action, List<FieldChange> changes) {
	}

	void created(RecordKey record, List<FieldChange> fields) {
		Pending pending = pending(record);
		pending.action = ChangeAction.CREATED;
		fields.forEach(pending::merge);
	}

	void updated(RecordKey record, List<FieldChange> fields) {
		Pending pending = pending(record);
		if (pending.action == null) {
			pending.action = ChangeAction.UPDATED;
		}
		fields.forEach(pending::merge);
	}

	void deleted(RecordKey record, List<FieldChange> fields) {
		Pending pending = pending(record);
		pending.action = ChangeAction.DELETED;
		for (FieldChange field : fields) {
			FieldChange earlier = pending.fields.get(field.field());
			pending.fields.put(field.field(), earlier == null ? field
					: new FieldChange(field.field(), earlier.before(), null, field.type(), field.hidden()));
		}
	}

	/** A collection's elements before the transaction changed it; only the first value counts. */
	void collectionBefore(RecordKey record, String field, @Nullable String elements, boolean hidden) {
		pending(record).collections.computeIfAbsent(field, f -> new CollectionChange(elements, hidden));
	}

	/** A collection's elements after a change; the last value counts. */
	void collectionAfter(RecordKey record, String field, @Nullable String elements, boolean hidden) {
		pending(record).collections.computeIfAbsent(field, f -> new CollectionChange(null, hidden)).after = elements;
	}

	boolean isEmpty() {
		return records.isEmpty();
	}

	/** The entries to write, in the order the records were first touched. */
	List<Entry> entries() {
		var entries = new ArrayList<Entry>();
		records.forEach((record, pending) -> {
			ChangeAction action = pending.action == null ? ChangeAction.UPDATED : pending.action;
			List<FieldChange> changes = pending.changes(action);
			if (action != ChangeAction.UPDATED || !changes.isEmpty()) {
				entries.add(new Entry(record, action, changes));
			}
		});
		return entries;
	}

	private Pending pending(RecordKey record) {
		return records.computeIfAbsent(record, r -> new Pending());
	}

	private static final class Pending {

		private @Nullable ChangeAction action;

		private final Map<String, FieldChange> fields = new LinkedHashMap<>();

		private final Map<String, CollectionChange> collections = new LinkedHashMap<>();

		void merge(FieldChange field) {
			fields.merge(field.field(), field, FieldChange::then);
		}

		List<FieldChange> changes(ChangeAction action) {
			var changes = new ArrayList<FieldChange>();
			fields.values().stream().filter(PendingChanges::changed).forEach(changes::add);
			collections.forEach((field, collection) -> {
				FieldChange change = collection.toFieldChange(field, action);
				if (changed(change)) {
					changes.add(change);
				}
			});
			return changes;
		}
	}

	private static final class CollectionChange {

		private final @Nullable String before;

		private @Nullable String after;

		private final boolean hidden;

		CollectionChange(@Nullable String before, boolean hidden) {
			this.before = before;
			this.after = before;
			this.hidden = hidden;
		}

		FieldChange toFieldChange(String field, ChangeAction action) {
			@Nullable String last = action == ChangeAction.DELETED ? null : after;
			if (hidden) {
				return Objects.equals(before, last) ? new FieldChange(field, null, null, ValueType.TEXT, false)
						: FieldChange.hidden(field);
			}
			return new FieldChange(field, action == ChangeAction.CREATED ? null : before, last, ValueType.TEXT, false);
		}
	}

	private static boolean changed(FieldChange field) {
		return field.hidden() || !Objects.equals(field.before(), field.after());
	}
}
