package vn.tre.partner.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationDraft;
import vn.tre.partner.RelationStatus;
import vn.tre.partner.RelationType;

/** The relation form as typed. */
class RelationForm {

	@NotNull(message = "{relation.form.partner.required}")
	private @Nullable Long partnerId;

	private String partnerName = "";

	@NotNull(message = "{relation.form.unit.required}")
	private @Nullable Long unitId;

	@NotNull(message = "{relation.form.type.required}")
	private @Nullable RelationType type;

	@NotNull(message = "{relation.form.establishedOn.required}")
	private @Nullable LocalDate establishedOn;

	@Size(max = 255, message = "{relation.form.documentReference.size}")
	private String documentReference = "";

	@NotNull(message = "{relation.form.status.required}")
	private @Nullable RelationStatus status = RelationStatus.ACTIVE;

	private @Nullable LocalDate lastActivityOn;

	@Size(max = 4000, message = "{partner.form.text.size}")
	private String notes = "";

	private long version;

	static RelationForm from(Relation relation, String partnerName) {
		var form = new RelationForm();
		form.partnerId = relation.getPartnerId();
		form.partnerName = partnerName;
		form.unitId = relation.getUnitId();
		form.type = relation.getType();
		form.establishedOn = relation.getEstablishedOn();
		form.documentReference = relation.getDocumentReference() == null ? "" : relation.getDocumentReference();
		form.status = relation.getStatus();
		form.lastActivityOn = relation.getLastActivityOn();
		form.notes = relation.getNotes() == null ? "" : relation.getNotes();
		form.version = relation.getVersion();
		return form;
	}

	RelationDraft draft() {
		return new RelationDraft(type, establishedOn, documentReference, status, lastActivityOn, notes);
	}

	public @Nullable Long getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(@Nullable Long partnerId) {
		this.partnerId = partnerId;
	}

	public String getPartnerName() {
		return partnerName;
	}

	public void setPartnerName(String partnerName) {
		this.partnerName = partnerName;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable RelationType getType() {
		return type;
	}

	public void setType(@Nullable RelationType type) {
		this.type = type;
	}

	public @Nullable LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(@Nullable LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	public String getDocumentReference() {
		return documentReference;
	}

	public void setDocumentReference(String documentReference) {
		this.documentReference = documentReference;
	}

	public @Nullable RelationStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable RelationStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getLastActivityOn() {
		return lastActivityOn;
	}

	public void setLastActivityOn(@Nullable LocalDate lastActivityOn) {
		this.lastActivityOn = lastActivityOn;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
