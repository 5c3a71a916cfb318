package vn.tre.organisation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.ClusterManagement;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitFilter;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;

/** The org-unit tree, its search, a unit's page and the export of a filtered list. */
@Controller
class OrgUnitController {

	private static final int PAGE_SIZE = 25;

	private final OrgUnitManagement units;

	private final ClusterManagement clusters;

	private final AccessPolicy access;

	private final MessageSource messages;

	private final Clock clock;

	OrgUnitController(OrgUnitManagement units, ClusterManagement clusters, AccessPolicy access, MessageSource messages,
			Clock clock) {
		this.units = units;
		this.clusters = clusters;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/org-units")
	String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable OrgUnitType type,
			@RequestParam(defaultValue = "false") boolean historical, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model) {
		boolean searching = !q.isBlank() || type != null;
		model.addAttribute("activeNav", "org-units");
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("historical", historical);
		model.addAttribute("types", OrgUnitType.values());
		model.addAttribute("searching", searching);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canAdminister", access.administers(actor));
		if (searching) {
			Page<OrgUnit> results = units.search(actor, new OrgUnitFilter(q, type, null, !historical),
					PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("type", "nameVi")));
			model.addAttribute("results", results);
			model.addAttribute("names", parentNames(results.getContent()));
		}
		else {
			List<OrgUnit> roots = units.roots(actor, historical);
			model.addAttribute("roots", roots);
			model.addAttribute("childCounts", childCounts(roots));
		}
		return htmx.isHtmxRequest() ? "org-units/list :: results" : "org-units/list";
	}

	@GetMapping("/org-units/{id}/children")
	String children(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean historical,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		List<OrgUnit> children = units.children(actor, id).stream()
			.filter(unit -> historical || unit.validOn(today))
			.toList();
		model.addAttribute("nodes", children);
		model.addAttribute("childCounts", childCounts(children));
		model.addAttribute("historical", historical);
		model.addAttribute("today", today);
		return "org-units/list :: nodes";
	}

	@GetMapping("/org-units/{id}")
	String detail(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		OrgUnit unit = units.get(actor, id);
		Page<OrgUnit> children = units.search(actor, new OrgUnitFilter(q, null, id, false),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("nameVi")));
		model.addAttribute("activeNav", "org-units");
		model.addAttribute("unit", unit);
		model.addAttribute("children", children);
		model.addAttribute("q", q);
		if (htmx.isHtmxRequest()) {
			return "org-units/detail :: children";
		}
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("parent", unit.getParentId() == null ? null : units.find(unit.getParentId()).orElse(null));
		model.addAttribute("mergedInto", unit.getMergedIntoId() == null ? null : units.find(unit.getMergedIntoId()).orElse(null));
		model.addAttribute("successor", units.successorToday(id));
		model.addAttribute("predecessors", units.predecessors(id));
		model.addAttribute("clusters", clusters.ofUnit(id));
		model.addAttribute("canAdminister", access.administers(actor));
		model.addAttribute("breadcrumbs", ancestors(unit));
		return "org-units/detail";
	}

	@GetMapping("/org-units/export")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable OrgUnitType type, @RequestParam(required = false) @Nullable Long parentId,
			@RequestParam(defaultValue = "false") boolean historical, Locale locale) {
		Page<OrgUnit> all = units.search(actor, new OrgUnitFilter(q, type, parentId, !historical),
				PageRequest.of(0, 50_000, Sort.by("type", "nameVi")));
		var names = parentNames(all.getContent());
		List<String> header = List.of("orgunit.code", "orgunit.type", "orgunit.nameVi", "orgunit.nameEn", "orgunit.parent",
				"orgunit.validFrom", "orgunit.validTo", "orgunit.mergedInto").stream()
			.map(key -> messages.getMessage(key, null, locale))
			.toList();
		var successors = units.byIds(all.getContent().stream().map(OrgUnit::getMergedIntoId)
			.filter(java.util.Objects::nonNull).distinct().toList());
		var rows = all.getContent().stream().map(unit -> java.util.Arrays.<Object>asList(unit.getCode(),
				messages.getMessage("orgunit.type." + unit.getType(), null, locale), unit.getNameVi(), unit.getNameEn(),
				unit.getParentId() == null ? null : names.get(unit.getParentId()), unit.getValidFrom(), unit.getValidTo(),
				unit.getMergedIntoId() == null ? null : successors.get(unit.getMergedIntoId()).getNameVi())).toList();
		return ExcelExport.response("don-vi.xlsx", ExcelExport.write(messages.getMessage("nav.orgUnits", null, locale), header, rows));
	}

	private java.util.Map<Long, Long> childCounts(List<OrgUnit> nodes) {
		return units.countChildren(nodes.stream().map(OrgUnit::getId).toList());
	}

	private java.util.Map<Long, String> parentNames(List<OrgUnit> list) {
		var names = new java.util.HashMap<Long, String>();
		units.byIds(list.stream().map(OrgUnit::getParentId).filter(java.util.Objects::nonNull).distinct().toList())
			.forEach((id, parent) -> names.put(id, parent.getNameVi()));
		return names;
	}

	private List<OrgUnit> ancestors(OrgUnit unit) {
		var chain = new java.util.ArrayList<OrgUnit>();
		Long parentId = unit.getParentId();
		while (parentId != null && chain.size() < 10) {
			OrgUnit parent = units.find(parentId).orElse(null);
			if (parent == null) {
				break;
			}
			chain.addFirst(parent);
			parentId = parent.getParentId();
		}
		return chain;
	}
}
