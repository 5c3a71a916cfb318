package vn.tre.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.Role;
import vn.tre.shared.TextFolding;

/** The account module's façade: users, their passwords and login state. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

	private final UserAccounts users;

	private final PasswordEncoder passwords;

	private final AccessPolicy access;

	private final AccountProperties properties;

	private final Clock clock;

	AccountManagement(UserAccounts users, PasswordEncoder passwords, AccessPolicy access,
			AccountProperties properties, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/** The principal for a login, with its locked state as of now. */
	public Optional<AccountPrincipal> principal(String username) {
		Instant now = clock.instant();
		return users.findByUsernameIgnoreCase(username.strip())
			.map(user -> new AccountPrincipal(user.actor(), user.getPasswordHash(), user.isEnabled(), user.lockedAt(now)));
	}

	public Optional<UserAccount> find(long id) {
		return users.findById(id);
	}

	/** A user whom the actor may administer: 403 for anyone but a ministry administrator, 404 for an unknown user. */
	public UserAccount get(Actor actor, long id) {
		access.checkAdministers(actor);
		UserAccount user = users.findById(id).orElseThrow(() -> new NotFound("user"));
		access.checkRead(actor, user.getUnitId(), "user");
		return user;
	}

	/** Answers 403 unless the actor administers users; for pages that show nothing of a user yet. */
	public void checkAdministers(Actor actor) {
		access.checkAdministers(actor);
	}

	/** Users of the units the actor may see, filtered and paged; ministry administrators only. */
	public Page<UserAccount> search(Actor actor, @Nullable String q, @Nullable Long unitId, @Nullable Role role,
			Pageable page) {
		access.checkAdministers(actor);
		UnitScope scope = access.visibleUnits(actor);
		String pattern = q == null ? "" : TextFolding.containsPattern(q);
		return users.search(scope.all(), scope.idList(), unitId, role, pattern, page);
	}

	/**
	 * Where to e-mail a notification: the addressed user's address, or, for a task addressed to a unit,
	 * the addresses of every enabled user of that unit; disabled users and users without an address get none.
	 */
	public List<String> emailsFor(long unitId, @Nullable Long userId) {
		if (userId != null) {
			return users.findById(userId)
				.filter(UserAccount::isEnabled)
				.map(UserAccount::getEmail)
				.stream()
				.toList();
		}
		return users.emailsOfUnit(unitId);
	}

	/** The ids of the enabled users of the unit who hold the role, e.g. the leaders who approve its plans. */
	public List<Long> usersWithRole(long unitId, Role role) {
		return users.idsWithRole(unitId, role);
	}

	public boolean usernameTaken(String username) {
		return users.existsByUsernameIgnoreCase(username.strip());
	}

	public boolean anyUser() {
		return users.count() > 0;
	}

	/** Creates an account; ministry administrators only. */
	@Transactional
	public UserAccount create(Actor actor, NewAccount account, String password) {
		access.checkAdministers(actor);
		return register(account, password);
	}

	/** Creates an account without an acting user: the first administrator and the demo accounts. */
	@Transactional
	public UserAccount register(NewAccount account, String password) {
		var user = new UserAccount(account.username().strip().toLowerCase(), passwords.encode(password),
				TextFolding.nfc(account.displayName().strip()), blankToNull(account.email()), account.unitId(),
				account.roles(), clock.instant());
		return users.save(user);
	}

	/** Changes an account's name, unit, roles and state; ministry administrators only. */
	@Transactional
	public UserAccount update(Actor actor, long id, long version, NewAccount account) {
		UserAccount user = get(actor, id);
		if (user.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		if (user.getId() == actor.userId() && !account.roles().contains(Role.MINISTRY_ADMIN)) {
			throw new Forbidden("an administrator cannot remove their own administration role");
		}
		if (user.getId() == actor.userId() && !account.enabled()) {
			throw new Forbidden("an administrator cannot disable their own account");
		}
		user.update(TextFolding.nfc(account.displayName().strip()), blankToNull(account.email()), account.unitId(),
				account.roles(), account.enabled());
		return users.saveAndFlush(user);
	}

	/** Sets a new password chosen by an administrator and lifts any lockout. */
	@Transactional
	public void resetPassword(Actor actor, long id, String password) {
		UserAccount user = get(actor, id);
		user.changePassword(passwords.encode(password), clock.instant());
		user.unlock();
	}

	/** Lifts a lockout after failed logins; ministry administrators only. */
	@Transactional
	public void unlock(Actor actor, long id) {
		get(actor, id).unlock();
	}

	/** Lets an account log in again, or stops it from logging in; nobody can disable their own account. */
	@Transactional
	public void setEnabled(Actor actor, long id, boolean enabled) {
		UserAccount user = get(actor, id);
		if (user.getId() == actor.userId() && !enabled) {
			throw new Forbidden("an administrator cannot disable their own account");
		}
		user.enable(enabled);
	}

	/** Whether the password is the actor's current one; lets the change-password form report every error at once. */
	public boolean isOwnPassword(Actor actor, String password) {
		return users.findById(actor.userId())
			.map(user -> passwords.matches(password, user.getPasswordHash()))
			.orElse(false);
	}

	/** Changes the actor's own password, if the current one is right. */
	@Transactional
	public boolean changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		UserAccount user = users.findById(actor.userId()).orElseThrow(() -> new NotFound("user"));
		if (!passwords.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.changePassword(passwords.encode(newPassword), clock.instant());
		return true;
	}

	@Transactional
	public void recordFailedLogin(String username) {
		users.findByUsernameIgnoreCase(username.strip())
			.ifPresent(user -> user.loginFailed(properties.maxFailedLogins(), properties.lockout(), clock.instant()));
	}

	@Transactional
	public void recordLogin(String username) {
		users.findByUsernameIgnoreCase(username.strip()).ifPresent(user -> user.loginSucceeded(clock.instant()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
