package vn.tre.agreement.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.agreement.AgreementFilter;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementStatus;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.WarningKind;
import vn.tre.platform.web.DateFormats;

/** The list's filters as they sit in the URL, so that a filtered list can be bookmarked and shared. */
public class AgreementListFilter {

	private static final Set<String> SORTABLE = Set.of("createdAt", "signedOn", "titleVi", "status", "kind");

	private String q = "";

	private @Nullable AgreementStatus status;

	private @Nullable AgreementKind kind;

	private String country = "";

	private @Nullable Long partnerId;

	private @Nullable CooperationField field;

	private @Nullable Long unitId;

	private @Nullable WarningKind warning;

	private @Nullable LocalDate signedFrom;

	private @Nullable LocalDate signedTo;

	AgreementFilter toFilter() {
		return new AgreementFilter(q.isBlank() ? null : q, status, kind,
				country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT), partnerId, field, unitId, warning,
				signedFrom, signedTo);
	}

	static Sort sort(String property, String direction) {
		String column = SORTABLE.contains(property) ? property : "createdAt";
		Sort sort = Sort.by(column);
		return ("asc".equals(direction) ? sort.ascending() : sort.descending()).and(Sort.by("id").descending());
	}

	/** Whether a filter of the "more filters" part is set, so that the part opens. */
	public boolean moreSet() {
		return partnerId != null || field != null || warning != null || signedFrom != null || signedTo != null;
	}

	/** The path with the filters (and the sort, when given) as query parameters. */
	public String url(String path, @Nullable String sort, @Nullable String dir) {
		var builder = UriComponentsBuilder.fromPath(path);
		add(builder, "q", q.isBlank() ? null : q);
		add(builder, "status", status);
		add(builder, "kind", kind);
		add(builder, "country", country.isBlank() ? null : country);
		add(builder, "partnerId", partnerId);
		add(builder, "field", field);
		add(builder, "unitId", unitId);
		add(builder, "warning", warning);
		add(builder, "signedFrom", signedFrom == null ? null : DateFormats.DATE.format(signedFrom));
		add(builder, "signedTo", signedTo == null ? null : DateFormats.DATE.format(signedTo));
		add(builder, "sort", sort);
		add(builder, "dir", dir);
		return builder.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder builder, String name, @Nullable Object value) {
		if (value != null) {
			builder.queryParam(name, value.toString());
		}
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public @Nullable AgreementStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable AgreementStatus status) {
		this.status = status;
	}

	public @Nullable AgreementKind getKind() {
		return kind;
	}

	public void setKind(@Nullable AgreementKind kind) {
		this.kind = kind;
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

	public @Nullable CooperationField getField() {
		return field;
	}

	public void setField(@Nullable CooperationField field) {
		this.field = field;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable WarningKind getWarning() {
		return warning;
	}

	public void setWarning(@Nullable WarningKind warning) {
		this.warning = warning;
	}

	public @Nullable LocalDate getSignedFrom() {
		return signedFrom;
	}

	public void setSignedFrom(@Nullable LocalDate signedFrom) {
		this.signedFrom = signedFrom;
	}

	public @Nullable LocalDate getSignedTo() {
		return signedTo;
	}

	public void setSignedTo(@Nullable LocalDate signedTo) {
		this.signedTo = signedTo;
	}
}
