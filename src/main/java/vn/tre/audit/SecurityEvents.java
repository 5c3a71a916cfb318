package vn.tre.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The security log ({@code audit.security_event}): written as events happen, read newest first. */
@Repository
class SecurityEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an event of the current request, with its address and browser. */
	void record(SecurityEventKind kind, String username, @Nullable String detail, @Nullable String recordType,
			@Nullable String recordId) {
		RequestOrigin origin = RequestOrigin.current();
		jdbc.sql("""
				insert into audit.security_event (at, username, kind, ip, user_agent, detail, record_type, record_id)
				values (:at, :username, :kind, :ip, :userAgent, :detail, :recordType, :recordId)""")
			.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.param("username", RequestOrigin.cut(username.isBlank() ? "-" : username, 100))
			.param("kind", kind.name())
			.param("ip", origin.ip())
			.param("userAgent", origin.userAgent())
			.param("detail", RequestOrigin.cut(detail, 500))
			.param("recordType", RequestOrigin.cut(recordType, 100))
			.param("recordId", RequestOrigin.cut(recordId, 100))
			.update();
	}

	Page<SecurityEvent> search(SecurityEventFilter filter, Pageable page) {
		var conditions = new ArrayList<String>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.user() != null && !filter.user().isBlank()) {
			conditions.add("lower(username) like :user escape '\\'");
			params.put("user", "%" + filter.user().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
				.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.kind() != null) {
			conditions.add("kind = :kind");
			params.put("kind", filter.kind().name());
		}
		ZoneId zone = clock.getZone();
		if (filter.from() != null) {
			conditions.add("at >= :from");
			params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			conditions.add("at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		List<SecurityEvent> content = jdbc.sql("select id, at, username, kind, ip, user_agent, detail, record_type, record_id"
				+ " from audit.security_event" + where + " order by at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(SecurityEvents::event)
			.list();
		long total = jdbc.sql("select count(*) from audit.security_event" + where).params(params).query(Long.class).single();
		return new PageImpl<>(content, page, total);
	}

	private static SecurityEvent event(ResultSet rs, int row) throws SQLException {
		return new SecurityEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("username"), SecurityEventKind.valueOf(rs.getString("kind")), rs.getString("ip"),
				rs.getString("user_agent"), rs.getString("detail"), rs.getString("record_type"), rs.getString("record_id"));
	}
}
