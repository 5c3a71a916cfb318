package vn.tre.platform.web;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The date formats of Tre's pages: dd/MM/yyyy in every language, as Vietnamese users write them. */
public final class DateFormats {

	/** Strict: 31/02/2025 is refused, not turned into 28/02/2025. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private DateFormats() {
	}
}
