package vn.tre.delegation.web;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import vn.tre.delegation.DelegationFilter;
import vn.tre.delegation.DelegationStatus;
import vn.tre.delegation.Direction;

/** The list's filters as they sit in the URL, so that a filtered list can be bookmarked and shared. */
public class DelegationListFilter {

	private static final Set<String> SORTABLE = Set.of("departureDate", "title", "status", "direction");

	private String q = "";

	private @Nullable Direction direction;

	private @Nullable DelegationStatus status;

	private @Nullable Integer year;

	private @Nullable Integer quarter;

	private String country = "";

	private @Nullable Long partnerId;

	private @Nullable Long unitId;

	private String plan = "";

	private boolean overdue;

	DelegationFilter toFilter() {
		Boolean inPlan = switch (plan) {
			case "in" -> Boolean.TRUE;
			case "out" -> Boolean.FALSE;
			default -> null;
		};
		return new DelegationFilter(q, direction, status, year, year == null ? null : quarter,
				country.isBlank() ? null : country.toUpperCase(Locale.ROOT), partnerId, unitId, inPlan, overdue);
	}

	static Sort sort(String property, String direction) {
		String column = SORTABLE.contains(property) ? property : "departureDate";
		Sort sort = Sort.by(column);
		return ("asc".equals(direction) ? sort.ascending() : sort.descending()).and(Sort.by("id").descending());
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public @Nullable Direction getDirection() {
		return direction;
	}

	public void setDirection(@Nullable Direction direction) {
		this.direction = direction;
	}

	public @Nullable DelegationStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable DelegationStatus status) {
		this.status = status;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable Integer getQuarter() {
		return quarter;
	}

	public void setQuarter(@Nullable Integer quarter) {
		this.quarter = quarter;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public @Nullable Long getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(@Nullable Long partnerId) {
		this.partnerId = partnerId;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public String getPlan() {
		return plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public boolean isOverdue() {
		return overdue;
	}

	public void setOverdue(boolean overdue) {
		this.overdue = overdue;
	}
}
