package vn.tre.delegation;

import java.math.BigDecimal;
import java.util.List;

/** Object mother of plan items: a valid outgoing delegation, and variations of it. */
final class PlanItems {

	private PlanItems() {
	}

	static PlanItemDraft outgoing(String purpose) {
		return new PlanItemDraft(Direction.OUTGOING, purpose, List.of("JP"), List.of(), HeadLevel.PROVINCE_LEADER, 2, null,
				6, FundingSource.STATE_BUDGET, new BigDecimal("450000000"));
	}

	static PlanItemDraft incoming(String purpose) {
		return new PlanItemDraft(Direction.INCOMING, purpose, List.of("LA"), List.of(), HeadLevel.FOREIGN_SENIOR, null, 9,
				12, FundingSource.PARTNER, new BigDecimal("80000000"));
	}
}
