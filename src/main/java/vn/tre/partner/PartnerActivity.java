package vn.tre.partner;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something one of our units did with a partner: any module publishes it (a delegation, an agreement, an
 * NGO project) and the partner's timeline shows it to the users who may see that unit. The title is shown
 * as it is; the link, when present, is a path of the application (e.g. "/delegations/42").
 */
public record PartnerActivity(long partnerId, long unitId, LocalDate date, ActivityKind kind, String title,
		@Nullable String link) {
}
