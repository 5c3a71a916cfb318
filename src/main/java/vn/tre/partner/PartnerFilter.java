package vn.tre.partner;

import org.jspecify.annotations.Nullable;

/**
 * What a partner list is filtered by: text in any name, kind, country, region, a unit that keeps a relation
 * with the partner, and the status of a relation the viewer may see. Every part is optional.
 */
public record PartnerFilter(String q, @Nullable PartnerKind kind, @Nullable String country, @Nullable String region,
		@Nullable Long unitId, @Nullable RelationStatus status) {

	public PartnerFilter {
		q = q == null ? "" : q;
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		region = region == null || region.isBlank() ? null : region;
	}

	/** No filter: every partner. */
	public static PartnerFilter none() {
		return new PartnerFilter("", null, null, null, null, null);
	}

	/** The same filter with another text. */
	public PartnerFilter withQuery(String text) {
		return new PartnerFilter(text, kind, country, region, unitId, status);
	}
}
