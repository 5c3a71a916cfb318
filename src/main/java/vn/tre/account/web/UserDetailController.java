package vn.tre.account.web;

import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.account.AccountManagement;
import vn.tre.account.PasswordPolicy;
import vn.tre.account.UserAccount;
import vn.tre.audit.AuditLog;
import vn.tre.shared.Actor;

/** A user's page in the administration, and what an administrator does to the account from it. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserDetailController {

	private final AccountManagement accounts;

	private final UnitNames unitNames;

	private final Clock clock;

	private final AuditLog audit;

	UserDetailController(AccountManagement accounts, UnitNames unitNames, Clock clock, AuditLog audit) {
		this.accounts = accounts;
		this.unitNames = unitNames;
		this.clock = clock;
		this.audit = audit;
	}

	@GetMapping("/history")
	String history(Actor actor, @PathVariable long id, Model model) {
		UserAccount user = accounts.get(actor, id);
		model.addAttribute("user", user);
		model.addAttribute("history", audit.history("UserAccount", id));
		model.addAttribute("activeNav", "users");
		return "account/users/history";
	}

	@GetMapping
	String show(Actor actor, @PathVariable long id, Locale locale, Model model) {
		UserAccount user = accounts.get(actor, id);
		model.addAttribute("user", user);
		model.addAttribute("unitName", unitNames.of(user.getUnitId(), locale));
		model.addAttribute("status", UserStatus.of(user, clock.instant()));
		model.addAttribute("self", user.getId() == actor.userId());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("activeNav", "users");
		return "account/users/detail";
	}

	@GetMapping("/password")
	String passwordForm(Actor actor, @PathVariable long id, Model model) {
		return passwordPage(accounts.get(actor, id), new ResetPasswordForm(), model);
	}

	@PostMapping("/password")
	String resetPassword(Actor actor, @PathVariable long id, @ModelAttribute ResetPasswordForm resetPasswordForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserAccount user = accounts.get(actor, id);
		PasswordPolicy.violation(user.getUsername(), resetPasswordForm.getPassword())
			.ifPresent(key -> result.rejectValue("password", key));
		if (!resetPasswordForm.getPassword().equals(resetPasswordForm.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.confirmationDiffers");
		}
		if (result.hasErrors()) {
			return passwordPage(user, resetPasswordForm, model);
		}
		accounts.resetPassword(actor, id, resetPasswordForm.getPassword());
		redirect.addFlashAttribute("flashSuccess", "user.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/unlock")
	String unlock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(actor, id);
		redirect.addFlashAttribute("flashSuccess", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/enabled")
	String enable(Actor actor, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		UserAccount user = accounts.get(actor, id);
		if (user.getId() == actor.userId() && !enabled) {
			redirect.addFlashAttribute("flashError", "user.ownAccountDisable");
		}
		else {
			accounts.setEnabled(actor, id, enabled);
			redirect.addFlashAttribute("flashSuccess", enabled ? "user.enabled" : "user.disabled");
		}
		return "redirect:/admin/users/" + id;
	}

	private String passwordPage(UserAccount user, ResetPasswordForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("resetPasswordForm", form);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("activeNav", "users");
		return "account/users/password";
	}
}
