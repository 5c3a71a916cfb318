package vn.tre.delegation;

import java.math.BigDecimal;

/** The items of one plan's current revision going one way: how many, how many people, what estimated cost. */
record PlanTotalsRow(long planId, Direction direction, long count, long people, BigDecimal cost) {

	PlanTotals totals() {
		return new PlanTotals((int) count, (int) people, cost);
	}
}
