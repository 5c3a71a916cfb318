package vn.tre.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A unit's year, planned against carried out: counts by quarter and by country for each direction, the
 * delegations that went outside the plan and the planned ones not carried out.
 */
public record PlanVersusActual(long unitId, int year, boolean planApproved, Map<Direction, int[][]> byQuarter,
		Map<String, int[]> byCountry, List<Delegation> outsidePlan, List<PlanItemView> notCarriedOut, int plannedItems,
		int carriedOutItems) {

	/** Share of planned delegations carried out, in percent (0 when nothing was planned). */
	public int shareCarriedOut() {
		return plannedItems == 0 ? 0 : Math.round(100f * carriedOutItems / plannedItems);
	}

	/** Planned, carried out within the plan, and outside the plan, for a direction and quarter (1–4). */
	public int[] quarter(Direction direction, int quarter) {
		return byQuarter.get(direction)[quarter - 1];
	}

	static PlanVersusActual of(long unitId, int year, boolean planApproved, List<PlanItemView> items,
			List<Delegation> delegations) {
		List<Delegation> went = delegations.stream().filter(d -> d.getStatus().goesAhead()).toList();
		Set<UUID> plannedRefs = new HashSet<>();
		items.forEach(item -> plannedRefs.add(item.ref()));
		Set<UUID> carriedOut = new HashSet<>();
		Map<Direction, int[][]> byQuarter = new TreeMap<>();
		for (Direction direction : Direction.values()) {
			byQuarter.put(direction, new int[4][3]);
		}
		Map<String, int[]> byCountry = new TreeMap<>();
		for (PlanItemView item : items) {
			byQuarter.get(item.direction())[item.quarter() - 1][0]++;
			item.countryCodes().forEach(code -> byCountry.computeIfAbsent(code, c -> new int[2])[0]++);
		}
		List<Delegation> outside = new ArrayList<>();
		for (Delegation d : went) {
			int quarter = (d.getDepartureDate().getMonthValue() - 1) / 3;
			boolean inPlan = d.getPlanItemRef() != null && plannedRefs.contains(d.getPlanItemRef());
			byQuarter.get(d.getDirection())[quarter][inPlan ? 1 : 2]++;
			d.getCountries().forEach(code -> byCountry.computeIfAbsent(code, c -> new int[2])[1]++);
			if (inPlan) {
				carriedOut.add(d.getPlanItemRef());
			}
			else {
				outside.add(d);
			}
		}
		List<PlanItemView> missing = items.stream().filter(item -> !carriedOut.contains(item.ref())).toList();
		return new PlanVersusActual(unitId, year, planApproved, byQuarter, byCountry, outside, missing, items.size(),
				carriedOut.size());
	}

	static LocalDate first(int year) {
		return LocalDate.of(year, 1, 1);
	}

	static LocalDate last(int year) {
		return LocalDate.of(year, 12, 31);
	}
}
