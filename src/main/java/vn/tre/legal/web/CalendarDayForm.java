package vn.tre.legal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.tre.legal.CalendarDay;
import vn.tre.legal.CalendarDayDraft;
import vn.tre.legal.CalendarDayKind;

/** The form of an exceptional day of the calendar. */
class CalendarDayForm {

	@NotNull(message = "{calendar.error.day.required}")
	private @Nullable LocalDate day;

	@NotNull(message = "{calendar.error.kind.required}")
	private @Nullable CalendarDayKind kind;

	@NotBlank(message = "{calendar.error.nameVi.required}")
	@Size(max = 255, message = "{legal.error.tooLong}")
	private @Nullable String nameVi;

	@NotBlank(message = "{calendar.error.nameEn.required}")
	@Size(max = 255, message = "{legal.error.tooLong}")
	private @Nullable String nameEn;

	private @Nullable Long legalBasisId;

	private long version;

	static CalendarDayForm from(CalendarDay day) {
		var form = new CalendarDayForm();
		form.day = day.getDay();
		form.kind = day.getKind();
		form.nameVi = day.getNameVi();
		form.nameEn = day.getNameEn();
		form.legalBasisId = day.getLegalBasisId();
		form.version = day.getVersion();
		return form;
	}

	/** Rejects what can be told without the database, so that it shows together with the other errors. */
	void checkKindFitsDay(BindingResult errors) {
		if (day != null && kind != null && !kind.fits(day) && !errors.hasFieldErrors("kind")) {
			errors.rejectValue("kind", kind.misfitMessage());
		}
	}

	/** The draft of a valid form. */
	CalendarDayDraft toDraft() {
		return new CalendarDayDraft(Objects.requireNonNull(day), Objects.requireNonNull(kind),
				Objects.requireNonNull(nameVi).strip(), Objects.requireNonNull(nameEn).strip(), legalBasisId);
	}

	public @Nullable LocalDate getDay() {
		return day;
	}

	public void setDay(@Nullable LocalDate day) {
		this.day = day;
	}

	public @Nullable CalendarDayKind getKind() {
		return kind;
	}

	public void setKind(@Nullable CalendarDayKind kind) {
		this.kind = kind;
	}

	public @Nullable String getNameVi() {
		return nameVi;
	}

	public void setNameVi(@Nullable String nameVi) {
		this.nameVi = nameVi;
	}

	public @Nullable String getNameEn() {
		return nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = nameEn;
	}

	public @Nullable Long getLegalBasisId() {
		return legalBasisId;
	}

	public void setLegalBasisId(@Nullable Long legalBasisId) {
		this.legalBasisId = legalBasisId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
