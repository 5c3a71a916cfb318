package vn.tre.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.Role;

/** What an administrator enters to create or change an account. */
public record NewAccount(String username, String displayName, @Nullable String email, long unitId, Set<Role> roles,
		boolean enabled) {
}
