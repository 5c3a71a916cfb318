package vn.tre.account;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;

/**
 * Creates the first ministry administrator on an empty database when {@code TRE_ADMIN_USERNAME} and
 * {@code TRE_ADMIN_PASSWORD} are given; does nothing once any account exists.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	private final String username;

	private final String password;

	FirstAdministrator(AccountManagement accounts, OrgUnitManagement units,
			@Value("${tre.bootstrap.admin-username:${TRE_ADMIN_USERNAME:}}") String username,
			@Value("${tre.bootstrap.admin-password:${TRE_ADMIN_PASSWORD:}}") String password) {
		this.accounts = accounts;
		this.units = units;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(username) || accounts.anyUser()) {
			return;
		}
		var violation = PasswordPolicy.violation(username, password);
		if (violation.isPresent()) {
			throw new IllegalStateException("The first administrator's password breaks the password rule: " + violation.get());
		}
		var ministry = units.findCurrentByCode("BNG", OrgUnitType.MINISTRY).orElseThrow();
		accounts.register(new NewAccount(username, "Administrator", null, ministry.getId(), Set.of(Role.MINISTRY_ADMIN), true),
				password);
		log.info("Created the first administrator '{}'", username);
	}
}
