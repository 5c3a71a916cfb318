package vn.tre.legal.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.legal.CalendarManagement;
import vn.tre.legal.DeadlineRuleManagement;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.LegalBasisKind;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;

/** The legal library: the list (as a page, an htmx fragment or an Excel sheet) and the detail page. */
@Controller
@RequestMapping("/legal-bases")
class LegalBasisController {

	private static final int PAGE_SIZE = 20;

	/** More rows than the library will hold for years; an export never reads the table without a limit. */
	private static final int MAX_EXPORT = 10_000;

	private final LegalBases legalBases;

	private final DeadlineRuleManagement rules;

	private final CalendarManagement calendar;

	private final AccessPolicy access;

	private final LegalBasisExport export;

	LegalBasisController(LegalBases legalBases, DeadlineRuleManagement rules, CalendarManagement calendar,
			AccessPolicy access, LegalBasisExport export) {
		this.legalBases = legalBases;
		this.rules = rules;
		this.calendar = calendar;
		this.access = access;
		this.export = export;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "legal-bases";
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LegalBasisKind kind,
			@RequestParam(required = false) @Nullable Boolean inForce,
			@RequestParam(defaultValue = LegalBasisQuery.DEFAULT_SORT) String sort,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Actor actor, Model model) {
		var query = new LegalBasisQuery(q, kind, inForce, sort);
		Page<LegalBasis> results = legalBases.search(query.filter(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, query.toSort()));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("statuses", legalBases.statusesOf(results.getContent()));
		model.addAttribute("kinds", LegalBasisKind.values());
		model.addAttribute("canAdminister", access.administers(actor));
		return htmx.isHtmxRequest() ? "legal-bases/list :: results" : "legal-bases/list";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LegalBasisKind kind,
			@RequestParam(required = false) @Nullable Boolean inForce,
			@RequestParam(defaultValue = LegalBasisQuery.DEFAULT_SORT) String sort, Locale locale) {
		var query = new LegalBasisQuery(q, kind, inForce, sort);
		List<LegalBasis> rows = legalBases.search(query.filter(), PageRequest.of(0, MAX_EXPORT, query.toSort()))
			.getContent();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"legal-bases.xlsx\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(export.write(rows, legalBases.statusesOf(rows), locale));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Actor actor, Model model) {
		LegalBasis basis = legalBases.get(id);
		List<LegalBasis> successors = legalBases.successors(id);
		model.addAttribute("basis", basis);
		model.addAttribute("status", legalBases.statusOf(basis));
		model.addAttribute("successors", successors);
		model.addAttribute("successorStatuses", legalBases.statusesOf(successors));
		model.addAttribute("predecessors", legalBases.predecessors(id));
		model.addAttribute("rules", rules.citing(id));
		model.addAttribute("days", calendar.daysCiting(id));
		model.addAttribute("canAdminister", access.administers(actor));
		return "legal-bases/detail";
	}

}
