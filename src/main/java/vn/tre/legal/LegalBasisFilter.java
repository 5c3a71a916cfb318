package vn.tre.legal;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the legal library: free text on number and titles (with or without diacritics), kind,
 * and whether the instrument is in force today (null for either).
 */
public record LegalBasisFilter(@Nullable String q, @Nullable LegalBasisKind kind, @Nullable Boolean inForce) {

	public static LegalBasisFilter none() {
		return new LegalBasisFilter(null, null, null);
	}
}
