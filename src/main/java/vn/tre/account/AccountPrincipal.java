package vn.tre.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tre.shared.Actor;
import vn.tre.shared.ActorSource;

/** The logged-in user as Spring Security holds it; it carries the {@link Actor} for every module. */
public final class AccountPrincipal implements UserDetails, ActorSource, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	List<String> roleNames() {
		return actor.roles().stream().map(Enum::name).sorted().toList();
	}
}
