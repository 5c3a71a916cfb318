package vn.tre.account.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.account.AccountManagement;
import vn.tre.account.PasswordPolicy;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitFilter;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.Role;

/** Creating and changing accounts; ministry administrators only (the façade checks every call). */
@Controller
@RequestMapping("/admin/users")
class UserFormController {

	private static final String FORM = "account/users/form";

	private static final List<String> FIELDS = List.of("username", "displayName", "email", "unitId", "roles", "enabled",
			"password");

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	UserFormController(AccountManagement accounts, OrgUnitManagement units) {
		this.accounts = accounts;
		this.units = units;
	}

	@GetMapping("/new")
	String create(Actor actor, Locale locale, Model model) {
		accounts.checkAdministers(actor);
		model.addAttribute("userForm", new UserForm());
		return form(actor, null, "", locale, model);
	}

	@PostMapping("/new")
	String create(Actor actor, @Valid UserForm userForm, BindingResult result,
			@RequestParam(name = "q", defaultValue = "") String unitQuery, Locale locale, Model model,
			RedirectAttributes redirect) {
		accounts.checkAdministers(actor);
		checkUnit(userForm, result);
		if (!result.hasFieldErrors("username") && accounts.usernameTaken(userForm.getUsername())) {
			result.rejectValue("username", "user.username.taken");
		}
		PasswordPolicy.violation(userForm.getUsername(), userForm.getPassword())
			.ifPresent(key -> result.rejectValue("password", key));
		if (result.hasErrors()) {
			return invalid(actor, null, result, unitQuery, locale, model);
		}
		try {
			UserAccount user = accounts.create(actor, userForm.toAccount(), userForm.getPassword());
			redirect.addFlashAttribute("flashSuccess", "user.created");
			return "redirect:/admin/users/" + user.getId();
		}
		catch (DataIntegrityViolationException e) {
			result.rejectValue("username", "user.username.taken");
			return invalid(actor, null, result, unitQuery, locale, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Locale locale, Model model) {
		UserAccount user = accounts.get(actor, id);
		model.addAttribute("userForm", UserForm.from(user));
		return form(actor, user, "", locale, model);
	}

	@PostMapping("/{id}/edit")
	String update(Actor actor, @PathVariable long id, @Valid UserForm userForm, BindingResult result,
			@RequestParam(name = "q", defaultValue = "") String unitQuery, Locale locale, Model model,
			RedirectAttributes redirect) {
		UserAccount user = accounts.get(actor, id);
		userForm.setUsername(user.getUsername());
		checkUnit(userForm, result);
		if (result.hasErrors()) {
			return invalid(actor, user, result, unitQuery, locale, model);
		}
		try {
			accounts.update(actor, id, userForm.getVersion(), userForm.toAccount());
		}
		catch (OptimisticLockingFailureException e) {
			result.reject("form.staleVersion");
			return invalid(actor, user, result, unitQuery, locale, model);
		}
		catch (Forbidden e) {
			boolean keepsAdmin = userForm.getRoles().contains(Role.MINISTRY_ADMIN);
			result.rejectValue(keepsAdmin ? "enabled" : "roles", keepsAdmin ? "user.ownAccountDisable" : "user.ownAdminRole");
			return invalid(actor, user, result, unitQuery, locale, model);
		}
		redirect.addFlashAttribute("flashSuccess", "form.saved");
		return "redirect:/admin/users/" + id;
	}

	private void checkUnit(UserForm userForm, BindingResult result) {
		if (userForm.getUnitId() != null && units.find(userForm.getUnitId()).isEmpty()) {
			result.rejectValue("unitId", "user.unit.required");
		}
	}

	private String invalid(Actor actor, @Nullable UserAccount user, BindingResult result, String unitQuery, Locale locale,
			Model model) {
		FieldOrder.apply(result, model, FIELDS);
		return form(actor, user, unitQuery, locale, model);
	}

	/**
	 * The form page. The unit picker offers the units matching what was typed in its search field, or the
	 * first units by name, and always the chosen unit.
	 */
	private String form(Actor actor, @Nullable UserAccount user, String unitQuery, Locale locale, Model model) {
		UserForm userForm = (UserForm) model.getAttribute("userForm");
		List<OrgUnit> options = new ArrayList<>(units.search(actor, new OrgUnitFilter(unitQuery, null, null, true),
				PageRequest.of(0, 20, UnitNames.byName(locale))).getContent());
		if (userForm != null && userForm.getUnitId() != null
				&& options.stream().noneMatch(unit -> unit.getId().equals(userForm.getUnitId()))) {
			units.find(userForm.getUnitId()).ifPresent(unit -> options.addFirst(unit));
		}
		model.addAttribute("unitOptions", options);
		model.addAttribute("unitQuery", unitQuery);
		model.addAttribute("user", user);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("activeNav", "users");
		return FORM;
	}
}
