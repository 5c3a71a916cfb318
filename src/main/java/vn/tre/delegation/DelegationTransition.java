package vn.tre.delegation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One status change of a delegation: who took it, when, and why. */
@Entity
@Table(schema = "delegation", name = "delegation_transition")
public class DelegationTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long delegationId;

	@Enumerated(EnumType.STRING)
	private @Nullable DelegationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private DelegationStatus toStatus;

	private Instant at;

	private long userId;

	private String username;

	private @Nullable String comment;

	protected DelegationTransition() {
	}

	DelegationTransition(long delegationId, @Nullable DelegationStatus fromStatus, DelegationStatus toStatus, Instant at,
			long userId, String username, @Nullable String comment) {
		this.delegationId = delegationId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.at = at;
		this.userId = userId;
		this.username = username;
		this.comment = comment;
	}

	public @Nullable DelegationStatus getFromStatus() {
		return fromStatus;
	}

	public DelegationStatus getToStatus() {
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
