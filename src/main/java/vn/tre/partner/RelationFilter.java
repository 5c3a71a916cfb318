package vn.tre.partner;

import org.jspecify.annotations.Nullable;

/** What a relation list is filtered by: partner name, partner, unit, type, the partner's country and status. */
public record RelationFilter(String q, @Nullable Long partnerId, @Nullable Long unitId, @Nullable RelationType type,
		@Nullable String country, @Nullable RelationStatus status) {

	public RelationFilter {
		q = q == null ? "" : q;
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/** The relations of one partner. */
	public static RelationFilter ofPartner(long partnerId) {
		return new RelationFilter("", partnerId, null, null, null, null);
	}
}
