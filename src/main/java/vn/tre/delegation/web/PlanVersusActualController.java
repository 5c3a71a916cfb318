package vn.tre.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tre.delegation.DelegationIndicators;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.Direction;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.PlanVersusActual;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/** Plan versus actual for a unit and year, and the delegation indicators as JSON. */
@Controller
class PlanVersusActualController {

	private final DelegationManagement delegations;

	private final DelegationIndicators indicators;

	private final DelegationViews views;

	private final OrgUnitManagement units;

	private final AccessPolicy access;

	PlanVersusActualController(DelegationManagement delegations, DelegationIndicators indicators, DelegationViews views,
			OrgUnitManagement units, AccessPolicy access) {
		this.delegations = delegations;
		this.indicators = indicators;
		this.views = views;
		this.units = units;
		this.access = access;
	}

	@GetMapping("/delegations/plan-vs-actual")
	String show(Actor actor, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
		long unit = unitId == null ? actor.unitId() : unitId;
		int shown = year == null ? delegations.today().getYear() : year;
		PlanVersusActual pva = delegations.planVersusActual(actor, unit, shown);
		model.addAttribute("pva", pva);
		model.addAttribute("unit", units.get(actor, unit));
		model.addAttribute("year", shown);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("countryNames", views.countryNames(pva.byCountry().keySet(), locale));
		model.addAttribute("activeNav", "delegations");
		return "delegations/plan-vs-actual";
	}

	/** The delegation indicators of a period for the caller's scope (or one unit and what stood for it). */
	record IndicatorsJson(LocalDate from, LocalDate to, long outgoing, long incoming, Map<String, Long> outgoingByCountry,
			Map<String, Long> incomingByCountry, Map<HeadLevel, Long> outgoingByHeadLevel, long reportsOverdue,
			@Nullable Integer shareCarriedOutAsPlanned) {
	}

	@GetMapping("/api/v1/delegations/indicators")
	@ResponseBody
	@Operation(summary = "Delegation indicators for a period: counts by direction, country and head level, overdue reports")
	IndicatorsJson indicators(Actor actor, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam int year, @RequestParam(required = false) @Nullable Integer half) {
		LocalDate from = half != null && half == 2 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
		LocalDate to = half != null && half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
		@Nullable List<Long> scope = scope(actor, unitId);
		return new IndicatorsJson(from, to, indicators.count(Direction.OUTGOING, from, to, scope),
				indicators.count(Direction.INCOMING, from, to, scope), indicators.byCountry(Direction.OUTGOING, from, to, scope),
				indicators.byCountry(Direction.INCOMING, from, to, scope),
				indicators.byHeadLevel(Direction.OUTGOING, from, to, scope), indicators.reportsOverdue(scope),
				unitId == null ? null : indicators.shareCarriedOutAsPlanned(unitId, year));
	}

	/** The units counted: the one asked for and those under it, or all the caller may see (null: every unit). */
	private @Nullable List<Long> scope(Actor actor, @Nullable Long unitId) {
		if (unitId != null) {
			units.get(actor, unitId);
			return units.subtreeIds(unitId);
		}
		var visible = access.visibleUnits(actor);
		return visible.all() ? null : List.copyOf(visible.ids());
	}
}
