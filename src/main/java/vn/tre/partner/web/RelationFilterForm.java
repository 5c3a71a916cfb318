package vn.tre.partner.web;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.partner.RelationFilter;
import vn.tre.partner.RelationStatus;
import vn.tre.partner.RelationType;

/** The filters of the relation list as they appear in its URL. */
class RelationFilterForm {

	private String q = "";

	private @Nullable Long unitId;

	private @Nullable RelationType type;

	private @Nullable String country;

	private @Nullable RelationStatus status;

	RelationFilter filter() {
		return new RelationFilter(q, null, unitId, type, country, status);
	}

	String query() {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", Optional.ofNullable(q.isBlank() ? null : q))
			.queryParamIfPresent("unitId", Optional.ofNullable(unitId))
			.queryParamIfPresent("type", Optional.ofNullable(type))
			.queryParamIfPresent("country", Optional.ofNullable(country == null || country.isBlank() ? null : country))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.encode().build().toUriString();
	}

	public String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q == null ? "" : q;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable RelationType getType() {
		return type;
	}

	public void setType(@Nullable RelationType type) {
		this.type = type;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable RelationStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable RelationStatus status) {
		this.status = status;
	}
}
