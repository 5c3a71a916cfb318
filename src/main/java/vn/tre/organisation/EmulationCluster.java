package vn.tre.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An emulation cluster in one year: its number, the province heading it and its member units. */
@Entity
@Table(schema = "organisation", name = "emulation_cluster")
public class EmulationCluster {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private String number;

	private String nameVi;

	private String nameEn;

	private @Nullable Long headUnitId;

	private @Nullable String source;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "organisation", name = "emulation_cluster_member", joinColumns = @JoinColumn(name = "cluster_id"))
	@Column(name = "unit_id")
	private Set<Long> memberIds = new HashSet<>();

	@Version
	private long version;

	protected EmulationCluster() {
	}

	EmulationCluster(int year, String number, String nameVi, String nameEn) {
		this.year = year;
		this.number = number;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

	void change(String nameVi, String nameEn, @Nullable Long headUnitId, Set<Long> memberIds, @Nullable String source) {
		if (headUnitId != null && !memberIds.contains(headUnitId)) {
			throw new IllegalArgumentException("the head of a cluster must be one of its members");
		}
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.headUnitId = headUnitId;
		this.memberIds = new HashSet<>(memberIds);
		this.source = source;
	}

	public String name(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public String getNumber() {
		return number;
	}

	public String getNameVi() {
		return nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public @Nullable Long getHeadUnitId() {
		return headUnitId;
	}

	public @Nullable String getSource() {
		return source;
	}

	public Set<Long> getMemberIds() {
		return Set.copyOf(memberIds);
	}

	public long getVersion() {
		return version;
	}
}
