package vn.tre.agreement.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementRefused;
import vn.tre.agreement.OpinionAnswer;
import vn.tre.agreement.OpinionRequest;
import vn.tre.document.Attachments;
import vn.tre.platform.web.DateFormats;
import vn.tre.shared.Actor;

/**
 * A consulted body's view of a proposal to sign (Art. 19(1)): what is proposed, and the answer form for the
 * consulted unit's officers (the ministry's inbox task links here). The proposing unit records the answers
 * of bodies outside Tre through the same POST, from its agreement's page.
 */
@Controller
class OpinionController {

	private final AgreementManagement agreements;

	private final AgreementViews views;

	private final AgreementLinks links;

	private final Attachments attachments;

	OpinionController(AgreementManagement agreements, AgreementViews views, AgreementLinks links, Attachments attachments) {
		this.agreements = agreements;
		this.views = views;
		this.links = links;
		this.attachments = attachments;
	}

	@GetMapping("/agreements/{id}/opinions/{requestId}")
	String show(Actor actor, @PathVariable long id, @PathVariable long requestId, Locale locale, Model model) {
		return page(actor, id, requestId, null, locale, model);
	}

	@PostMapping("/agreements/{id}/opinions/{requestId}")
	String answer(Actor actor, @PathVariable long id, @PathVariable long requestId,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		StepInput in = new StepInput(params);
		boolean fromDetail = "detail".equals(in.text("returnTo"));
		StepInput.Refusal refusal;
		try {
			agreements.answerOpinion(actor, id, requestId, in.version(), answer(in), in.text("answerText"),
					in.date("answeredOn"));
			redirect.addFlashAttribute("flashSuccess", "agreement.web.done.answer");
			return fromDetail ? "redirect:/agreements/" + id : "redirect:/agreements/" + id + "/opinions/" + requestId;
		}
		catch (StepInput.Invalid e) {
			refusal = in.refusal("answer-" + requestId, e.messageKey(), e.field());
		}
		catch (AgreementRefused e) {
			refusal = in.refusal("answer-" + requestId, e.messageKey(), e.field());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			refusal = in.refusal("answer-" + requestId, "form.staleVersion", null);
		}
		if (fromDetail) {
			AgreementStepController.refuse(redirect, refusal);
			return "redirect:/agreements/" + id;
		}
		model.addAttribute("flashError", refusal.messageKey());
		return page(actor, id, requestId, refusal, locale, model);
	}

	private String page(Actor actor, long id, long requestId, StepInput.@Nullable Refusal refusal, Locale locale,
			Model model) {
		OpinionRequest request = agreements.opinion(actor, id, requestId);
		Agreement agreement = agreements.get(actor, id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("request", request);
		model.addAttribute("unitName", links.unitName(agreement.getUnitId(), locale));
		model.addAttribute("consultedName", request.getConsultedUnitId() == null ? request.getConsultedBody()
				: links.unitName(request.getConsultedUnitId(), locale));
		model.addAttribute("parties", views.partnersInOrder(agreement.partnerIds()));
		model.addAttribute("countryNames", views.countryNames(agreement.getCountries(), locale));
		model.addAttribute("languages", AgreementFormController.LANGUAGES);
		model.addAttribute("attachments", attachments.list(actor, AgreementAttachments.OWNER_TYPE, id));
		model.addAttribute("canAnswer", agreements.canAnswer(actor, agreement, request));
		model.addAttribute("answers", OpinionAnswer.values());
		model.addAttribute("today", agreements.today());
		model.addAttribute("todayText", DateFormats.DATE.format(agreements.today()));
		model.addAttribute("stepRefusal", refusal);
		model.addAttribute("activeNav", "agreements");
		return "agreements/opinion";
	}

	private static OpinionAnswer answer(StepInput in) {
		try {
			return OpinionAnswer.valueOf(in.text("answer"));
		}
		catch (IllegalArgumentException e) {
			throw new StepInput.Invalid("agreement.web.error.answerRequired", "answer");
		}
	}
}
