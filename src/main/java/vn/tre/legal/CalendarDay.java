package vn.tre.legal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.TextFolding;

/** An exceptional day of the working calendar: a holiday, a swapped day off or a worked Saturday. */
@Entity
@Table(schema = "legal", name = "calendar_day")
public class CalendarDay {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private CalendarDayKind kind;

	private String nameVi;

	private String nameEn;

	private @Nullable Long legalBasisId;

	@Version
	private long version;

	protected CalendarDay() {
	}

	CalendarDay(CalendarDayDraft draft) {
		apply(draft);
	}

	void apply(CalendarDayDraft draft) {
		this.day = draft.day();
		this.kind = draft.kind();
		this.nameVi = TextFolding.nfc(draft.nameVi().strip());
		this.nameEn = draft.nameEn().strip();
		this.legalBasisId = draft.legalBasisId();
	}

	/** The name in the language of the page (Vietnamese unless English or French is asked for). */
	public String name(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
	}

	public Long getId() {
		return id;
	}

	public LocalDate getDay() {
		return day;
	}

	public CalendarDayKind getKind() {
		return kind;
	}

	public String getNameVi() {
		return nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public @Nullable Long getLegalBasisId() {
		return legalBasisId;
	}

	public long getVersion() {
		return version;
	}
}
