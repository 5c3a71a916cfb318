package vn.tre.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.AuditIgnored;

/** A personal access token: an API client acting with its owner's rights until it expires or is revoked. */
@Entity
@Table(schema = "account", name = "access_token")
public class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String name;

	@AuditIgnored
	private String tokenHash;

	private String prefix;

	private Instant createdAt;

	private @Nullable Instant expiresAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	protected AccessToken() {
	}

	AccessToken(long userId, String name, String tokenHash, String prefix, Instant createdAt, @Nullable Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	void used(Instant now) {
		lastUsedAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public String getPrefix() {
		return prefix;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getExpiresAt() {
		return expiresAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}
}
