package vn.tre.delegation.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Country codes and names for the delegation pages (ISO 3166 as the JDK knows it, named in the page's language). */
@Component
class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/** A country as a picker offers it. */
	record Option(String code, String name) {
	}

	boolean known(String code) {
		return CODES.contains(code);
	}

	String name(String code, Locale locale) {
		String name = Locale.of("", code).getDisplayCountry(locale);
		return name.isBlank() ? code : name;
	}

	List<Option> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.filter(code -> !code.equals("VN"))
			.map(code -> new Option(code, name(code, locale)))
			.sorted(Comparator.comparing(Option::name, collator))
			.toList();
	}
}
