package vn.tre.agreement.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.tre.platform.web.DateFormats;

/** What a step's dialog sent: typed values read as text and dates (dd/MM/yyyy), with a clear refusal when wrong. */
final class StepInput {

	private final MultiValueMap<String, String> params;

	StepInput(MultiValueMap<String, String> params) {
		this.params = params;
	}

	/** A problem with one value of a dialog: the message key and the field it concerns. */
	static final class Invalid extends RuntimeException {

		private final String messageKey;

		private final String field;

		Invalid(String messageKey, String field) {
			super(messageKey);
			this.messageKey = messageKey;
			this.field = field;
		}

		String messageKey() {
			return messageKey;
		}

		String field() {
			return field;
		}
	}

	/**
	 * A refused step, kept for the page it returns to: which dialog, the message, the field it concerns and
	 * what was typed, so that the dialog opens again as it was.
	 */
	record Refusal(String step, String messageKey, @Nullable String field, Map<String, List<String>> values)
			implements Serializable {

		/** The first value typed for the name, or the fallback when none was sent. */
		public String value(String name, String fallback) {
			List<String> typed = values.get(name);
			return typed == null || typed.isEmpty() ? fallback : typed.getFirst();
		}

		/** The n-th value typed for a repeated name (0 first), or an empty text. */
		public String nth(String name, int index) {
			List<String> typed = values.getOrDefault(name, List.of());
			return index < typed.size() ? typed.get(index) : "";
		}

		/** Whether the value was among those ticked for the name. */
		public boolean checked(String name, String value) {
			return values.getOrDefault(name, List.of()).contains(value);
		}
	}

	long version() {
		try {
			return Long.parseLong(text("version"));
		}
		catch (NumberFormatException e) {
			throw new Invalid("form.staleVersion", "version");
		}
	}

	String text(String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value.strip();
	}

	List<String> all(String name) {
		List<String> values = params.get(name);
		return values == null ? List.of() : values;
	}

	boolean flag(String name) {
		return "true".equals(text(name)) || "on".equals(text(name));
	}

	LocalDate date(String name) {
		LocalDate date = optionalDate(name);
		if (date == null) {
			throw new Invalid("agreement.web.error.dateRequired", name);
		}
		return date;
	}

	@Nullable LocalDate optionalDate(String name) {
		String value = text(name);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value, DateFormats.DATE);
		}
		catch (DateTimeParseException e) {
			throw new Invalid("agreement.web.error.date", name);
		}
	}

	Refusal refusal(String step, String messageKey, @Nullable String field) {
		Map<String, List<String>> values = new HashMap<>();
		params.forEach((name, list) -> {
			if (!name.equals("_csrf")) {
				values.put(name, new ArrayList<>(list));
			}
		});
		return new Refusal(step, messageKey, field, values);
	}
}
