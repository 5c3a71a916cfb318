package vn.tre.agreement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementRefused;
import vn.tre.agreement.ConsultedBody;
import vn.tre.agreement.SigningDates;
import vn.tre.shared.Actor;

/**
 * The steps of an agreement's page, each from its dialog: one POST per step, back to the page with a message;
 * a refused step comes back with its dialog open as it was typed.
 */
@Controller
class AgreementStepController {

	static final String STEPS = "request-opinions|pm-request|pm-answer|decide|sign|report|enter-into-force|amend|extend"
			+ "|suspend|resume|terminate|withdraw";

	private final AgreementManagement agreements;

	AgreementStepController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	@PostMapping("/agreements/{id}/{step:" + STEPS + "}")
	String step(Actor actor, @PathVariable long id, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		agreements.checkWritable(actor, id);
		StepInput in = new StepInput(params);
		try {
			take(actor, id, step, in);
			redirect.addFlashAttribute("flashSuccess", "agreement.web.done." + step);
		}
		catch (StepInput.Invalid e) {
			refuse(redirect, in.refusal(step, e.messageKey(), e.field()));
		}
		catch (AgreementRefused e) {
			refuse(redirect, in.refusal(step, e.messageKey(), e.field()));
		}
		catch (ObjectOptimisticLockingFailureException e) {
			refuse(redirect, in.refusal(step, "form.staleVersion", null));
		}
		return "redirect:/agreements/" + id;
	}

	static void refuse(RedirectAttributes redirect, StepInput.Refusal refusal) {
		redirect.addFlashAttribute("flashError", refusal.messageKey());
		redirect.addFlashAttribute("stepRefusal", refusal);
	}

	private void take(Actor actor, long id, String step, StepInput in) {
		long version = in.version();
		switch (step) {
			case "request-opinions" -> agreements.requestOpinions(actor, id, version, consulted(in, consultable()),
					in.date("requestedOn"));
			case "pm-request" -> agreements.requestPrimeMinister(actor, id, version, in.date("date"));
			case "pm-answer" -> agreements.recordPrimeMinisterAnswer(actor, id, version, in.flag("consent"),
					in.date("date"), in.text("reference"));
			case "decide" -> agreements.decideToSign(actor, id, version, in.text("decisionReference"),
					in.date("decisionDate"), decidedBy(in));
			case "sign" -> agreements.sign(actor, id, version, new SigningDates(in.date("signedOn"), in.text("place"),
					in.optionalDate("entryIntoForceOn"), in.optionalDate("expiresOn"), in.flag("indefinite"),
					in.flag("automaticRenewal")));
			case "report" -> agreements.fileReport(actor, id, version, in.date("reportedOn"),
					in.optionalDate("copyToMinistryOn"), in.text("reference"));
			case "enter-into-force" -> agreements.enterIntoForce(actor, id, version, in.date("date"));
			case "amend" -> agreements.amend(actor, id, version, in.date("date"), in.text("note"));
			case "extend" -> agreements.extend(actor, id, version, in.date("date"), in.date("newExpiry"), in.text("note"));
			case "suspend" -> agreements.suspend(actor, id, version, in.text("reason"));
			case "resume" -> agreements.resume(actor, id, version);
			case "terminate" -> agreements.terminate(actor, id, version, in.date("date"), in.text("reason"));
			default -> agreements.withdraw(actor, id, version, in.date("date"), in.text("reason"));
		}
	}

	private Set<String> consultable() {
		return agreements.consultableUnits().stream().map(unit -> String.valueOf(unit.getId())).collect(Collectors.toSet());
	}

	/** The units ticked (only units that may be consulted in Tre) and the outside bodies typed. */
	private static List<ConsultedBody> consulted(StepInput in, Set<String> consultable) {
		List<ConsultedBody> bodies = new ArrayList<>();
		for (String unitId : in.all("consulted")) {
			if (!consultable.contains(unitId)) {
				throw new StepInput.Invalid("agreement.web.error.notConsultable", "consulted");
			}
			bodies.add(ConsultedBody.unit(Long.parseLong(unitId)));
		}
		for (String name : in.all("outside")) {
			if (!name.isBlank()) {
				bodies.add(ConsultedBody.outside(name.strip()));
			}
		}
		return bodies;
	}

	private static String decidedBy(StepInput in) {
		String name = in.text("decidedBy");
		String position = in.text("decidedByPosition");
		return position.isEmpty() || name.isEmpty() ? name : name + ", " + position;
	}
}
