package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the agreement list is narrowed to; every part is optional. Dates bound the signing date. */
public record AgreementFilter(@Nullable String q, @Nullable AgreementStatus status, @Nullable AgreementKind kind,
		@Nullable String country, @Nullable Long partnerId, @Nullable CooperationField field, @Nullable Long unitId,
		@Nullable WarningKind warning, @Nullable LocalDate signedFrom, @Nullable LocalDate signedTo) {

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null, null, null, null, null, null, null, null);
	}
}
