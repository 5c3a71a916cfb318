package vn.tre.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A foreign partner: a locality, government body, international organisation, NGO, company, university or
 * association. A partner exists once and every logged-in user sees its profile; the unit that entered it
 * (and the ministry's administrators) may change it.
 */
@Entity
@Table(schema = "partner", name = "partner")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	@Enumerated(EnumType.STRING)
	private @Nullable LocalityLevel localityLevel;

	private @Nullable String nameOriginal;

	private String nameEn;

	private @Nullable String nameVi;

	private @Nullable String countryCode;

	private @Nullable Long parentId;

	private @Nullable String website;

	private @Nullable String contacts;

	private @Nullable String notes;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(schema = "partner", name = "partner_alias", joinColumns = @JoinColumn(name = "partner_id"))
	@Column(name = "alias")
	private Set<String> aliases = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(schema = "partner", name = "partner_tag", joinColumns = @JoinColumn(name = "partner_id"))
	@Column(name = "tag")
	private Set<String> tags = new TreeSet<>();

	private long ownerUnitId;

	private @Nullable String duplicateReason;

	/** Derived from the names; the history says it changed without showing the folded text. */
	@vn.tre.shared.AuditIgnored
	private String searchText;

	@vn.tre.shared.AuditIgnored
	private String sortVi;

	@vn.tre.shared.AuditIgnored
	private String sortEn;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Partner() {
	}

	Partner(PartnerDraft draft, long ownerUnitId, String createdBy, Instant createdAt) {
		this.ownerUnitId = ownerUnitId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		change(draft);
	}

	void change(PartnerDraft draft) {
		this.kind = draft.kind();
		this.localityLevel = draft.kind() == PartnerKind.FOREIGN_LOCALITY ? draft.localityLevel() : null;
		this.nameOriginal = blankToNull(draft.nameOriginal());
		this.nameEn = draft.nameEn().strip();
		this.nameVi = blankToNull(draft.nameVi());
		this.countryCode = draft.countryCode();
		this.parentId = draft.parentId();
		this.website = blankToNull(draft.website());
		this.contacts = blankToNull(draft.contacts());
		this.notes = blankToNull(draft.notes());
		this.aliases.clear();
		draft.aliases().stream().map(alias -> vn.tre.shared.TextFolding.nfc(alias.strip())).filter(alias -> !alias.isEmpty()).forEach(aliases::add);
		this.tags.clear();
		draft.tags().stream().map(tag -> vn.tre.shared.TextFolding.nfc(tag.strip())).filter(tag -> !tag.isEmpty()).forEach(tags::add);
		this.searchText = PartnerNames.searchText(allNames());
		this.sortVi = PartnerNames.sortKey(nameVi == null ? nameEn : nameVi);
		this.sortEn = PartnerNames.sortKey(nameEn);
	}

	void insistDespiteDuplicates(String reason) {
		this.duplicateReason = reason.strip();
	}

	/** Every name the partner is known by: original, English, Vietnamese and aliases. */
	public List<String> allNames() {
		var names = new ArrayList<String>();
		if (nameOriginal != null) {
			names.add(nameOriginal);
		}
		names.add(nameEn);
		if (nameVi != null) {
			names.add(nameVi);
		}
		names.addAll(aliases);
		return names;
	}

	/** The name in the page's language: Vietnamese when there is one and the page is Vietnamese, English otherwise. */
	public String name(Locale locale) {
		return "vi".equals(locale.getLanguage()) && nameVi != null ? nameVi : nameEn;
	}

	public Long getId() {
		return id;
	}

	public PartnerKind getKind() {
		return kind;
	}

	public @Nullable LocalityLevel getLocalityLevel() {
		return localityLevel;
	}

	public @Nullable String getNameOriginal() {
		return nameOriginal;
	}

	public String getNameEn() {
		return nameEn;
	}

	public @Nullable String getNameVi() {
		return nameVi;
	}

	public @Nullable String getCountryCode() {
		return countryCode;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public @Nullable String getContacts() {
		return contacts;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public Set<String> getAliases() {
		return Set.copyOf(aliases);
	}

	/** The aliases in alphabetical order, for display. */
	public List<String> sortedAliases() {
		return List.copyOf(new TreeSet<>(aliases));
	}

	public List<String> sortedTags() {
		return List.copyOf(new TreeSet<>(tags));
	}

	public long getOwnerUnitId() {
		return ownerUnitId;
	}

	public @Nullable String getDuplicateReason() {
		return duplicateReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : vn.tre.shared.TextFolding.nfc(text.strip());
	}
}
