package vn.tre.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An early warning on an agreement: raised by the daily job on a day, resolved when its cause goes away. */
@Entity
@Table(schema = "agreement", name = "agreement_warning")
public class AgreementWarning {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private WarningKind kind;

	private @Nullable Long milestoneId;

	private LocalDate raisedOn;

	private @Nullable LocalDate resolvedOn;

	protected AgreementWarning() {
	}

	AgreementWarning(long agreementId, long unitId, WarningKind kind, @Nullable Long milestoneId, LocalDate raisedOn) {
		this.agreementId = agreementId;
		this.unitId = unitId;
		this.kind = kind;
		this.milestoneId = milestoneId;
		this.raisedOn = raisedOn;
	}

	void resolve(LocalDate on) {
		resolvedOn = on;
	}

	public boolean open() {
		return resolvedOn == null;
	}

	public Long getId() {
		return id;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public long getUnitId() {
		return unitId;
	}

	public WarningKind getKind() {
		return kind;
	}

	public @Nullable Long getMilestoneId() {
		return milestoneId;
	}

	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	public @Nullable LocalDate getResolvedOn() {
		return resolvedOn;
	}
}
