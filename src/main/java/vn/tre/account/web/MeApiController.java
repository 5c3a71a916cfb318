package vn.tre.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.account.AccountManagement;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** Who the caller is: the logged-in user, or the owner of the personal access token. */
@RestController
@Tag(name = "Account", description = "The caller's own account")
class MeApiController {

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	MeApiController(AccountManagement accounts, OrgUnitManagement units) {
		this.accounts = accounts;
		this.units = units;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The calling user", description = "Works with a session or with an "
			+ "'Authorization: Bearer tre_…' personal access token.")
	Me me(Actor actor) {
		UserAccount user = accounts.find(actor.userId()).orElseThrow(() -> new NotFound("user"));
		UnitRef unit = UnitRef.of(units.find(user.getUnitId()).orElseThrow(() -> new NotFound("org unit")));
		return new Me(user.getId(), user.getUsername(), user.getDisplayName(), unit,
				user.getRoles().stream().map(Enum::name).sorted().toList());
	}

	/** The caller: id, names, unit and roles. */
	record Me(long id, String username, String displayName, UnitRef unit, List<String> roles) {
	}
}
