package vn.tre.organisation;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the tree: ministry, ministry unit, province, commune or people's organisation, valid
 * for an interval and, once merged, pointing to the unit it was merged into.
 */
@Entity
@Table(schema = "organisation", name = "org_unit")
public class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OrgUnitType type;

	private String code;

	private String nameVi;

	private String nameEn;

	private boolean centralCity;

	private @Nullable Long parentId;

	@Generated(event = { EventType.INSERT, EventType.UPDATE })
	@Column(insertable = false, updatable = false)
	private String path;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Nullable Long mergedIntoId;

	@Version
	private long version;

	protected OrgUnit() {
	}

	OrgUnit(OrgUnitType type, String code, String nameVi, String nameEn, @Nullable Long parentId,
			@Nullable LocalDate validFrom) {
		this.type = type;
		this.code = code;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.parentId = parentId;
		this.validFrom = validFrom;
	}

	void rename(String nameVi, String nameEn) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

	void changeCode(String code) {
		this.code = code;
	}

	void changeValidity(@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("validTo before validFrom");
		}
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	void moveUnder(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	void mergeInto(OrgUnit successor, LocalDate lastDay) {
		if (successor.id.equals(id)) {
			throw new IllegalArgumentException("a unit cannot be merged into itself");
		}
		this.mergedIntoId = successor.id;
		this.validTo = lastDay;
	}

	void markCentralCity(boolean centralCity) {
		this.centralCity = centralCity;
	}

	/** Whether the unit is in force on the given day. */
	public boolean validOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/** The name in the language of the page (Vietnamese unless English or French is asked for). */
	public String name(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
	}

	public Long getId() {
		return id;
	}

	public OrgUnitType getType() {
		return type;
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

	public boolean isCentralCity() {
		return centralCity;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public String getPath() {
		return path;
	}

	public @Nullable LocalDate getValidFrom() {
		return validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public @Nullable Long getMergedIntoId() {
		return mergedIntoId;
	}

	public long getVersion() {
		return version;
	}

	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 1;
	}
}
