package vn.tre.partner.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.audit.AuditLog;
import vn.tre.document.Attachments;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationManagement;
import vn.tre.partner.RelationStatus;
import vn.tre.partner.RelationType;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;

/** The relations of the units the viewer may see: list, one relation's page, history and export. */
@Controller
class RelationController {

	private static final int PAGE_SIZE = 25;

	private final RelationManagement relations;

	private final PartnerDirectory partners;

	private final CountryCatalogue countries;

	private final Attachments attachments;

	private final AuditLog audit;

	private final Labels labels;

	private final MessageSource messages;

	private final Clock clock;

	RelationController(RelationManagement relations, PartnerDirectory partners, CountryCatalogue countries,
			Attachments attachments, AuditLog audit, Labels labels, MessageSource messages, Clock clock) {
		this.relations = relations;
		this.partners = partners;
		this.countries = countries;
		this.attachments = attachments;
		this.audit = audit;
		this.labels = labels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/relations")
	String list(Actor actor, @ModelAttribute("filter") RelationFilterForm form, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model, Locale locale) {
		Page<Relation> results = relations.search(actor, form.filter(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "establishedOn").and(Sort.by("id"))));
		addRows(results.getContent(), model, locale);
		model.addAttribute("results", results);
		model.addAttribute("query", form.query());
		if (htmx.isHtmxRequest()) {
			return "relations/list :: results";
		}
		model.addAttribute("activeNav", "relations");
		model.addAttribute("canCreate", !relations.unitsForNewRelations(actor).isEmpty());
		model.addAttribute("types", RelationType.values());
		model.addAttribute("statuses", RelationStatus.values());
		model.addAttribute("countries", countries.all(locale));
		model.addAttribute("filterUnits", labels.unitNames(relations.unitsWithRelations(actor), locale));
		return "relations/list";
	}

	@GetMapping("/relations/{id}")
	String detail(Actor actor, @PathVariable long id, Model model, Locale locale) {
		Relation relation = relations.get(actor, id);
		Partner partner = partners.get(actor, relation.getPartnerId());
		model.addAttribute("activeNav", "relations");
		model.addAttribute("relation", relation);
		model.addAttribute("partner", partner);
		model.addAttribute("countryName", countries.nameOf(partner.getCountryCode(), locale));
		model.addAttribute("unitName", labels.unitNames(List.of(relation.getUnitId()), locale).get(relation.getUnitId()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canEdit", relations.canEdit(actor, relation.getUnitId()));
		model.addAttribute("attachments", attachments.list(actor, "partner-relation", id));
		model.addAttribute("canAttach", attachments.canEdit(actor, "partner-relation", id));
		return "relations/detail";
	}

	@GetMapping("/relations/{id}/history")
	String history(Actor actor, @PathVariable long id, Model model, Locale locale) {
		Relation relation = relations.get(actor, id);
		model.addAttribute("activeNav", "relations");
		model.addAttribute("relation", relation);
		model.addAttribute("partner", partners.get(actor, relation.getPartnerId()));
		model.addAttribute("history", audit.history("Relation", id));
		return "relations/history";
	}

	@GetMapping("/relations/export")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("filter") RelationFilterForm form, Locale locale) {
		List<Relation> all = relations.search(actor, form.filter(),
				PageRequest.of(0, 50_000, Sort.by(Sort.Direction.DESC, "establishedOn").and(Sort.by("id")))).getContent();
		var partnerNames = labels.partnersOf(all);
		var unitNames = labels.unitNames(all.stream().map(Relation::getUnitId).toList(), locale);
		var countryNames = labels.countryNames(locale);
		LocalDate today = LocalDate.now(clock);
		List<String> header = List.of("relation.unit", "relation.partner", "partner.country", "relation.type",
				"relation.establishedOn", "relation.documentReference", "relation.status", "relation.lastActivityOn",
				"relation.inactive").stream().map(key -> messages.getMessage(key, null, locale)).toList();
		var rows = all.stream().map(r -> {
			Partner partner = partnerNames.get(r.getPartnerId());
			return Arrays.<Object>asList(unitNames.get(r.getUnitId()), partner.name(locale),
					partner.getCountryCode() == null ? null : countryNames.get(partner.getCountryCode()),
					messages.getMessage("relation.type." + r.getType(), null, locale), r.getEstablishedOn(),
					r.getDocumentReference(), messages.getMessage("relation.status." + r.getStatus(), null, locale),
					r.getLastActivityOn(), r.inactiveFor2Years(today));
		}).toList();
		return ExcelExport.response("quan-he-doi-tac.xlsx",
				ExcelExport.write(messages.getMessage("relation.list.title", null, locale), header, rows));
	}

	private void addRows(List<Relation> rows, Model model, Locale locale) {
		model.addAttribute("partners", labels.partnersOf(rows));
		model.addAttribute("unitNames", labels.unitNames(rows.stream().map(Relation::getUnitId).toList(), locale));
		model.addAttribute("countryNames", labels.countryNames(locale));
		model.addAttribute("today", LocalDate.now(clock));
	}
}
