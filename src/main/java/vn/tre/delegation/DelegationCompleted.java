package vn.tre.delegation;

import java.time.LocalDate;
import java.util.Set;

/** A delegation came back (or a visit ended): its report is now due. */
public record DelegationCompleted(long delegationId, long unitId, Direction direction, String title,
		Set<Long> partnerIds, Set<String> countries, LocalDate returnDate) {
}
