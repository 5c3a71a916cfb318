package vn.tre.legal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.LegalBasisDraft;
import vn.tre.legal.LegalBasisKind;

/** The create and edit form of a legal basis; everything typed comes back on error. */
class LegalBasisForm {

	@NotBlank(message = "{legal.error.number.required}")
	@Size(max = 60, message = "{legal.error.tooLong}")
	private @Nullable String number;

	@NotNull(message = "{legal.error.kind.required}")
	private @Nullable LegalBasisKind kind;

	@NotBlank(message = "{legal.error.issuer.required}")
	@Size(max = 200, message = "{legal.error.tooLong}")
	private @Nullable String issuer;

	@NotBlank(message = "{legal.error.titleVi.required}")
	@Size(max = 1000, message = "{legal.error.tooLong}")
	private @Nullable String titleVi;

	@NotBlank(message = "{legal.error.titleEn.required}")
	@Size(max = 1000, message = "{legal.error.tooLong}")
	private @Nullable String titleEn;

	private @Nullable LocalDate issuedOn;

	private @Nullable LocalDate inForceFrom;

	private @Nullable Long supersededById;

	@Size(max = 1000, message = "{legal.error.tooLong}")
	@Pattern(regexp = "(https?://\\S+)?", message = "{legal.error.url}")
	private @Nullable String sourceUrl;

	@Size(max = 2000, message = "{legal.error.tooLong}")
	private @Nullable String note;

	private long version;

	static LegalBasisForm from(LegalBasis basis) {
		var form = new LegalBasisForm();
		form.number = basis.getNumber();
		form.kind = basis.getKind();
		form.issuer = basis.getIssuer();
		form.titleVi = basis.getTitleVi();
		form.titleEn = basis.getTitleEn();
		form.issuedOn = basis.getIssuedOn();
		form.inForceFrom = basis.getInForceFrom();
		form.supersededById = basis.getSupersededById();
		form.sourceUrl = basis.getSourceUrl();
		form.note = basis.getNote();
		form.version = basis.getVersion();
		return form;
	}

	/** Rejects what can be told without the database, so that it shows together with the other errors. */
	void checkDates(BindingResult errors) {
		if (issuedOn != null && inForceFrom != null && inForceFrom.isBefore(issuedOn)
				&& !errors.hasFieldErrors("inForceFrom")) {
			errors.rejectValue("inForceFrom", "legal.error.inForceBeforeIssued");
		}
	}

	/** The draft of a valid form. */
	LegalBasisDraft toDraft() {
		return new LegalBasisDraft(text(number), kind, text(issuer), text(titleVi), text(titleEn), issuedOn, inForceFrom,
				supersededById, sourceUrl == null ? null : sourceUrl.strip(), note);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	public @Nullable String getNumber() {
		return number;
	}

	public void setNumber(@Nullable String number) {
		this.number = number;
	}

	public @Nullable LegalBasisKind getKind() {
		return kind;
	}

	public void setKind(@Nullable LegalBasisKind kind) {
		this.kind = kind;
	}

	public @Nullable String getIssuer() {
		return issuer;
	}

	public void setIssuer(@Nullable String issuer) {
		this.issuer = issuer;
	}

	public @Nullable String getTitleVi() {
		return titleVi;
	}

	public void setTitleVi(@Nullable String titleVi) {
		this.titleVi = titleVi;
	}

	public @Nullable String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = titleEn;
	}

	public @Nullable LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(@Nullable LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public @Nullable LocalDate getInForceFrom() {
		return inForceFrom;
	}

	public void setInForceFrom(@Nullable LocalDate inForceFrom) {
		this.inForceFrom = inForceFrom;
	}

	public @Nullable Long getSupersededById() {
		return supersededById;
	}

	public void setSupersededById(@Nullable Long supersededById) {
		this.supersededById = supersededById;
	}

	public @Nullable String getSourceUrl() {
		return sourceUrl;
	}

	public void setSourceUrl(@Nullable String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
