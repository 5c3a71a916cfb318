package vn.tre.delegation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A planned delegation as other modules see it: its stable ref, the plan and unit it belongs to, and what
 * was planned. {@code month} is null when only the quarter was planned; the cost is in VND.
 */
public record PlanItemView(UUID ref, long planId, long unitId, int year, Direction direction, String purpose,
		List<String> countryCodes, List<Long> partnerIds, HeadLevel headLevel, int quarter, @Nullable Integer month,
		int size, FundingSource fundingSource, BigDecimal estimatedCost) {

	public PlanItemView {
		countryCodes = List.copyOf(countryCodes);
		partnerIds = List.copyOf(partnerIds);
	}

	static PlanItemView of(DelegationPlan plan, PlanItem item) {
		return new PlanItemView(item.getRef(), plan.getId(), plan.getUnitId(), plan.getYear(), item.getDirection(),
				item.getPurpose(), item.getCountryCodes(), item.getPartnerIds(), item.getHeadLevel(), item.getQuarter(),
				item.getMonth(), item.getSize(), item.getFundingSource(), item.getEstimatedCost());
	}
}
