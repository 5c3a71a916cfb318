package vn.tre.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The person acting in a request: who they are, the org unit they belong to and their roles.
 * Every access decision starts from it. It lives in the HTTP session, which Tre keeps in PostgreSQL.
 */
public record Actor(long userId, String username, String displayName, long unitId, Set<Role> roles)
		implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean writes() {
		return roles.stream().anyMatch(Role::writes);
	}

	public boolean approves() {
		return roles.stream().anyMatch(Role::approves);
	}
}
