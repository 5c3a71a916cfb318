package vn.tre.agreement.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementMonitoring;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Roadmap;
import vn.tre.agreement.OpinionAnswer;
import vn.tre.agreement.OpinionRequest;
import vn.tre.document.Attachments;
import vn.tre.organisation.OrgUnit;
import vn.tre.platform.web.DateFormats;
import vn.tre.shared.Actor;

/** An agreement's page: the record, its consultation and steps, its attachments and the dialogs of its next steps. */
@Controller
class AgreementDetailController {

	private final AgreementManagement agreements;

	private final AgreementViews views;

	private final AgreementLinks links;

	private final Attachments attachments;

	private final AgreementRoadmaps roadmaps;

	private final AgreementMonitoring monitoring;

	AgreementDetailController(AgreementManagement agreements, AgreementViews views, AgreementLinks links,
			Attachments attachments, AgreementRoadmaps roadmaps, AgreementMonitoring monitoring) {
		this.roadmaps = roadmaps;
		this.monitoring = monitoring;
		this.agreements = agreements;
		this.views = views;
		this.links = links;
		this.attachments = attachments;
	}

	@GetMapping("/agreements/{id}")
	String detail(Actor actor, @PathVariable long id, Locale locale, Model model) {
		Agreement agreement = agreements.get(actor, id);
		List<OpinionRequest> opinions = agreements.opinions(actor, id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("unitName", links.unitName(agreement.getUnitId(), locale));
		model.addAttribute("inheritedFromName", links.unitName(agreement.getInheritedFromUnitId(), locale));
		model.addAttribute("parties", views.partnersInOrder(agreement.partnerIds()));
		model.addAttribute("countryNames", views.countryNames(agreement.getCountries(), locale));
		model.addAttribute("languages", AgreementFormController.LANGUAGES);
		model.addAttribute("actions", views.actions(actor, agreement, opinions));
		model.addAttribute("opinions", opinions);
		model.addAttribute("opinionUnitNames", views.unitNames(
				opinions.stream().map(OpinionRequest::getConsultedUnitId).filter(java.util.Objects::nonNull).toList(), locale));
		model.addAttribute("answerable", opinions.stream().filter(o -> agreements.canAnswer(actor, agreement, o))
			.map(OpinionRequest::getId).collect(Collectors.toSet()));
		model.addAttribute("answers", OpinionAnswer.values());
		model.addAttribute("changes", agreements.changes(actor, id));
		model.addAttribute("delegation", links.delegation(actor, agreement.getDelegationId()).orElse(null));
		model.addAttribute("relation", links.relation(actor, agreement.getRelationId(), locale).orElse(null));
		model.addAttribute("today", agreements.today());
		model.addAttribute("todayText", DateFormats.DATE.format(agreements.today()));
		model.addAttribute("consultable", agreements.consultableUnits().stream()
			.filter(unit -> unit.getId() != agreement.getUnitId()).toList());
		model.addAttribute("ministryUnitId", agreements.ministryUnit().map(OrgUnit::getId).orElse(null));
		model.addAttribute("alreadyAsked", opinions.stream().filter(o -> !o.answered() && o.getConsultedUnitId() != null)
			.map(OpinionRequest::getConsultedUnitId).collect(Collectors.toSet()));
		model.addAttribute("attachments", attachments.list(actor, AgreementAttachments.OWNER_TYPE, id));
		model.addAttribute("canAttach", attachments.canEdit(actor, AgreementAttachments.OWNER_TYPE, id));
		views.others(actor, id, locale, model);
		model.addAttribute("warnings", monitoring.warnings(actor, id));
		if (agreement.getStatus().signed()) {
			Roadmap roadmap = roadmaps.roadmap(actor, id);
			model.addAttribute("roadmap", roadmap);
			model.addAttribute("canEditRoadmap", roadmap.canEdit());
			model.addAttribute("reviews", roadmaps.reviews(actor, id));
		}
		model.addAttribute("activeNav", "agreements");
		return "agreements/detail";
	}
}
