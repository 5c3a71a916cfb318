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

/**
 * A legal instrument that a rule cites: its number, kind, issuer, titles, dates and, once replaced,
 * the instrument that supersedes it. Shared by nature: every user reads the legal library.
 */
@Entity
@Table(schema = "legal", name = "legal_basis")
public class LegalBasis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private LegalBasisKind kind;

	private String issuer;

	private String titleVi;

	private String titleEn;

	private @Nullable LocalDate issuedOn;

	private @Nullable LocalDate inForceFrom;

	private @Nullable Long supersededById;

	private @Nullable String sourceUrl;

	private @Nullable String note;

	@Version
	private long version;

	protected LegalBasis() {
	}

	LegalBasis(LegalBasisDraft draft) {
		apply(draft);
	}

	void apply(LegalBasisDraft draft) {
		this.number = TextFolding.nfc(draft.number().strip());
		this.kind = draft.kind();
		this.issuer = TextFolding.nfc(draft.issuer().strip());
		this.titleVi = TextFolding.nfc(draft.titleVi().strip());
		this.titleEn = draft.titleEn().strip();
		this.issuedOn = draft.issuedOn();
		this.inForceFrom = draft.inForceFrom();
		this.supersededById = draft.supersededById();
		this.sourceUrl = blankToNull(draft.sourceUrl());
		this.note = draft.note() == null ? null : blankToNull(TextFolding.nfc(draft.note()));
	}

	/** The status on a day, given the instrument that supersedes this one (null when none does). */
	public LegalBasisStatus statusOn(LocalDate day, @Nullable LegalBasis successor) {
		if (inForceFrom != null && day.isBefore(inForceFrom)) {
			return LegalBasisStatus.NOT_YET_IN_FORCE;
		}
		boolean replaced = successor != null
				&& (successor.inForceFrom == null || !day.isBefore(successor.inForceFrom));
		return replaced ? LegalBasisStatus.SUPERSEDED : LegalBasisStatus.IN_FORCE;
	}

	/** The title in the language of the page (Vietnamese unless English or French is asked for). */
	public String title(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? titleVi : titleEn;
	}

	/** Number and title, the way other modules show a legal basis. */
	public String displayName(Locale locale) {
		return number + " – " + title(locale);
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public LegalBasisKind getKind() {
		return kind;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getTitleVi() {
		return titleVi;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public @Nullable LocalDate getIssuedOn() {
		return issuedOn;
	}

	public @Nullable LocalDate getInForceFrom() {
		return inForceFrom;
	}

	public @Nullable Long getSupersededById() {
		return supersededById;
	}

	public @Nullable String getSourceUrl() {
		return sourceUrl;
	}

	public @Nullable String getNote() {
		return note;
	}

	public long getVersion() {
		return version;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
