package vn.tre.account.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
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

	/** Units listed by their name in the page's language (Vietnamese names, or English ones for English and French). */
	static Sort byName(Locale locale) {
		return Sort.by("vi".equals(locale.getLanguage()) ? "nameVi" : "nameEn");
	}

	String of(long unitId, Locale locale) {
		return units.nameOf(unitId, locale);
	}
}
