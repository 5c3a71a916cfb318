package vn.tre.agreement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementDetails;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.ForeignParty;

/**
 * The agreement form as typed; what was typed stays in it when it is refused. The foreign parties are four
 * rows: the partner of each row is chosen with a partner picker ({@code party0} to {@code party3}), its
 * signatory is typed in {@code rows[i]}.
 */
public class AgreementForm {

	static final int PARTY_ROWS = 4;

	@NotBlank(message = "{agreement.web.form.titleVi.required}")
	@Size(max = 500, message = "{agreement.web.form.size500}")
	private String titleVi = "";

	@Size(max = 500, message = "{agreement.web.form.size500}")
	private String titleForeign = "";

	@NotNull(message = "{agreement.web.form.kind.required}")
	private @Nullable AgreementKind kind;

	@Size(max = 100, message = "{agreement.web.form.size100}")
	private String reference = "";

	@Size(max = 4000, message = "{agreement.web.form.size4000}")
	private String summary = "";

	@Size(max = 200, message = "{agreement.web.form.size200}")
	private String signatoryName = "";

	@Size(max = 200, message = "{agreement.web.form.size200}")
	private String signatoryPosition = "";

	private @Nullable Long party0;

	private @Nullable Long party1;

	private @Nullable Long party2;

	private @Nullable Long party3;

	@Valid
	private List<PartyRow> rows = new ArrayList<>();

	private Set<CooperationField> fields = new LinkedHashSet<>();

	private Set<String> languages = new LinkedHashSet<>();

	private @Nullable Long delegationId;

	@Size(max = 300, message = "{agreement.web.form.size300}")
	private String eventName = "";

	private @Nullable Long relationId;

	private @Nullable Long inheritedFromUnitId;

	private long version;

	/** The signatory of one foreign party. */
	public static class PartyRow {

		@Size(max = 200, message = "{agreement.web.form.size200}")
		private String signatoryName = "";

		@Size(max = 200, message = "{agreement.web.form.size200}")
		private String signatoryPosition = "";

		public String getSignatoryName() {
			return signatoryName;
		}

		public void setSignatoryName(String signatoryName) {
			this.signatoryName = signatoryName;
		}

		public String getSignatoryPosition() {
			return signatoryPosition;
		}

		public void setSignatoryPosition(String signatoryPosition) {
			this.signatoryPosition = signatoryPosition;
		}
	}

	static AgreementForm from(Agreement agreement) {
		AgreementForm form = new AgreementForm();
		AgreementDetails d = agreement.details();
		form.titleVi = d.titleVi();
		form.titleForeign = text(d.titleForeign());
		form.kind = d.kind();
		form.reference = text(d.reference());
		form.summary = text(d.summary());
		form.signatoryName = text(d.signatoryName());
		form.signatoryPosition = text(d.signatoryPosition());
		for (int i = 0; i < d.parties().size() && i < PARTY_ROWS; i++) {
			ForeignParty party = d.parties().get(i);
			form.setParty(i, party.partnerId());
			PartyRow row = new PartyRow();
			row.signatoryName = text(party.signatoryName());
			row.signatoryPosition = text(party.signatoryPosition());
			form.rows.add(row);
		}
		form.fields = new LinkedHashSet<>(d.fields());
		form.languages = new LinkedHashSet<>(d.languages());
		form.delegationId = d.delegationId();
		form.eventName = text(d.eventName());
		form.relationId = d.relationId();
		form.inheritedFromUnitId = d.inheritedFromUnitId();
		form.version = agreement.getVersion();
		return form;
	}

	/** The form with its four party rows, for showing it. */
	AgreementForm withAllRows() {
		while (rows.size() < PARTY_ROWS) {
			rows.add(new PartyRow());
		}
		return this;
	}

	/** The partners chosen, in row order, with the signatory typed on each row. */
	List<ForeignParty> parties() {
		List<ForeignParty> parties = new ArrayList<>();
		for (int i = 0; i < PARTY_ROWS; i++) {
			Long partnerId = party(i);
			if (partnerId != null) {
				PartyRow row = i < rows.size() ? rows.get(i) : new PartyRow();
				parties.add(new ForeignParty(partnerId, row.signatoryName, row.signatoryPosition));
			}
		}
		return parties;
	}

	AgreementDetails details() {
		return new AgreementDetails(titleVi, titleForeign, kind == null ? AgreementKind.OTHER : kind, reference, summary,
				signatoryName, signatoryPosition, parties(), fields, languages, delegationId, eventName, relationId,
				inheritedFromUnitId);
	}

	/** The partner chosen on a row (0 to 3), if any. */
	public @Nullable Long party(int index) {
		return switch (index) {
			case 0 -> party0;
			case 1 -> party1;
			case 2 -> party2;
			default -> party3;
		};
	}

	private void setParty(int index, Long partnerId) {
		switch (index) {
			case 0 -> party0 = partnerId;
			case 1 -> party1 = partnerId;
			case 2 -> party2 = partnerId;
			default -> party3 = partnerId;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public String getTitleVi() {
		return titleVi;
	}

	public void setTitleVi(String titleVi) {
		this.titleVi = titleVi;
	}

	public String getTitleForeign() {
		return titleForeign;
	}

	public void setTitleForeign(String titleForeign) {
		this.titleForeign = titleForeign;
	}

	public @Nullable AgreementKind getKind() {
		return kind;
	}

	public void setKind(@Nullable AgreementKind kind) {
		this.kind = kind;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSignatoryName() {
		return signatoryName;
	}

	public void setSignatoryName(String signatoryName) {
		this.signatoryName = signatoryName;
	}

	public String getSignatoryPosition() {
		return signatoryPosition;
	}

	public void setSignatoryPosition(String signatoryPosition) {
		this.signatoryPosition = signatoryPosition;
	}

	public @Nullable Long getParty0() {
		return party0;
	}

	public void setParty0(@Nullable Long party0) {
		this.party0 = party0;
	}

	public @Nullable Long getParty1() {
		return party1;
	}

	public void setParty1(@Nullable Long party1) {
		this.party1 = party1;
	}

	public @Nullable Long getParty2() {
		return party2;
	}

	public void setParty2(@Nullable Long party2) {
		this.party2 = party2;
	}

	public @Nullable Long getParty3() {
		return party3;
	}

	public void setParty3(@Nullable Long party3) {
		this.party3 = party3;
	}

	public List<PartyRow> getRows() {
		return rows;
	}

	public void setRows(List<PartyRow> rows) {
		this.rows = rows;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields;
	}

	public Set<String> getLanguages() {
		return languages;
	}

	public void setLanguages(Set<String> languages) {
		this.languages = languages;
	}

	public @Nullable Long getDelegationId() {
		return delegationId;
	}

	public void setDelegationId(@Nullable Long delegationId) {
		this.delegationId = delegationId;
	}

	public String getEventName() {
		return eventName;
	}

	public void setEventName(String eventName) {
		this.eventName = eventName;
	}

	public @Nullable Long getRelationId() {
		return relationId;
	}

	public void setRelationId(@Nullable Long relationId) {
		this.relationId = relationId;
	}

	public @Nullable Long getInheritedFromUnitId() {
		return inheritedFromUnitId;
	}

	public void setInheritedFromUnitId(@Nullable Long inheritedFromUnitId) {
		this.inheritedFromUnitId = inheritedFromUnitId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
