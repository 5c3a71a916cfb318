package vn.tre.delegation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.IllegalTransition;
import vn.tre.delegation.JustificationRequired;
import vn.tre.shared.Actor;

/** The workflow buttons of a delegation's page: one POST per transition, back to the page with a message. */
@Controller
class DelegationActionController {

	private final DelegationManagement delegations;

	DelegationActionController(DelegationManagement delegations) {
		this.delegations = delegations;
	}

	@PostMapping("/delegations/{id}/{action:submit|approve|return|reject|start|complete|close|cancel|postpone}")
	String act(Actor actor, @PathVariable long id, @PathVariable String action, @RequestParam long version,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "submit" -> delegations.submit(actor, id, version, comment);
				case "approve" -> delegations.approve(actor, id, version, comment);
				case "return" -> delegations.returnForChanges(actor, id, version, comment);
				case "reject" -> delegations.reject(actor, id, version, comment);
				case "start" -> delegations.start(actor, id, version);
				case "complete" -> delegations.complete(actor, id, version);
				case "close" -> delegations.close(actor, id, version);
				case "cancel" -> delegations.cancel(actor, id, version, comment);
				default -> delegations.postpone(actor, id, version, comment);
			}
			redirect.addFlashAttribute("flashSuccess", "delegation.done." + action);
		}
		catch (JustificationRequired e) {
			redirect.addFlashAttribute("flashError", "delegation.justificationRequired");
		}
		catch (ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("flashError", "form.staleVersion");
		}
		catch (IllegalTransition e) {
			redirect.addFlashAttribute("flashError", "delegation.illegalTransition");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("flashError", "delegation.commentRequired");
		}
		return "redirect:/delegations/" + id;
	}
}
