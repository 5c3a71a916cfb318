package vn.tre.account.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tre.account.AccessTokenManagement;
import vn.tre.account.AccountManagement;
import vn.tre.account.PasswordPolicy;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** "My account": the user's profile, their password and their personal access tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

	private final AccountManagement accounts;

	private final AccessTokenManagement tokens;

	private final OrgUnitManagement units;

	private final Clock clock;

	AccountController(AccountManagement accounts, AccessTokenManagement tokens, OrgUnitManagement units, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String show(Actor actor, Locale locale, Model model) {
		return page(actor, locale, model);
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @Valid PasswordForm passwordForm, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("currentPassword") && !accounts.isOwnPassword(actor, passwordForm.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.password.currentWrong");
		}
		if (!result.hasFieldErrors("newPassword")) {
			PasswordPolicy.violation(actor.username(), passwordForm.getNewPassword())
				.ifPresent(key -> result.rejectValue("newPassword", key));
		}
		if (!passwordForm.getNewPassword().equals(passwordForm.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.confirmationDiffers");
		}
		if (result.hasErrors()) {
			FieldOrder.apply(result, model, List.of("currentPassword", "newPassword", "confirmation"));
			return page(actor, locale, model);
		}
		if (!accounts.changeOwnPassword(actor, passwordForm.getCurrentPassword(), passwordForm.getNewPassword())) {
			result.rejectValue("currentPassword", "account.password.currentWrong");
			return page(actor, locale, model);
		}
		redirect.addFlashAttribute("flashSuccess", "account.password.changed");
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(Actor actor, @Valid TokenForm tokenForm, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FieldOrder.apply(result, model, List.of("name", "validDays"));
			return page(actor, locale, model);
		}
		var issued = tokens.create(actor, tokenForm.getName(), tokenForm.getValidDays());
		redirect.addFlashAttribute("issuedSecret", issued.secret());
		redirect.addFlashAttribute("issuedName", tokenForm.getName().strip());
		return "redirect:/account/tokens/created";
	}

	/** Shows a new token's secret once: it only travels as a flash attribute, so a reload shows it no more. */
	@GetMapping("/tokens/created")
	String created(Model model) {
		if (!model.containsAttribute("issuedSecret")) {
			return "redirect:/account";
		}
		model.addAttribute("apiUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/me").toUriString());
		return "account/token-created";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(actor, id);
		redirect.addFlashAttribute("flashSuccess", "token.revoked");
		return "redirect:/account#tokens";
	}

	private String page(Actor actor, Locale locale, Model model) {
		UserAccount user = accounts.find(actor.userId()).orElseThrow(() -> new NotFound("user"));
		model.addAttribute("user", user);
		model.addAttribute("unitName", units.nameOf(user.getUnitId(), locale));
		model.addAttribute("tokens", tokens.ofActor(actor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		return "account/index";
	}
}
