package vn.tre.document;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments ({@code tre.document.*}): the largest file and the content types accepted,
 * detected from the content. Executables, scripts, web pages and archives are refused unless listed here.
 */
@ConfigurationProperties("tre.document")
public record DocumentProperties(DataSize maxSize, Set<String> allowedTypes) {

	/** Office documents, PDF, images, plain text and CSV. */
	public static final Set<String> DEFAULT_TYPES = Set.of(
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

	public static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(25);

	/** Fills in the defaults for what is not configured. */
	public DocumentProperties {
		maxSize = maxSize == null ? DEFAULT_MAX_SIZE : maxSize;
		allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES
				: allowedTypes.stream().map(type -> type.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	/** The defaults, as used when nothing is configured. */
	public static DocumentProperties defaults() {
		return new DocumentProperties(null, null);
	}
}
