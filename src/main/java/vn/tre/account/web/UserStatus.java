package vn.tre.account.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tre.account.UserAccount;

/** How an account stands for logging in, as the list and the detail page show it. */
enum UserStatus {
	ACTIVE("success"), LOCKED("warning"), DISABLED("secondary");

	private final String colour;

	UserStatus(String colour) {
		this.colour = colour;
	}

	static UserStatus of(UserAccount user, Instant now) {
		if (!user.isEnabled()) {
			return DISABLED;
		}
		return user.lockedAt(now) ? LOCKED : ACTIVE;
	}

	static Map<Long, UserStatus> of(List<UserAccount> users, Instant now) {
		return users.stream().collect(Collectors.toMap(UserAccount::getId, user -> of(user, now)));
	}

	public String key() {
		return "user.status." + name();
	}

	public String badge() {
		return "text-bg-" + colour;
	}
}
