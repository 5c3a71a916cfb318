package vn.tre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tre.account.AccountManagement;
import vn.tre.account.AccountPrincipal;
import vn.tre.account.NewAccount;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitDraft;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;
import vn.tre.shared.Role;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class ChangeHistoryTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsRenameOfOrgUnitWithNamesBeforeAndAfterAndTheAdministrator() {
		Actor admin = logIn("admin");
		OrgUnit commune = units.findCurrentByCode("38-DEMO-04", OrgUnitType.COMMUNE).orElseThrow();
		String oldName = commune.getNameVi();
		try {
			rename(admin, commune, "Xã Sơn Thủy mới");

			ChangeEntry latest = auditLog.history("OrgUnit", commune.getId()).getFirst();
			assertThat(latest.action()).isEqualTo(ChangeAction.UPDATED);
			assertThat(latest.username()).isEqualTo("admin");
			assertThat(latest.userId()).isEqualTo(admin.userId());
			assertThat(latest.changes()).contains(new FieldChange("nameVi", oldName, "Xã Sơn Thủy mới", ValueType.TEXT, false));
			assertThat(latest.changes()).extracting(FieldChange::field).doesNotContain("version", "code");
		}
		finally {
			rename(admin, units.find(commune.getId()).orElseThrow(), oldName);
		}
	}

	@Test
	void recordsPasswordChangeWithoutTheValues() {
		UserAccount user = newUser(EnumSet.of(Role.PROVINCE_OFFICER));

		assertThat(accounts.changeOwnPassword(user.actor(), "Kiểm-thử-2026", "Mật-khẩu-mới-2026")).isTrue();

		ChangeEntry latest = auditLog.history("UserAccount", user.getId()).getFirst();
		assertThat(latest.changes()).contains(new FieldChange("passwordHash", null, null, ValueType.TEXT, true));
		assertThat(latest.changes()).extracting(FieldChange::field).contains("passwordChangedAt");
		String stored = jdbc.sql("select string_agg(changes::text, ' ') from audit.change where entity_type = 'UserAccount'"
				+ " and entity_id = :id").param("id", String.valueOf(user.getId())).query(String.class).single();
		assertThat(stored).doesNotContain("{bcrypt}", "$2a$", accounts.principal(user.getUsername()).orElseThrow().getPassword());
	}

	@Test
	void recordsTheRolesOfAUserWhenCreatedAndWhenChanged() {
		UserAccount user = newUser(EnumSet.of(Role.PROVINCE_OFFICER));
		assertThat(auditLog.history("UserAccount", user.getId()).getLast().changes())
			.contains(new FieldChange("roles", null, "PROVINCE_OFFICER", ValueType.TEXT, false));

		accounts.update(logIn("admin"), user.getId(), user.getVersion(), new NewAccount(user.getUsername(),
				user.getDisplayName(), null, user.getUnitId(), EnumSet.of(Role.PROVINCE_OFFICER, Role.CLUSTER_LEAD), true));

		ChangeEntry latest = auditLog.history("UserAccount", user.getId()).getFirst();
		assertThat(latest.username()).isEqualTo("admin");
		assertThat(latest.changes())
			.contains(new FieldChange("roles", "PROVINCE_OFFICER", "CLUSTER_LEAD, PROVINCE_OFFICER", ValueType.TEXT, false));
	}

	@Test
	void keepsNoHistoryOfAChangeThatWasRolledBack() {
		Actor admin = actor("admin");
		OrgUnit commune = units.findCurrentByCode("38-DEMO-03", OrgUnitType.COMMUNE).orElseThrow();
		int before = auditLog.history("OrgUnit", commune.getId()).size();

		transactions.executeWithoutResult(status -> {
			rename(admin, commune, "Xã Na Mèo (bỏ)");
			status.setRollbackOnly();
		});

		assertThat(units.find(commune.getId()).orElseThrow().getNameVi()).isEqualTo(commune.getNameVi());
		assertThat(auditLog.history("OrgUnit", commune.getId())).hasSize(before);
	}

	private void rename(Actor admin, OrgUnit unit, String nameVi) {
		units.update(admin, unit.getId(), unit.getVersion(), new OrgUnitDraft(unit.getType(), unit.getCode(), nameVi,
				unit.getNameEn(), unit.getParentId(), unit.getValidFrom(), unit.getValidTo(), unit.isCentralCity()));
	}

	private UserAccount newUser(EnumSet<Role> roles) {
		long unit = actor("thanhhoa.canbo").unitId();
		String username = "kiemthu." + UUID.randomUUID().toString().substring(0, 8);
		return accounts.register(new NewAccount(username, "Người Kiểm Thử", null, unit, roles, true), "Kiểm-thử-2026");
	}

	/** Acts as the user, as a request of theirs would: the history takes the user from the security context. */
	private Actor logIn(String username) {
		AccountPrincipal principal = accounts.principal(username).orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		return principal.actor();
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}
}
