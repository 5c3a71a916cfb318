package vn.tre.delegation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationFilter;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.DelegationStatus;
import vn.tre.delegation.Direction;
import vn.tre.document.Attachments;
import vn.tre.shared.Actor;

/** The list of delegations with its filters and export, a delegation's page and its history. */
@Controller
class DelegationController {

	private static final int PAGE_SIZE = 25;

	private final DelegationManagement delegations;

	private final DelegationViews views;

	private final Attachments attachments;

	private final AuditLog audit;

	private final Clock clock;

	DelegationController(DelegationManagement delegations, DelegationViews views, Attachments attachments, AuditLog audit,
			Clock clock) {
		this.delegations = delegations;
		this.views = views;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/delegations")
	String list(Actor actor, @ModelAttribute("filter") DelegationListFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "departureDate") String sort, @RequestParam(defaultValue = "desc") String dir,
			HtmxRequest htmx, Locale locale, Model model) {
		Page<Delegation> results = delegations.search(actor, filter.toFilter(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, DelegationListFilter.sort(sort, dir)));
		model.addAttribute("results", results);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		views.listModel(actor, results.getContent(), locale, model);
		model.addAttribute("activeNav", "delegations");
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("statuses", DelegationStatus.values());
		model.addAttribute("directions", Direction.values());
		return htmx.isHtmxRequest() ? "delegations/list :: results" : "delegations/list";
	}

	@GetMapping("/delegations/export")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("filter") DelegationListFilter filter, Locale locale) {
		Page<Delegation> all = delegations.search(actor, filter.toFilter(),
				PageRequest.of(0, 20_000, Sort.by("departureDate").descending()));
		return views.export(all.getContent(), locale);
	}

	@GetMapping("/delegations/{id}")
	String detail(Actor actor, @PathVariable long id, Locale locale, Model model) {
		Delegation delegation = delegations.get(actor, id);
		views.detailModel(actor, delegation, locale, model);
		model.addAttribute("attachments", attachments.list(actor, DelegationAttachments.OWNER_TYPE, id));
		model.addAttribute("canAttach", attachments.canEdit(actor, DelegationAttachments.OWNER_TYPE, id));
		model.addAttribute("transitions", delegations.history(actor, id));
		model.addAttribute("activeNav", "delegations");
		return "delegations/detail";
	}

	@GetMapping("/delegations/{id}/history")
	String history(Actor actor, @PathVariable long id, Model model) {
		Delegation delegation = delegations.get(actor, id);
		model.addAttribute("delegation", delegation);
		model.addAttribute("transitions", delegations.history(actor, id));
		model.addAttribute("changes", audit.history("Delegation", id));
		model.addAttribute("activeNav", "delegations");
		return "delegations/history";
	}
}
