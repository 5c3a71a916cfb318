package vn.tre.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory of ISO 3166-1 with its names, its region and the framework of Vietnam's relations
 * with it: reference data that ministry administrators keep.
 */
@Entity
@Table(schema = "partner", name = "country")
public class Country {

	@Id
	private String code;

	private @Nullable String numericCode;

	private String nameVi;

	private String nameEn;

	private String nameFr;

	private @Nullable String regionCode;

	@Enumerated(EnumType.STRING)
	private @Nullable PartnershipLevel partnership;

	private @Nullable Integer partnershipSince;

	@Version
	private long version;

	protected Country() {
	}

	void change(String nameVi, String nameEn, String nameFr, @Nullable String regionCode,
			@Nullable PartnershipLevel partnership, @Nullable Integer partnershipSince) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.regionCode = regionCode;
		this.partnership = partnership;
		this.partnershipSince = partnership == null ? null : partnershipSince;
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

	public @Nullable String getNumericCode() {
		return numericCode;
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

	public @Nullable String getRegionCode() {
		return regionCode;
	}

	public @Nullable PartnershipLevel getPartnership() {
		return partnership;
	}

	public @Nullable Integer getPartnershipSince() {
		return partnershipSince;
	}

	public long getVersion() {
		return version;
	}
}
