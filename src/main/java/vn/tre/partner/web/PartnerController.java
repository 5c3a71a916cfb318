package vn.tre.partner.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.audit.AuditLog;
import vn.tre.document.Attachments;
import vn.tre.partner.ActivityKind;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerTimeline;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationFilter;
import vn.tre.partner.RelationManagement;
import vn.tre.partner.TimelineEntry;
import vn.tre.shared.Actor;

/**
 * A partner's page: its public profile, the relations the viewer may see, its timeline (filtered by unit and
 * kind with htmx), attachments and history.
 */
@Controller
class PartnerController {

	private static final int TIMELINE_PAGE = 20;

	private final PartnerDirectory partners;

	private final RelationManagement relations;

	private final PartnerTimeline timeline;

	private final CountryCatalogue countries;

	private final Attachments attachments;

	private final AuditLog audit;

	private final Labels labels;

	private final Clock clock;

	PartnerController(PartnerDirectory partners, RelationManagement relations, PartnerTimeline timeline,
			CountryCatalogue countries, Attachments attachments, AuditLog audit, Labels labels, Clock clock) {
		this.partners = partners;
		this.relations = relations;
		this.timeline = timeline;
		this.countries = countries;
		this.attachments = attachments;
		this.audit = audit;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/partners/{id}")
	String detail(Actor actor, @PathVariable long id, Model model, Locale locale) {
		Partner partner = partners.get(actor, id);
		Page<Relation> found = relations.search(actor, RelationFilter.ofPartner(id),
				PageRequest.of(0, 200, Sort.by("establishedOn", "id")));
		List<Relation> list = found.getContent();
		model.addAttribute("activeNav", "partners");
		model.addAttribute("partner", partner);
		model.addAttribute("country", countries.find(partner.getCountryCode()).orElse(null));
		model.addAttribute("regions", countries.regionsByCode());
		model.addAttribute("parent", partner.getParentId() == null ? null : partners.find(partner.getParentId()).orElse(null));
		model.addAttribute("children", partners.children(id));
		model.addAttribute("relations", list);
		model.addAttribute("unitNames", labels.unitNames(
				java.util.stream.Stream.concat(list.stream().map(Relation::getUnitId),
						java.util.stream.Stream.of(partner.getOwnerUnitId())).toList(), locale));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canEdit", partners.canEdit(actor, partner));
		model.addAttribute("canCreate", partners.canCreate(actor));
		model.addAttribute("canAddRelation", !relations.unitsForNewRelations(actor).isEmpty());
		model.addAttribute("attachments", attachments.list(actor, "partner", id));
		model.addAttribute("canAttach", attachments.canEdit(actor, "partner", id));
		addTimeline(actor, id, null, null, 0, model, locale);
		return "partners/detail";
	}

	@GetMapping("/partners/{id}/timeline")
	String timeline(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable ActivityKind kind, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model, Locale locale) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/partners/" + id + "#timeline";
		}
		model.addAttribute("partner", partners.get(actor, id));
		addTimeline(actor, id, unitId, kind, page, model, locale);
		return "partners/detail :: timeline-entries";
	}

	@GetMapping("/partners/{id}/history")
	String history(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("activeNav", "partners");
		model.addAttribute("partner", partners.get(actor, id));
		model.addAttribute("history", audit.history("Partner", id));
		return "partners/history";
	}

	private void addTimeline(Actor actor, long id, @Nullable Long unitId, @Nullable ActivityKind kind, int page, Model model,
			Locale locale) {
		Page<TimelineEntry> entries = timeline.of(actor, id, unitId, kind, PageRequest.of(Math.max(page, 0), TIMELINE_PAGE));
		List<Long> timelineUnits = timeline.unitsOf(actor, id);
		model.addAttribute("entries", entries);
		model.addAttribute("timelineUnits", timelineUnits);
		model.addAttribute("timelineUnitNames", labels.unitNames(timelineUnits, locale));
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("timelineUnitId", unitId);
		model.addAttribute("timelineKind", kind);
	}
}
