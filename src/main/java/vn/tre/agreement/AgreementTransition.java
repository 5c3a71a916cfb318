package vn.tre.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One status change of an agreement: who took it, when, and why. */
@Entity
@Table(schema = "agreement", name = "agreement_transition")
public class AgreementTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private AgreementStatus toStatus;

	private Instant at;

	private long userId;

	private String username;

	private @Nullable String comment;

	protected AgreementTransition() {
	}

	AgreementTransition(long agreementId, @Nullable AgreementStatus fromStatus, AgreementStatus toStatus, Instant at,
			long userId, String username, @Nullable String comment) {
		this.agreementId = agreementId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.at = at;
		this.userId = userId;
		this.username = username;
		this.comment = comment;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public @Nullable AgreementStatus getFromStatus() {
		return fromStatus;
	}

	public AgreementStatus getToStatus() {
		return toStatus;
	}

	public Instant getAt() {
		return at;
	}

	public String getUsername() {
		return username;
	}

	public @Nullable String getComment() {
		return comment;
	}
}
