package vn.tre.platform.web;

import java.time.format.DateTimeFormatter;

/** The date formats of Tre's pages: dd/MM/yyyy in every language, as Vietnamese users write them. */
public final class DateFormats {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private DateFormats() {
	}
}
