package vn.tre.delegation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A warning, never a block: another delegation of the same unit overlaps in dates and shares a member, or
 * another unit's delegation goes to the same partner at the same time.
 */
public record Clash(Kind kind, long otherDelegationId, long otherUnitId, String otherTitle, LocalDate from,
		LocalDate to, @Nullable String sharedMember, @Nullable Long sharedPartnerId) {

	/** The two kinds of clash. */
	public enum Kind {
		/** Same unit, overlapping dates, a member on both. */
		SHARED_MEMBER,
		/** Another unit, overlapping dates, the same partner. */
		SAME_PARTNER
	}
}
