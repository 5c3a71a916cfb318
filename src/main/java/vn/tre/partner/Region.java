package vn.tre.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A region of the world as reports group countries (ASEAN, Northeast Asia, Europe…): reference data. */
@Entity
@Table(schema = "partner", name = "region")
public class Region {

	@Id
	private String code;

	private String nameVi;

	private String nameEn;

	private String nameFr;

	private int sortOrder;

	@Version
	private long version;

	protected Region() {
	}

	void rename(String nameVi, String nameEn, String nameFr) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
	}

	/** The name in the page's language. */
	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "en" -> nameEn;
			case "fr" -> nameFr;
			default -> nameVi;
		};
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

	public String getNameFr() {
		return nameFr;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}
}
