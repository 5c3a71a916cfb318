package vn.tre.account;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;

/** Demo accounts, one per role, in two provinces; created once and printed at every start. */
@Component
@Order(20)
@ConditionalOnBooleanProperty("tre.demo.enabled")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** A demo account: user name, display name, unit code and type, roles. */
	record Demo(String username, String displayName, String unitCode, OrgUnitType unitType, Set<Role> roles) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("admin", "Quản trị hệ thống", "BNG", OrgUnitType.MINISTRY, Set.of(Role.MINISTRY_ADMIN)),
			new Demo("bng.canbo", "Nguyễn Minh Anh", "BNG-NVNGVH", OrgUnitType.MINISTRY_UNIT, Set.of(Role.MINISTRY_OFFICER)),
			new Demo("thanhhoa.canbo", "Lê Thị Hoa", "38", OrgUnitType.PROVINCE, Set.of(Role.PROVINCE_OFFICER)),
			new Demo("thanhhoa.lanhdao", "Trịnh Văn Hùng", "38", OrgUnitType.PROVINCE, Set.of(Role.PROVINCE_LEADER)),
			new Demo("thanhhoa.cum", "Mai Thanh Tâm", "38", OrgUnitType.PROVINCE, Set.of(Role.CLUSTER_LEAD, Role.PROVINCE_OFFICER)),
			new Demo("danang.canbo", "Phan Quốc Bảo", "48", OrgUnitType.PROVINCE, Set.of(Role.PROVINCE_OFFICER)),
			new Demo("danang.lanhdao", "Võ Thị Lan", "48", OrgUnitType.PROVINCE, Set.of(Role.PROVINCE_LEADER)),
			new Demo("hacthanh.canbo", "Đỗ Văn Nam", "38-DEMO-01", OrgUnitType.COMMUNE, Set.of(Role.COMMUNE_OFFICER)),
			new Demo("haichau.canbo", "Trần Thu Hà", "48-DEMO-01", OrgUnitType.COMMUNE, Set.of(Role.COMMUNE_OFFICER)),
			new Demo("huunghi.canbo", "Hoàng Gia Huy", "38-LHHN", OrgUnitType.PEOPLES_ORGANISATION, Set.of(Role.PEOPLES_ORG_OFFICER)),
			new Demo("thanhhoa.xem", "Bùi Ngọc Mai", "38", OrgUnitType.PROVINCE, Set.of(Role.VIEWER)));

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	private final String password;

	DemoAccounts(AccountManagement accounts, OrgUnitManagement units, @Value("${tre.demo.password}") String password) {
		this.accounts = accounts;
		this.units = units;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		var lines = new StringBuilder("\n\nTre demo accounts (password \"" + password + "\"):\n");
		for (Demo demo : ACCOUNTS) {
			var unit = units.findCurrentByCode(demo.unitCode(), demo.unitType()).orElseThrow();
			if (!accounts.usernameTaken(demo.username())) {
				accounts.register(new NewAccount(demo.username(), demo.displayName(), null, unit.getId(), demo.roles(), true),
						password);
			}
			lines.append(String.format("  %-18s %-36s %s%n", demo.username(), demo.roles(), unit.getNameVi()));
		}
		log.info(lines.toString());
	}
}
