package vn.tre.delegation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a unit's yearly plan with its items; {@code approvedAt} and {@code approvedBy} (a display
 * name) are set for an approved revision.
 */
public record PlanView(long planId, long unitId, int year, int revisionNumber, PlanStatus status,
		@Nullable Instant approvedAt, @Nullable String approvedBy, List<PlanItemView> items) {

	public PlanView {
		items = List.copyOf(items);
	}

	static PlanView of(DelegationPlan plan, PlanRevision revision) {
		boolean approved = revision.getStatus() == PlanStatus.APPROVED;
		return new PlanView(plan.getId(), plan.getUnitId(), plan.getYear(), revision.getNumber(), revision.getStatus(),
				approved ? revision.getDecidedAt() : null, approved ? revision.getDecidedBy() : null,
				revision.getItems().stream().map(item -> PlanItemView.of(plan, item)).toList());
	}
}
