package vn.tre.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds, in SQL over the module's tables, every cause of a warning that holds on a day: the windows (60
 * days without a roadmap, 12 months without activity, 90 days before expiry) are settings.
 */
@Component
class WarningCauses {

	static final String ALIVE = "a.status in ('SIGNED', 'IN_FORCE', 'SUSPENDED')";

	private static final String COLUMNS = "select a.id, a.unit_id, a.created_by, a.title_vi, ";

	private static final String NO_MILESTONE = COLUMNS
			+ "cast(null as bigint) as milestone_id, cast(null as text) as milestone_title, cast(null as bigint) as owner_unit_id, ";

	private final JdbcClient jdbc;

	private final int roadmapDays;

	private final int inactivityMonths;

	private final int expiringDays;

	WarningCauses(JdbcClient jdbc, @Value("${tre.agreement.no-roadmap-days:60}") int roadmapDays,
			@Value("${tre.agreement.no-activity-months:12}") int inactivityMonths,
			@Value("${tre.agreement.expiring-days:90}") int expiringDays) {
		this.jdbc = jdbc;
		this.roadmapDays = roadmapDays;
		this.inactivityMonths = inactivityMonths;
		this.expiringDays = expiringDays;
	}

	/** Every cause that holds on the day. */
	List<WarningCause> on(LocalDate today) {
		List<WarningCause> causes = new ArrayList<>();
		causes.addAll(noRoadmap(today));
		causes.addAll(overdueMilestones(today));
		causes.addAll(noActivity(today));
		causes.addAll(expiring(today));
		causes.addAll(reportsOverdue(today));
		causes.addAll(opinionsOverdue(today));
		return causes;
	}

	/** Signed more than the window ago and still without a single roadmap activity. */
	private List<WarningCause> noRoadmap(LocalDate today) {
		return jdbc.sql(NO_MILESTONE + "a.signed_on as day"
				+ " from agreement.agreement a where " + ALIVE + " and a.signed_on < :cutoff"
				+ " and not exists (select 1 from agreement.roadmap_activity r where r.agreement_id = a.id)")
			.param("cutoff", today.minusDays(roadmapDays))
			.query((rs, n) -> cause(rs, WarningKind.NO_ROADMAP)).list();
	}

	/** Milestones past their due date, neither done nor dropped, of agreements that live on. */
	private List<WarningCause> overdueMilestones(LocalDate today) {
		return jdbc.sql(COLUMNS + "m.id as milestone_id, m.title as milestone_title, m.owner_unit_id, m.due_on as day"
				+ " from agreement.milestone m join agreement.agreement a on a.id = m.agreement_id where " + ALIVE
				+ " and m.due_on < :today and m.status in ('PLANNED', 'IN_PROGRESS', 'LATE')")
			.param("today", today)
			.query((rs, n) -> cause(rs, WarningKind.MILESTONE_OVERDUE)).list();
	}

	/** Nothing recorded (a step, a progress note, a milestone done) for longer than the window. */
	private List<WarningCause> noActivity(LocalDate today) {
		return jdbc.sql(NO_MILESTONE + "cast(null as date) as day"
				+ " from agreement.agreement a where " + ALIVE + " and greatest(a.last_activity_on, a.signed_on,"
				+ " (select max(p.on_date) from agreement.progress_entry p where p.agreement_id = a.id),"
				+ " (select max(m.done_on) from agreement.milestone m where m.agreement_id = a.id)) < :cutoff")
			.param("cutoff", today.minusMonths(inactivityMonths))
			.query((rs, n) -> cause(rs, WarningKind.NO_ACTIVITY)).list();
	}

	/** Expiring within the window: someone must decide to renew or let it lapse. */
	private List<WarningCause> expiring(LocalDate today) {
		return jdbc.sql(NO_MILESTONE + "a.expires_on as day"
				+ " from agreement.agreement a where " + ALIVE + " and a.expires_on between :today and :until")
			.param("today", today).param("until", today.plusDays(expiringDays))
			.query((rs, n) -> cause(rs, WarningKind.EXPIRING)).list();
	}

	/** The report to the Prime Minister is past its due date. */
	private List<WarningCause> reportsOverdue(LocalDate today) {
		return jdbc.sql(NO_MILESTONE + "a.report_due as day"
				+ " from agreement.agreement a where " + ALIVE + " and a.reported_on is null and a.report_due < :today")
			.param("today", today)
			.query((rs, n) -> cause(rs, WarningKind.REPORT_OVERDUE)).list();
	}

	/** A consulted body has not answered by the due date while the proposal is in consultation. */
	private List<WarningCause> opinionsOverdue(LocalDate today) {
		return jdbc.sql(NO_MILESTONE + "(select min(o.due_on) from agreement.opinion_request o"
				+ " where o.agreement_id = a.id and o.answer is null) as day from agreement.agreement a"
				+ " where a.status = 'CONSULTATION' and exists (select 1 from agreement.opinion_request o"
				+ " where o.agreement_id = a.id and o.answer is null and o.due_on < :today)")
			.param("today", today)
			.query((rs, n) -> cause(rs, WarningKind.OPINION_OVERDUE)).list();
	}

	private static WarningCause cause(ResultSet rs, WarningKind kind) throws SQLException {
		long milestone = rs.getLong("milestone_id");
		Long milestoneId = rs.wasNull() ? null : milestone;
		long owner = rs.getLong("owner_unit_id");
		Long ownerUnitId = rs.wasNull() ? null : owner;
		LocalDate day = rs.getObject("day", LocalDate.class);
		return new WarningCause(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("created_by"), rs.getString("title_vi"),
				kind, milestoneId,
				rs.getString("milestone_title"), ownerUnitId, day);
	}
}
