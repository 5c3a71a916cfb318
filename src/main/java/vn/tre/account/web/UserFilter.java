package vn.tre.account.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.shared.Role;

/**
 * The filters, search and sort order of the user list, as they stand in its URL: a filtered list can be
 * bookmarked, paged and exported exactly as shown.
 */
record UserFilter(@Nullable String q, @Nullable Long unitId, @Nullable Role role, @Nullable String sort,
		@Nullable String dir, @Nullable String unitQuery) {

	private static final Set<String> COLUMNS = Set.of("username", "name", "unit", "lastLogin");

	UserFilter {
		q = q == null || q.isBlank() ? null : q.strip();
		sort = sort != null && COLUMNS.contains(sort) ? sort : "username";
		dir = "desc".equals(dir) ? "desc" : "asc";
		unitQuery = unitQuery == null || unitQuery.isBlank() ? null : unitQuery.strip();
	}

	/** The sort order for the query; "unit" groups users by their unit, "lastLogin" puts those who never logged in last. */
	Sort toSort() {
		Sort.Direction direction = "desc".equals(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
		Sort.Order first = switch (sort == null ? "username" : sort) {
			case "name" -> new Sort.Order(direction, "displayName");
			case "unit" -> new Sort.Order(direction, "unitId");
			case "lastLogin" -> new Sort.Order(direction, "lastLoginAt").nullsLast();
			default -> new Sort.Order(direction, "username");
		};
		return Sort.by(first, Sort.Order.asc("username"));
	}

	public boolean filtered() {
		return q != null || unitId != null || role != null;
	}

	/** The list's URL with these filters, without the page. */
	public String url() {
		return builder("/admin/users").queryParam("sort", sort).queryParam("dir", dir).encode().toUriString();
	}

	/** The URL that sorts by the column, flipping the direction when it is the current one. */
	public String sortUrl(String column) {
		String next = column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
		return builder("/admin/users").queryParam("sort", column).queryParam("dir", next).encode().toUriString();
	}

	/** The value of {@code aria-sort} for a column header. */
	public String ariaSort(String column) {
		if (!column.equals(sort)) {
			return "none";
		}
		return "asc".equals(dir) ? "ascending" : "descending";
	}

	public String exportUrl() {
		return builder("/admin/users/export").queryParam("sort", sort).queryParam("dir", dir).encode().toUriString();
	}

	private UriComponentsBuilder builder(String path) {
		var builder = UriComponentsBuilder.fromPath(path);
		if (q != null) {
			builder.queryParam("q", q);
		}
		if (unitId != null) {
			builder.queryParam("unitId", unitId);
		}
		if (role != null) {
			builder.queryParam("role", role.name());
		}
		return builder;
	}
}
