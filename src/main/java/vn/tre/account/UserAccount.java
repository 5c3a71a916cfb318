package vn.tre.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.Actor;
import vn.tre.shared.AuditIgnored;
import vn.tre.shared.Role;

/** A person who logs in to Tre: one org unit, one or more roles. */
@Entity
@Table(schema = "account", name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "password_hash")
	@AuditIgnored
	private String passwordHash;

	private String displayName;

	private @Nullable String email;

	private long unitId;

	private boolean enabled = true;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant passwordChangedAt;

	private @Nullable Instant lastLoginAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(schema = "account", name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, @Nullable String email, long unitId,
			Set<Role> roles, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.unitId = unitId;
		this.roles = EnumSet.copyOf(roles);
		this.passwordChangedAt = now;
	}

	void update(String displayName, @Nullable String email, long unitId, Set<Role> roles, boolean enabled) {
		this.displayName = displayName;
		this.email = email;
		this.unitId = unitId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	void loginFailed(int maxFailures, Duration lockout, Instant now) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockout);
			failedLogins = 0;
		}
	}

	void loginSucceeded(Instant now) {
		failedLogins = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public Actor actor() {
		return new Actor(id, username, displayName, unitId, roles);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public long getUnitId() {
		return unitId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedLogins() {
		return failedLogins;
	}

	public @Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	public @Nullable Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public @Nullable Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public long getVersion() {
		return version;
	}
}
