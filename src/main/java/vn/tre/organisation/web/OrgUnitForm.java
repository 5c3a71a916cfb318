package vn.tre.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitDraft;
import vn.tre.organisation.OrgUnitType;

/** The org-unit form as typed; what was typed stays in it when it is refused. */
class OrgUnitForm {

	@NotNull(message = "{orgunit.form.type.required}")
	private @Nullable OrgUnitType type;

	@NotBlank(message = "{orgunit.form.code.required}")
	@Size(max = 30, message = "{orgunit.form.code.size}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{orgunit.form.code.pattern}")
	private String code = "";

	@NotBlank(message = "{orgunit.form.nameVi.required}")
	@Size(max = 255, message = "{orgunit.form.name.size}")
	private String nameVi = "";

	@NotBlank(message = "{orgunit.form.nameEn.required}")
	@Size(max = 255, message = "{orgunit.form.name.size}")
	private String nameEn = "";

	private @Nullable Long parentId;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private boolean centralCity;

	private long version;

	static OrgUnitForm from(OrgUnit unit) {
		var form = new OrgUnitForm();
		form.type = unit.getType();
		form.code = unit.getCode();
		form.nameVi = unit.getNameVi();
		form.nameEn = unit.getNameEn();
		form.parentId = unit.getParentId();
		form.validFrom = unit.getValidFrom();
		form.validTo = unit.getValidTo();
		form.centralCity = unit.isCentralCity();
		form.version = unit.getVersion();
		return form;
	}

	OrgUnitDraft draft() {
		return new OrgUnitDraft(type, code, nameVi, nameEn, parentId, validFrom, validTo, centralCity);
	}

	boolean validityReversed() {
		return validFrom != null && validTo != null && validTo.isBefore(validFrom);
	}

	public @Nullable OrgUnitType getType() {
		return type;
	}

	public void setType(@Nullable OrgUnitType type) {
		this.type = type;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	public @Nullable LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(@Nullable LocalDate validTo) {
		this.validTo = validTo;
	}

	public boolean isCentralCity() {
		return centralCity;
	}

	public void setCentralCity(boolean centralCity) {
		this.centralCity = centralCity;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
