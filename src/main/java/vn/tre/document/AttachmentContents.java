package vn.tre.document;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bytes of attachments, kept apart from their metadata and read only for a download. */
@Repository
class AttachmentContents {

	private final JdbcClient jdbc;

	AttachmentContents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(long attachmentId, byte[] bytes) {
		jdbc.sql("insert into document.attachment_content (attachment_id, bytes) values (:id, :bytes)")
			.param("id", attachmentId)
			.param("bytes", bytes)
			.update();
	}

	Optional<byte[]> read(long attachmentId) {
		return jdbc.sql("select bytes from document.attachment_content where attachment_id = :id")
			.param("id", attachmentId)
			.query(byte[].class)
			.optional();
	}
}
