package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The agreement figures reports are computed from, in plain SQL on the module's own tables: agreements
 * signed in a period (by kind, country and field), in force at a day, the share of living agreements with a
 * roadmap, milestones done and late, reviews filed, warnings open. A null list of units means every unit.
 */
@Service
public class AgreementIndicators {

	private static final String SCOPE = " and (:all or a.unit_id in (:units))";

	private static final String SIGNED_IN = " from agreement.agreement a where a.signed_on between :from and :to" + SCOPE;

	private final JdbcClient jdbc;

	private final Clock clock;

	AgreementIndicators(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Agreements signed in the period. */
	public long signed(LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		return count("select count(*)" + SIGNED_IN, from, to, unitIds);
	}

	/** Agreements signed in the period, by kind. */
	public Map<AgreementKind, Long> signedByKind(LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		Map<AgreementKind, Long> counts = new EnumMap<>(AgreementKind.class);
		grouped("select a.kind, count(*)" + SIGNED_IN + " group by a.kind", from, to, unitIds, AgreementKind::valueOf, counts);
		return counts;
	}

	/** Agreements signed in the period, by country of a foreign party (an agreement with two countries counts for both). */
	public Map<String, Long> signedByCountry(LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		Map<String, Long> counts = new LinkedHashMap<>();
		grouped("select c.country_code, count(*) from agreement.agreement a join agreement.agreement_country c"
				+ " on c.agreement_id = a.id where a.signed_on between :from and :to" + SCOPE
				+ " group by c.country_code order by count(*) desc, c.country_code", from, to, unitIds, Function.identity(), counts);
		return counts;
	}

	/** Agreements signed in the period, by field of cooperation. */
	public Map<CooperationField, Long> signedByField(LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		Map<CooperationField, Long> counts = new EnumMap<>(CooperationField.class);
		grouped("select f.field, count(*) from agreement.agreement a join agreement.agreement_field f"
				+ " on f.agreement_id = a.id where a.signed_on between :from and :to" + SCOPE + " group by f.field", from, to,
				unitIds, CooperationField::valueOf, counts);
		return counts;
	}

	/** Agreements in force on the day, by their dates: entered into force and neither ended nor expired before it. */
	public long inForceOn(LocalDate day, @Nullable Collection<Long> unitIds) {
		return scoped(jdbc.sql("select count(*) from agreement.agreement a where a.signed_on is not null"
				+ " and a.entry_into_force_on <= :day and (a.ended_on is null or a.ended_on >= :day) and (a.expires_on is null or a.expires_on >= :day)" + SCOPE)
			.param("day", day), unitIds).query(Long.class).single();
	}

	/** Of the agreements signed by the day that live on today, how many have a roadmap. */
	public RoadmapShare roadmapShare(LocalDate day, @Nullable Collection<Long> unitIds) {
		return scoped(jdbc.sql("select count(*), count(*) filter (where exists (select 1 from agreement.roadmap_activity r"
				+ " where r.agreement_id = a.id)) from agreement.agreement a where a.signed_on <= :day and "
				+ WarningCauses.ALIVE + SCOPE).param("day", day), unitIds)
			.query((rs, n) -> new RoadmapShare(rs.getLong(2), rs.getLong(1))).single();
	}

	/** Milestones done in the period. */
	public long milestonesDone(LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		return count("select count(*) from agreement.milestone m join agreement.agreement a on a.id = m.agreement_id"
				+ " where m.status = 'DONE' and m.done_on between :from and :to" + SCOPE, from, to, unitIds);
	}

	/** Milestones due in the period (and before today) that were done after their due date or are still not done. */
	public long milestonesLate(LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		return scoped(jdbc.sql("select count(*) from agreement.milestone m join agreement.agreement a on a.id = m.agreement_id"
				+ " where m.due_on between :from and :to and m.due_on < :today and (m.done_on > m.due_on"
				+ " or m.status in ('PLANNED', 'IN_PROGRESS', 'LATE'))" + SCOPE)
			.param("from", from).param("to", to).param("today", LocalDate.now(clock)), unitIds).query(Long.class).single();
	}

	/** Yearly reviews filed for the year, by assessment. */
	public Map<Assessment, Long> reviewsFiled(int year, @Nullable Collection<Long> unitIds) {
		Map<Assessment, Long> counts = new EnumMap<>(Assessment.class);
		scoped(jdbc.sql("select r.assessment, count(*) from agreement.agreement_review r join agreement.agreement a"
				+ " on a.id = r.agreement_id where r.year = :year" + SCOPE + " group by r.assessment").param("year", year), unitIds)
			.query((rs, n) -> counts.put(Assessment.valueOf(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}

	/** Warnings open today, by kind. */
	public Map<WarningKind, Long> openWarnings(@Nullable Collection<Long> unitIds) {
		Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
		scoped(jdbc.sql("select w.kind, count(*) from agreement.agreement_warning w join agreement.agreement a"
				+ " on a.id = w.agreement_id where w.resolved_on is null" + SCOPE + " group by w.kind"), unitIds)
			.query((rs, n) -> counts.put(WarningKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}

	/** How many living agreements have a roadmap, of how many. */
	public record RoadmapShare(long withRoadmap, long total) {

		/** The share in percent, rounded; 0 when there is no agreement. */
		public int percent() {
			return total == 0 ? 0 : Math.round(100f * withRoadmap / total);
		}
	}

	private long count(String sql, LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds) {
		return scoped(jdbc.sql(sql).param("from", from).param("to", to), unitIds).query(Long.class).single();
	}

	private <K> void grouped(String sql, LocalDate from, LocalDate to, @Nullable Collection<Long> unitIds,
			Function<String, K> key, Map<K, Long> into) {
		scoped(jdbc.sql(sql).param("from", from).param("to", to), unitIds)
			.query((rs, n) -> into.put(key.apply(rs.getString(1)), rs.getLong(2))).list();
	}

	private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec sql, @Nullable Collection<Long> unitIds) {
		return sql.param("all", unitIds == null).param("units", ids(unitIds));
	}

	private static List<Long> ids(@Nullable Collection<Long> unitIds) {
		return unitIds == null || unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds);
	}
}
