package vn.tre.document.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tre.document.AttachmentFile;

/**
 * Serves an attachment as a download, never inline: a browser must not render an uploaded file as a page
 * of Tre, so only types known to be inert keep their type and everything else becomes octet-stream.
 */
final class Downloads {

	private static final Set<String> INERT_TYPES = Set.of(
			"application/pdf",
			"application/msword",
			"application/vnd.ms-excel",
			"application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet",
			"image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
			"text/plain", "text/csv");

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(AttachmentFile file) {
		var attachment = file.attachment();
		return ResponseEntity.ok()
			.contentType(contentType(attachment.getContentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.getFilename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

	static MediaType contentType(String detected) {
		return INERT_TYPES.contains(detected) ? MediaType.parseMediaType(detected) : MediaType.APPLICATION_OCTET_STREAM;
	}
}
