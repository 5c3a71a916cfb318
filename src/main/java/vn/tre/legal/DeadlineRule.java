package vn.tre.legal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A time limit the law sets, known to every module by its code ({@code agreement.opinion}): a length,
 * a unit and the legal basis it comes from. Inactive rules are kept but no longer applied.
 */
@Entity
@Table(schema = "legal", name = "deadline_rule")
public class DeadlineRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameVi;

	private String nameEn;

	private int length;

	@Enumerated(EnumType.STRING)
	private DeadlineUnit unit;

	private @Nullable Long legalBasisId;

	private @Nullable String note;

	private boolean active;

	@Version
	private long version;

	protected DeadlineRule() {
	}

	void change(DeadlineRuleChange change) {
		if (change.length() < 1) {
			throw new IllegalArgumentException("a time limit is at least one day");
		}
		this.length = change.length();
		this.unit = change.unit();
		this.legalBasisId = change.legalBasisId();
		this.note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
		this.active = change.active();
	}

	/** The name in the language of the page (Vietnamese unless English or French is asked for). */
	public String name(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getNameVi() {
		return nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public int getLength() {
		return length;
	}

	public DeadlineUnit getUnit() {
		return unit;
	}

	public @Nullable Long getLegalBasisId() {
		return legalBasisId;
	}

	public @Nullable String getNote() {
		return note;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}
}
