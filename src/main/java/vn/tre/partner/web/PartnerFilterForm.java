package vn.tre.partner.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.partner.PartnerFilter;
import vn.tre.partner.PartnerKind;
import vn.tre.partner.RelationStatus;

/** The filters of the partner list as they appear in its URL. */
class PartnerFilterForm {

	private String q = "";

	private @Nullable PartnerKind kind;

	private @Nullable String country;

	private @Nullable String region;

	private @Nullable Long unitId;

	private @Nullable RelationStatus status;

	PartnerFilter filter() {
		return new PartnerFilter(q, kind, country, region, unitId, status);
	}

	/** The filters as a query string, for pagination and export links. */
	String query() {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q.isBlank() ? null : q))
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
			.queryParamIfPresent("country", java.util.Optional.ofNullable(country == null || country.isBlank() ? null : country))
			.queryParamIfPresent("region", java.util.Optional.ofNullable(region == null || region.isBlank() ? null : region))
			.queryParamIfPresent("unitId", java.util.Optional.ofNullable(unitId))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
			.encode().build().toUriString();
	}

	public String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q == null ? "" : q;
	}

	public @Nullable PartnerKind getKind() {
		return kind;
	}

	public void setKind(@Nullable PartnerKind kind) {
		this.kind = kind;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable RelationStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable RelationStatus status) {
		this.status = status;
	}
}
