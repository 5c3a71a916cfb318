package vn.tre.delegation;

import java.math.BigDecimal;

/** How many delegations, people and estimated VND a set of plan items adds up to. */
public record PlanTotals(int count, int people, BigDecimal estimatedCost) {

	public static final PlanTotals NONE = new PlanTotals(0, 0, BigDecimal.ZERO);

	/** These totals with one more item. */
	public PlanTotals plus(PlanItem item) {
		return new PlanTotals(count + 1, people + item.getSize(), estimatedCost.add(item.getEstimatedCost()));
	}

	/** The sum of two totals. */
	public PlanTotals plus(PlanTotals other) {
		return new PlanTotals(count + other.count, people + other.people, estimatedCost.add(other.estimatedCost));
	}
}
