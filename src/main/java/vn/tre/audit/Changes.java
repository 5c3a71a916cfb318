package vn.tre.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tre.audit.PendingChanges.Entry;

/** The stored changes ({@code audit.change}), written in the transaction of the change they record. */
@Repository
class Changes {

	private static final TypeReference<List<FieldChange>> FIELDS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, at, user_id, username, entity_type, entity_id, action, changes::text as changes";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Changes(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Writes the entries of a transaction, by the user who made them, on the connection of that transaction. */
	void insert(List<Entry> entries, Instant at, @Nullable Long userId, String username) {
		OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
		jdbcTemplate.batchUpdate("""
				insert into audit.change (at, user_id, username, entity_type, entity_id, action, changes)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""",
				entries.stream().map(entry -> new Object[] { time, userId, username, entry.record().entityType(),
						entry.record().entityId(), entry.action().name(), json.writeValueAsString(entry.changes()) }).toList());
	}

	List<ChangeEntry> of(String entityType, String entityId) {
		return jdbc.sql("select " + COLUMNS + " from audit.change where entity_type = :type and entity_id = :id"
				+ " order by at desc, id desc")
			.param("type", entityType)
			.param("id", entityId)
			.query(this::entry)
			.list();
	}

	Page<ChangeEntry> of(String entityType, String entityId, Pageable page) {
		List<ChangeEntry> content = jdbc.sql("select " + COLUMNS + " from audit.change where entity_type = :type"
				+ " and entity_id = :id order by at desc, id desc limit :limit offset :offset")
			.param("type", entityType)
			.param("id", entityId)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(this::entry)
			.list();
		long total = jdbc.sql("select count(*) from audit.change where entity_type = :type and entity_id = :id")
			.param("type", entityType)
			.param("id", entityId)
			.query(Long.class)
			.single();
		return new PageImpl<>(content, page, total);
	}

	private ChangeEntry entry(ResultSet rs, int row) throws SQLException {
		Long userId = rs.getObject("user_id", Long.class);
		return new ChangeEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				userId, rs.getString("username"), rs.getString("entity_type"),
				rs.getString("entity_id"), ChangeAction.valueOf(rs.getString("action")),
				json.readValue(rs.getString("changes"), FIELDS));
	}
}
