package vn.tre.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.account.AccountManagement;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Role;

/** The user accounts for API clients; ministry administrators only. Password hashes never leave the module. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "User accounts (ministry administrators only)")
class UserApiController {

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	private final Clock clock;

	UserApiController(AccountManagement accounts, OrgUnitManagement units, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Search users", description = "Free text matches user name, name and e-mail, with or "
			+ "without Vietnamese diacritics; 20 users a page, by user name.")
	UserPage search(Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable Role role,
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page) {
		Page<UserAccount> users = accounts.search(actor, q, unitId, role,
				PageRequest.of(Math.max(page, 0), UserListController.PAGE_SIZE, Sort.by("username")));
		return new UserPage(users.getContent().stream().map(this::toResponse).toList(), users.getNumber(),
				users.getSize(), users.getTotalElements(), users.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user")
	UserResponse get(Actor actor, @PathVariable long id) {
		return toResponse(accounts.get(actor, id));
	}

	private UserResponse toResponse(UserAccount user) {
		UnitRef unit = units.find(user.getUnitId()).map(UnitRef::of)
			.orElse(new UnitRef(user.getUnitId(), "", "", ""));
		return new UserResponse(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), unit,
				user.getRoles().stream().map(Enum::name).sorted().toList(), user.isEnabled(),
				user.lockedAt(clock.instant()), user.getLastLoginAt());
	}

	/** A user account as API clients see it. */
	record UserResponse(long id, String username, String displayName, @Nullable String email, UnitRef unit,
			List<String> roles, boolean enabled, boolean locked, @Nullable Instant lastLoginAt) {
	}

	/** One page of users. */
	record UserPage(List<UserResponse> items, int page, int size, long totalItems, int totalPages) {
	}
}
