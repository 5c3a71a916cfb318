package vn.tre.delegation.web;

import org.jspecify.annotations.Nullable;

/** The year of the plan an officer creates for their unit. */
class PlanCreateForm {

	private @Nullable Integer year;

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}
}
