package vn.tre.delegation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A rule of a province on outgoing delegations, with its limit and its legal basis. */
@Entity
@Table(schema = "delegation", name = "delegation_rule")
public class DelegationRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private RuleKind kind;

	private @Nullable Integer limitValue;

	private @Nullable Long legalBasisId;

	private @Nullable String note;

	private boolean active = true;

	@Version
	private long version;

	protected DelegationRule() {
	}

	DelegationRule(long unitId, RuleKind kind, @Nullable Integer limitValue, @Nullable Long legalBasisId,
			@Nullable String note) {
		this.unitId = unitId;
		this.kind = kind;
		this.limitValue = limitValue;
		this.legalBasisId = legalBasisId;
		this.note = note;
	}

	void change(@Nullable Integer limitValue, @Nullable Long legalBasisId, @Nullable String note, boolean active) {
		this.limitValue = limitValue;
		this.legalBasisId = legalBasisId;
		this.note = note;
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public RuleKind getKind() {
		return kind;
	}

	public @Nullable Integer getLimitValue() {
		return limitValue;
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
