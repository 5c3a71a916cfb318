package vn.tre.partner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tre.partner.LocalityLevel;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDraft;
import vn.tre.partner.PartnerKind;

/** The partner form as typed; what was typed stays in it when it is refused. */
class PartnerForm {

	@NotNull(message = "{partner.form.kind.required}")
	private @Nullable PartnerKind kind;

	private @Nullable LocalityLevel localityLevel;

	@Size(max = 255, message = "{partner.form.name.size}")
	private String nameOriginal = "";

	@NotBlank(message = "{partner.form.nameEn.required}")
	@Size(max = 255, message = "{partner.form.name.size}")
	private String nameEn = "";

	@Size(max = 255, message = "{partner.form.name.size}")
	private String nameVi = "";

	private String countryCode = "";

	private @Nullable Long parentId;

	private String parentName = "";

	@Size(max = 500, message = "{partner.form.website.size}")
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{partner.form.website.pattern}")
	private String website = "";

	@Size(max = 4000, message = "{partner.form.text.size}")
	private String contacts = "";

	@Size(max = 4000, message = "{partner.form.text.size}")
	private String notes = "";

	@Size(max = 2000, message = "{partner.form.text.size}")
	private String aliases = "";

	@Size(max = 500, message = "{partner.form.text.size}")
	private String tags = "";

	private boolean insist;

	@Size(max = 500, message = "{partner.form.text.size}")
	private String duplicateReason = "";

	private long version;

	static PartnerForm from(Partner partner, String parentName) {
		var form = new PartnerForm();
		form.kind = partner.getKind();
		form.localityLevel = partner.getLocalityLevel();
		form.nameOriginal = orEmpty(partner.getNameOriginal());
		form.nameEn = partner.getNameEn();
		form.nameVi = orEmpty(partner.getNameVi());
		form.countryCode = orEmpty(partner.getCountryCode());
		form.parentId = partner.getParentId();
		form.parentName = parentName;
		form.website = orEmpty(partner.getWebsite());
		form.contacts = orEmpty(partner.getContacts());
		form.notes = orEmpty(partner.getNotes());
		form.aliases = String.join("\n", partner.sortedAliases());
		form.tags = String.join(", ", partner.sortedTags());
		form.version = partner.getVersion();
		return form;
	}

	PartnerDraft draft() {
		return new PartnerDraft(kind, localityLevel, nameOriginal, nameEn, nameVi,
				countryCode.isBlank() ? null : countryCode, parentId, website, contacts, notes, split(aliases, "[\\n;]"),
				split(tags, "[,;\\n]"));
	}

	private static List<String> split(String text, String separators) {
		return Arrays.stream(text.split(separators)).map(String::strip).filter(part -> !part.isEmpty()).distinct().toList();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public @Nullable PartnerKind getKind() {
		return kind;
	}

	public void setKind(@Nullable PartnerKind kind) {
		this.kind = kind;
	}

	public @Nullable LocalityLevel getLocalityLevel() {
		return localityLevel;
	}

	public void setLocalityLevel(@Nullable LocalityLevel localityLevel) {
		this.localityLevel = localityLevel;
	}

	public String getNameOriginal() {
		return nameOriginal;
	}

	public void setNameOriginal(String nameOriginal) {
		this.nameOriginal = nameOriginal;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	public String getParentName() {
		return parentName;
	}

	public void setParentName(String parentName) {
		this.parentName = parentName;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getContacts() {
		return contacts;
	}

	public void setContacts(String contacts) {
		this.contacts = contacts;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getAliases() {
		return aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public boolean isInsist() {
		return insist;
	}

	public void setInsist(boolean insist) {
		this.insist = insist;
	}

	public String getDuplicateReason() {
		return duplicateReason;
	}

	public void setDuplicateReason(String duplicateReason) {
		this.duplicateReason = duplicateReason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
