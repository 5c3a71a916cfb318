package vn.tre.delegation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an officer types for a planned delegation. Countries are ISO 3166 alpha-2 codes; the period is a
 * quarter, or a month, which implies its quarter; the estimated cost is in whole VND.
 */
public record PlanItemDraft(@Nullable Direction direction, @Nullable String purpose, List<String> countryCodes,
		List<Long> partnerIds, @Nullable HeadLevel headLevel, @Nullable Integer quarter, @Nullable Integer month,
		@Nullable Integer size, @Nullable FundingSource fundingSource, @Nullable BigDecimal estimatedCost) {

	static final int MAX_PURPOSE = 1000;

	static final int MAX_SIZE = 200;

	static final int MAX_COUNTRIES = 20;

	static final int MAX_PARTNERS = 20;

	private static final BigDecimal MAX_COST = new BigDecimal("1000000000000000");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public PlanItemDraft {
		countryCodes = countryCodes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).distinct().toList();
		partnerIds = partnerIds.stream().distinct().toList();
		purpose = purpose == null ? null : purpose.strip();
	}

	/** The quarter the item falls in: the given one, or the month's. */
	public @Nullable Integer effectiveQuarter() {
		return month != null && month >= 1 && month <= 12 ? (month - 1) / 3 + 1 : quarter;
	}

	/** Field name to message key for everything wrong with the draft; empty when it is valid. */
	public Map<String, String> problems() {
		var problems = new LinkedHashMap<String, String>();
		if (direction == null) {
			problems.put("direction", "plan.error.direction.required");
		}
		if (purpose == null || purpose.isEmpty()) {
			problems.put("purpose", "plan.error.purpose.required");
		}
		else if (purpose.length() > MAX_PURPOSE) {
			problems.put("purpose", "plan.error.purpose.tooLong");
		}
		countryProblem().ifPresent(key -> problems.put("countryCodes", key));
		if (partnerIds.size() > MAX_PARTNERS || partnerIds.stream().anyMatch(id -> id == null || id <= 0)) {
			problems.put("partnerIds", "plan.error.partners.invalid");
		}
		if (headLevel == null) {
			problems.put("headLevel", "plan.error.headLevel.required");
		}
		periodProblem().ifPresent(entry -> problems.put(entry.getKey(), entry.getValue()));
		if (size == null) {
			problems.put("size", "plan.error.size.required");
		}
		else if (size < 1 || size > MAX_SIZE) {
			problems.put("size", "plan.error.size.range");
		}
		if (fundingSource == null) {
			problems.put("fundingSource", "plan.error.fundingSource.required");
		}
		costProblem().ifPresent(key -> problems.put("estimatedCost", key));
		return problems;
	}

	/** Refuses the draft with every problem it has. */
	void check() {
		Map<String, String> problems = problems();
		if (!problems.isEmpty()) {
			throw new InvalidPlanInput(problems);
		}
	}

	private Optional<String> countryProblem() {
		if (countryCodes.isEmpty()) {
			return Optional.of("plan.error.countries.required");
		}
		if (countryCodes.size() > MAX_COUNTRIES) {
			return Optional.of("plan.error.countries.tooMany");
		}
		if (countryCodes.contains("VN")) {
			return Optional.of("plan.error.countries.vietnam");
		}
		return countryCodes.stream().allMatch(COUNTRIES::contains) ? Optional.empty()
				: Optional.of("plan.error.countries.unknown");
	}

	private Optional<Map.Entry<String, String>> periodProblem() {
		if (month != null && (month < 1 || month > 12)) {
			return Optional.of(Map.entry("month", "plan.error.month.range"));
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			return Optional.of(Map.entry("quarter", "plan.error.quarter.range"));
		}
		if (month == null && quarter == null) {
			return Optional.of(Map.entry("quarter", "plan.error.period.required"));
		}
		if (month != null && quarter != null && !quarter.equals(effectiveQuarter())) {
			return Optional.of(Map.entry("month", "plan.error.month.outsideQuarter"));
		}
		return Optional.empty();
	}

	private Optional<String> costProblem() {
		if (estimatedCost == null) {
			return Optional.of("plan.error.cost.required");
		}
		if (estimatedCost.signum() < 0) {
			return Optional.of("plan.error.cost.negative");
		}
		if (estimatedCost.stripTrailingZeros().scale() > 0) {
			return Optional.of("plan.error.cost.whole");
		}
		return estimatedCost.compareTo(MAX_COST) >= 0 ? Optional.of("plan.error.cost.tooLarge")
				: Optional.empty();
	}
}
