package vn.tre.delegation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.delegation.DelegationPlan;
import vn.tre.delegation.DelegationPlans;
import vn.tre.delegation.InvalidPlanInput;
import vn.tre.delegation.PlanFilter;
import vn.tre.delegation.PlanStatus;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;

/** The list of the plans a user may see, and the officers' form to create their unit's plan for a year. */
@Controller
@RequestMapping("/delegation-plans")
class PlanListController {

	private static final int PAGE_SIZE = 20;

	private static final Sort ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("unitId"));

	private final DelegationPlans plans;

	private final OrgUnitManagement units;

	private final Clock clock;

	PlanListController(DelegationPlans plans, OrgUnitManagement units, Clock clock) {
		this.plans = plans;
		this.units = units;
		this.clock = clock;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "delegation-plans";
	}

	/** A unit in the unit filter. */
	record UnitChoice(long id, String name) {
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable PlanStatus status, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Actor actor, Model model, Locale locale) {
		var filter = new PlanFilter(unitId, year, status);
		Page<DelegationPlan> results = plans.search(actor, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, ORDER));
		Map<Long, OrgUnit> unitsById = units.byIds(results.getContent().stream().map(DelegationPlan::getUnitId).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("totals", plans.currentTotals(results.getContent()));
		model.addAttribute("unitNames", unitsById.values().stream()
			.collect(Collectors.toMap(OrgUnit::getId, unit -> unit.name(locale))));
		model.addAttribute("years", years(actor));
		model.addAttribute("unitChoices", unitChoices(actor, locale));
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("pageUrl", url(filter));
		boolean canCreate = plans.canEdit(actor, actor.unitId());
		model.addAttribute("canCreate", canCreate);
		model.addAttribute("nextYear", canCreate ? nextYearWithoutPlan(actor) : null);
		return htmx.isHtmxRequest() ? "delegation-plans/list :: results" : "delegation-plans/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable Integer year, Actor actor, Model model, Locale locale) {
		checkCreates(actor);
		var form = new PlanCreateForm();
		form.setYear(year != null ? year : nextYearWithoutPlan(actor));
		model.addAttribute("planCreateForm", form);
		return createForm(actor, model, locale);
	}

	@PostMapping
	String create(Actor actor, @ModelAttribute PlanCreateForm planCreateForm, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		checkCreates(actor);
		if (planCreateForm.getYear() == null && !errors.hasFieldErrors("year")) {
			errors.rejectValue("year", "plan.error.year.required");
		}
		if (errors.hasErrors()) {
			return createForm(actor, model, locale);
		}
		try {
			DelegationPlan plan = plans.create(actor, actor.unitId(), planCreateForm.getYear());
			redirect.addFlashAttribute("flashSuccess", "plan.flash.created");
			return "redirect:/delegation-plans/" + plan.getId();
		}
		catch (InvalidPlanInput refused) {
			refused.errors().forEach((field, key) -> errors.rejectValue(field, key));
			return createForm(actor, model, locale);
		}
	}

	private String createForm(Actor actor, Model model, Locale locale) {
		model.addAttribute("unitName", units.nameOf(actor.unitId(), locale));
		int thisYear = LocalDate.now(clock).getYear();
		model.addAttribute("yearChoices", IntStream.rangeClosed(thisYear - 1, thisYear + 3).boxed().toList());
		return "delegation-plans/new";
	}

	private void checkCreates(Actor actor) {
		if (!plans.canEdit(actor, actor.unitId())) {
			throw new Forbidden("delegation plan");
		}
	}

	/** This year, or the first year after it for which the actor's unit has no plan yet. */
	private int nextYearWithoutPlan(Actor actor) {
		int year = LocalDate.now(clock).getYear();
		while (plans.find(actor, actor.unitId(), year).isPresent()) {
			year++;
		}
		return year;
	}

	private List<Integer> years(Actor actor) {
		var years = new TreeSet<Integer>(Comparator.reverseOrder());
		years.addAll(plans.years(actor));
		years.add(LocalDate.now(clock).getYear());
		return List.copyOf(years);
	}

	private List<UnitChoice> unitChoices(Actor actor, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return units.byIds(plans.unitsWithPlans(actor)).values().stream()
			.map(unit -> new UnitChoice(unit.getId(), unit.name(locale)))
			.sorted(Comparator.comparing(UnitChoice::name, collator))
			.toList();
	}

	private static String url(PlanFilter filter) {
		var url = new StringBuilder("/delegation-plans?");
		if (filter.unitId() != null) {
			url.append("unitId=").append(filter.unitId()).append('&');
		}
		if (filter.year() != null) {
			url.append("year=").append(filter.year()).append('&');
		}
		if (filter.status() != null) {
			url.append("status=").append(filter.status()).append('&');
		}
		return url.substring(0, url.length() - 1);
	}
}
