package vn.tre.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;
import vn.tre.support.TestUsers;
import vn.tre.support.TreIntegrationTest;

/** Finding the users of a unit who hold a role, such as the leaders who decide on what its officers submit. */
@TreIntegrationTest
class UsersWithRoleTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrgUnitManagement units;

	@Test
	void findsTheEnabledHoldersOfTheRoleInTheUnitOnly() {
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		long leader = accounts.principal("thanhhoa.lanhdao").orElseThrow().actor().userId();
		long officer = accounts.principal("thanhhoa.canbo").orElseThrow().actor().userId();
		long otherLeader = accounts.principal("danang.lanhdao").orElseThrow().actor().userId();
		assertThat(accounts.usersWithRole(thanhHoa, Role.PROVINCE_LEADER)).contains(leader)
			.doesNotContain(officer, otherLeader);

		UserAccount enabled = TestUsers.create(accounts, units, "48-DEMO-01", OrgUnitType.COMMUNE, Role.PROVINCE_LEADER);
		UserAccount disabled = TestUsers.create(accounts, units, "48-DEMO-01", OrgUnitType.COMMUNE, Role.PROVINCE_LEADER,
				Role.COMMUNE_OFFICER);
		accounts.setEnabled(accounts.principal("admin").orElseThrow().actor(), disabled.getId(), false);
		assertThat(accounts.usersWithRole(enabled.getUnitId(), Role.PROVINCE_LEADER)).contains(enabled.getId())
			.doesNotContain(disabled.getId());
		assertThat(accounts.usersWithRole(enabled.getUnitId(), Role.COMMUNE_OFFICER)).doesNotContain(disabled.getId());
	}
}
