package vn.tre.agreement;

import org.jspecify.annotations.Nullable;

/** Whom an opinion is asked from: a unit in Tre (it answers here) or a body outside Tre, by name. */
public record ConsultedBody(@Nullable Long unitId, @Nullable String name) {

	public static ConsultedBody unit(long unitId) {
		return new ConsultedBody(unitId, null);
	}

	public static ConsultedBody outside(String name) {
		return new ConsultedBody(null, name);
	}
}
