package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates recorded when an agreement is signed: signing, entry into force (when known), expiry or
 * indefinite, and whether it renews itself.
 */
public record SigningDates(LocalDate signedOn, @Nullable String place, @Nullable LocalDate entryIntoForceOn,
		@Nullable LocalDate expiresOn, boolean indefinite, boolean automaticRenewal) {
}
