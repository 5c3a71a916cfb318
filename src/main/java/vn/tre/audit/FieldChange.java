package vn.tre.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of a change: its value before and after (null when absent). A hidden field (a password hash, a
 * file's bytes) is recorded as changed without either value.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after, ValueType type, boolean hidden) {

	static FieldChange hidden(String field) {
		return new FieldChange(field, null, null, ValueType.TEXT, true);
	}

	/** This field with a later "after" value, keeping the first "before". */
	FieldChange then(FieldChange later) {
		return new FieldChange(field, before, later.after, later.type, hidden || later.hidden);
	}
}
