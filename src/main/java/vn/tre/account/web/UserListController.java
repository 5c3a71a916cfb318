package vn.tre.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.account.AccountManagement;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitFilter;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Role;

/** The user list of the administration: search, filters, sorting, paging, Excel export and the unit picker. */
@Controller
@RequestMapping("/admin/users")
class UserListController {

	static final int PAGE_SIZE = 20;

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	private final UnitNames unitNames;

	private final UserExcelExport export;

	private final Clock clock;

	UserListController(AccountManagement accounts, OrgUnitManagement units, UnitNames unitNames, UserExcelExport export,
			Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.units = units;
		this.unitNames = unitNames;
		this.export = export;
	}

	@GetMapping
	String list(Actor actor, UserFilter filter, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Page<UserAccount> users = accounts.search(actor, filter.q(), filter.unitId(), filter.role(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, filter.toSort()));
		model.addAttribute("users", users);
		model.addAttribute("unitNames", unitNames.of(users.getContent(), locale));
		model.addAttribute("statuses", UserStatus.of(users.getContent(), clock.instant()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("filter", filter);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("selectedUnit", filter.unitId() == null ? null : units.find(filter.unitId()).orElse(null));
		model.addAttribute("activeNav", "users");
		return "account/users/list";
	}

	/** Exactly the filtered list, in the list's order, as an Excel workbook. */
	@GetMapping("/export")
	void export(Actor actor, UserFilter filter, Locale locale, HttpServletResponse response) throws IOException {
		export.write(actor, filter, locale, response);
	}

	/** The units whose name or code matches what the administrator typed, as {@code <option>}s for a unit picker. */
	@GetMapping("/unit-options")
	String unitOptions(Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String unitQuery, @RequestParam(defaultValue = "false") boolean all,
			Locale locale, Model model) {
		accounts.checkAdministers(actor);
		String text = q.isBlank() ? unitQuery : q;
		model.addAttribute("options", units.search(actor, new OrgUnitFilter(text, null, null, true),
				PageRequest.of(0, 20, UnitNames.byName(locale))).getContent());
		model.addAttribute("all", all);
		return "account/users/unit-options :: options";
	}
}
