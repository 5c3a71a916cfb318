package vn.tre.legal.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.legal.LegalBasisFilter;
import vn.tre.legal.LegalBasisKind;

/** The legal library's filters and sort as they stand in the URL, so that a list can be bookmarked. */
record LegalBasisQuery(@Nullable String q, @Nullable LegalBasisKind kind, @Nullable Boolean inForce, String sort) {

	static final String DEFAULT_SORT = "-issued";

	private static final Map<String, Sort> SORTS = Map.of(
			"number", Sort.by(Sort.Order.asc("number")),
			"-number", Sort.by(Sort.Order.desc("number")),
			"kind", Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("number")),
			"-kind", Sort.by(Sort.Order.desc("kind"), Sort.Order.asc("number")),
			"issued", Sort.by(Sort.Order.asc("issuedOn").nullsLast(), Sort.Order.asc("number")),
			"-issued", Sort.by(Sort.Order.desc("issuedOn").nullsLast(), Sort.Order.asc("number")),
			"inForce", Sort.by(Sort.Order.asc("inForceFrom").nullsLast(), Sort.Order.asc("number")),
			"-inForce", Sort.by(Sort.Order.desc("inForceFrom").nullsLast(), Sort.Order.asc("number")));

	LegalBasisQuery {
		sort = SORTS.containsKey(sort) ? sort : DEFAULT_SORT;
		q = q == null || q.isBlank() ? null : q.strip();
	}

	LegalBasisFilter filter() {
		return new LegalBasisFilter(q, kind, inForce);
	}

	Sort toSort() {
		return SORTS.get(sort);
	}

	/** The list's URL with these filters and sort, without a page. */
	public String url() {
		return withSortUrl(sort);
	}

	/** The URL of the Excel sheet of exactly this list. */
	public String exportUrl() {
		return url().replaceFirst("^/legal-bases", "/legal-bases/export.xlsx");
	}

	/** The URL that sorts by the column, ascending first, then descending when already ascending. */
	public String sortUrl(String column) {
		return withSortUrl(column.equals(sort) ? "-" + column : column);
	}

	/** "ascending", "descending" or "none", for aria-sort. */
	public String ariaSort(String column) {
		return column.equals(sort) ? "ascending" : ("-" + column).equals(sort) ? "descending" : "none";
	}

	private String withSortUrl(String newSort) {
		var builder = UriComponentsBuilder.fromPath("/legal-bases");
		var values = new java.util.HashMap<String, Object>();
		if (q != null) {
			builder.queryParam("q", "{q}");
			values.put("q", q);
		}
		if (kind != null) {
			builder.queryParam("kind", kind);
		}
		if (inForce != null) {
			builder.queryParam("inForce", inForce);
		}
		return builder.queryParam("sort", newSort).encode().buildAndExpand(values).toUriString();
	}
}
