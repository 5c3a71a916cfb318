package vn.tre.delegation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a list of delegations is filtered by; every field is optional. */
public record DelegationFilter(@Nullable String q, @Nullable Direction direction, @Nullable DelegationStatus status,
		@Nullable Integer year, @Nullable Integer quarter, @Nullable String country, @Nullable Long partnerId,
		@Nullable Long unitId, @Nullable Boolean inPlan, boolean overdueReport) {

	/** The first day of the period filtered on, if any. */
	@Nullable LocalDate from() {
		if (year == null) {
			return null;
		}
		return quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
	}

	/** The last day of the period filtered on, if any. */
	@Nullable LocalDate to() {
		if (year == null) {
			return null;
		}
		return quarter == null ? LocalDate.of(year, 12, 31) : LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
	}
}
