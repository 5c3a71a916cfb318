package vn.tre.agreement.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.AgreementStatus;
import vn.tre.agreement.AgreementTables;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.WarningKind;
import vn.tre.audit.AuditLog;
import vn.tre.shared.Actor;

/** The list of agreements with its filters and export, and an agreement's history. */
@Controller
class AgreementController {

	private static final int PAGE_SIZE = 25;

	private final AgreementManagement agreements;

	private final AgreementTables tables;

	private final AgreementViews views;

	private final AgreementExport export;

	private final AuditLog audit;

	private final AgreementRoadmaps roadmaps;

	AgreementController(AgreementManagement agreements, AgreementTables tables, AgreementViews views,
			AgreementExport export, AuditLog audit, AgreementRoadmaps roadmaps) {
		this.roadmaps = roadmaps;
		this.agreements = agreements;
		this.tables = tables;
		this.views = views;
		this.export = export;
		this.audit = audit;
	}

	@GetMapping("/agreements")
	String list(Actor actor, @ModelAttribute("filter") AgreementListFilter filter, BindingResult badFilter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "createdAt") String sort,
			@RequestParam(defaultValue = "desc") String dir, HtmxRequest htmx, Locale locale, Model model) {
		Page<Agreement> results = agreements.search(actor, filter.toFilter(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, AgreementListFilter.sort(sort, dir)));
		model.addAttribute("results", results);
		model.addAttribute("progress", roadmaps.percents(results.getContent()));
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		views.names(results.getContent(), locale, model);
		model.addAttribute("filterPartnerName", filter.getPartnerId() == null ? ""
				: views.partnerNames(List.of(filter.getPartnerId()), locale).getOrDefault(filter.getPartnerId(), ""));
		model.addAttribute("today", agreements.today());
		model.addAttribute("canCreate", agreements.canCreateAnywhere(actor));
		if (!htmx.isHtmxRequest()) {
			model.addAttribute("statuses", AgreementStatus.values());
			model.addAttribute("kinds", AgreementKind.values());
			model.addAttribute("fields", CooperationField.values());
			model.addAttribute("warnings", WarningKind.values());
			model.addAttribute("countryOptions", views.countryOptions(locale));
			model.addAttribute("unitOptions", unitOptions(actor, locale));
		}
		model.addAttribute("activeNav", "agreements");
		return htmx.isHtmxRequest() ? "agreements/list :: results" : "agreements/list";
	}

	@GetMapping("/agreements/export")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("filter") AgreementListFilter filter,
			BindingResult badFilter, Locale locale) {
		Page<Agreement> all = agreements.search(actor, filter.toFilter(),
				PageRequest.of(0, 20_000, AgreementListFilter.sort("createdAt", "desc")));
		return export.list(all.getContent(), roadmaps.percents(all.getContent()), locale);
	}

	@GetMapping("/agreements/{id}/history")
	String history(Actor actor, @PathVariable long id, Model model) {
		Agreement agreement = agreements.get(actor, id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("transitions", agreements.history(actor, id));
		model.addAttribute("changes", audit.history("Agreement", id));
		model.addAttribute("activeNav", "agreements");
		return "agreements/history";
	}

	private List<Map.Entry<Long, String>> unitOptions(Actor actor, Locale locale) {
		return views.unitNames(tables.unitsWithAgreements(actor), locale).entrySet().stream()
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.toList();
	}
}
