package vn.tre.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The delegation figures reports are computed from: delegations that went ahead (approved and later) by
 * period, unit, country and level of the head; the share carried out as planned; reports overdue. Plain
 * SQL on the module's own tables. A null list of units means every unit (the ministry's view).
 */
@Service
public class DelegationIndicators {

	private static final String WENT_AHEAD = "status in ('APPROVED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'CLOSED')";

	private final JdbcClient jdbc;

	private final DelegationPlans plans;

	private final Clock clock;

	DelegationIndicators(JdbcClient jdbc, DelegationPlans plans, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.clock = clock;
	}

	/** Delegations of the direction that went ahead with a departure in the period, for the units. */
	public long count(Direction direction, LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		return jdbc.sql("select count(*) from delegation.delegation where direction = :direction and " + WENT_AHEAD
				+ " and departure_date between :from and :to and (:all or unit_id in (:units))")
			.param("direction", direction.name()).param("from", from).param("to", to).param("all", unitIds == null).param("units", ids(unitIds))
			.query(Long.class).single();
	}

	/** The same, by country visited or of origin (a delegation to two countries counts for both). */
	public Map<String, Long> byCountry(Direction direction, LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select c.country_code, count(*) from delegation.delegation d join delegation.delegation_country c"
				+ " on c.delegation_id = d.id where d.direction = :direction and d." + WENT_AHEAD
				+ " and d.departure_date between :from and :to and (:all or d.unit_id in (:units))"
				+ " group by c.country_code order by count(*) desc, c.country_code")
			.param("direction", direction.name()).param("from", from).param("to", to).param("all", unitIds == null).param("units", ids(unitIds))
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/** The same, by level of the head of delegation. */
	public Map<HeadLevel, Long> byHeadLevel(Direction direction, LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		Map<HeadLevel, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select head_level, count(*) from delegation.delegation where direction = :direction and " + WENT_AHEAD
				+ " and departure_date between :from and :to and (:all or unit_id in (:units)) group by head_level order by head_level")
			.param("direction", direction.name()).param("from", from).param("to", to).param("all", unitIds == null).param("units", ids(unitIds))
			.query((rs, n) -> counts.put(HeadLevel.valueOf(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}

	/** Of the unit's approved plan items for the year, the share (percent) that a delegation carried out. */
	public int shareCarriedOutAsPlanned(long unitId, int year) {
		List<PlanItemView> items = plans.approvedItems(unitId, year);
		if (items.isEmpty()) {
			return 0;
		}
		long carried = jdbc.sql("select count(distinct plan_item_ref) from delegation.delegation where unit_id = :unit and "
				+ WENT_AHEAD + " and plan_item_ref in (:refs)")
			.param("unit", unitId).param("refs", items.stream().map(PlanItemView::ref).toList())
			.query(Long.class).single();
		return Math.round(100f * carried / items.size());
	}

	/** Completed delegations of the units whose post-trip report is late today. */
	public long reportsOverdue(@Nullable Collection<Long> unitIds) {
		return jdbc.sql("select count(*) from delegation.delegation where status = 'COMPLETED' and report_due < :today"
				+ " and (:all or unit_id in (:units))")
			.param("today", LocalDate.now(clock)).param("all", unitIds == null).param("units", ids(unitIds)).query(Long.class).single();
	}

	private static List<Long> ids(@Nullable Collection<Long> unitIds) {
		return unitIds == null || unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds);
	}
}
