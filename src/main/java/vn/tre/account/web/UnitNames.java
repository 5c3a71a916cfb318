package vn.tre.account.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;

/** Names of the units of the users on a page, looked up once per unit. */
@Component
class UnitNames {

	private final OrgUnitManagement units;

	UnitNames(OrgUnitManagement units) {
		this.units = units;
	}

	Map<Long, String> of(Collection<UserAccount> users, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		users.forEach(user -> names.computeIfAbsent(user.getUnitId(), id -> units.nameOf(id, locale)));
		return names;
	}

	String of(long unitId, Locale locale) {
		return units.nameOf(unitId, locale);
	}
}
