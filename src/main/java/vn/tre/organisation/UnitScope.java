package vn.tre.organisation;

import java.util.List;
import java.util.Set;

/**
 * The units whose records a user may read: either every unit (ministry users) or an explicit set,
 * computed once from the tree. List queries filter with {@link #all()} and {@link #idList()} in SQL.
 */
public record UnitScope(boolean all, Set<Long> ids) {

	public UnitScope {
		ids = Set.copyOf(ids);
	}

	public static UnitScope everything() {
		return new UnitScope(true, Set.of());
	}

	public static UnitScope of(Set<Long> ids) {
		return new UnitScope(false, ids);
	}

	public boolean contains(long unitId) {
		return all || ids.contains(unitId);
	}

	/** The ids as a never-empty list, safe for an SQL {@code in (...)} (-1 matches no unit). */
	public List<Long> idList() {
		return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
	}
}
