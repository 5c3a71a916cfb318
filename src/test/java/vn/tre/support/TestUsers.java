package vn.tre.support;

import java.util.Set;
import java.util.UUID;
import vn.tre.account.AccountManagement;
import vn.tre.account.AccountPrincipal;
import vn.tre.account.NewAccount;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;

/** Fresh accounts for tests that change a user (password, lockout, tasks), so that demo accounts stay as they are. */
public final class TestUsers {

	public static final String PASSWORD = "Matkhau2026moi";

	private TestUsers() {
	}

	/** A user name no other test uses. */
	public static String uniqueName(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new enabled user of the current unit with the given code and type. */
	public static UserAccount create(AccountManagement accounts, OrgUnitManagement units, String unitCode,
			OrgUnitType unitType, Role... roles) {
		long unitId = units.findCurrentByCode(unitCode, unitType).orElseThrow().getId();
		String username = uniqueName("test");
		return accounts.register(new NewAccount(username, "Người Thử " + username, username + "@tre.test", unitId,
				Set.of(roles), true), PASSWORD);
	}

	public static AccountPrincipal principal(AccountManagement accounts, String username) {
		return accounts.principal(username).orElseThrow();
	}
}
