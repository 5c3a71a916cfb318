package vn.tre.organisation;

import org.jspecify.annotations.Nullable;

/** What a list of org units is filtered by; every field is optional. */
public record OrgUnitFilter(@Nullable String q, @Nullable OrgUnitType type, @Nullable Long parentId, boolean currentOnly) {

	public static OrgUnitFilter none() {
		return new OrgUnitFilter(null, null, null, false);
	}
}
