package vn.tre.legal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an administrator types to create or change a legal basis. */
public record LegalBasisDraft(String number, LegalBasisKind kind, String issuer, String titleVi, String titleEn,
		@Nullable LocalDate issuedOn, @Nullable LocalDate inForceFrom, @Nullable Long supersededById,
		@Nullable String sourceUrl, @Nullable String note) {
}
