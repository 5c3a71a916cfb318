package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why a warning should be open today: the agreement (its unit, the officer who recorded it, its title), the milestone and its owner unit
 * for an overdue one, and the date the task names (a milestone's due date, the expiry date).
 */
record WarningCause(long agreementId, long unitId, long officerId, String agreementTitle, WarningKind kind,
		@Nullable Long milestoneId,
		@Nullable String milestoneTitle, @Nullable Long ownerUnitId, @Nullable LocalDate date) {

	WarningKey key() {
		return new WarningKey(agreementId, kind, milestoneId);
	}

	/** What identifies an open warning: one per agreement, kind and milestone. */
	record WarningKey(long agreementId, WarningKind kind, @Nullable Long milestoneId) {

		static WarningKey of(AgreementWarning warning) {
			return new WarningKey(warning.getAgreementId(), warning.getKind(), warning.getMilestoneId());
		}

		/** The source of the warning's task, so that it is created once and closed with the warning. */
		String taskSource() {
			return AgreementManagement.source(agreementId, "warning:" + kind + (milestoneId == null ? "" : ":" + milestoneId));
		}
	}
}
