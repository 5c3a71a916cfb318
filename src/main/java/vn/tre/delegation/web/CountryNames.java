package vn.tre.delegation.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tre.partner.CountryCatalogue;

/** Country codes and names for the delegation pages, from the partner module's catalogue (ISO 3166). */
@Component
class CountryNames {

	private final CountryCatalogue catalogue;

	CountryNames(CountryCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** A country as a picker offers it. */
	record Option(String code, String name) {
	}

	boolean known(String code) {
		return catalogue.find(code).isPresent();
	}

	String name(String code, Locale locale) {
		return catalogue.nameOf(code, locale);
	}

	/** The names of several countries with one query, for lists and exports. */
	java.util.Map<String, String> names(java.util.Collection<String> codes, Locale locale) {
		var all = catalogue.byCode();
		var names = new java.util.HashMap<String, String>();
		codes.forEach(code -> names.put(code, all.containsKey(code) ? all.get(code).name(locale) : code));
		return names;
	}

	List<Option> options(Locale locale) {
		return catalogue.all(locale).stream()
			.filter(country -> !country.getCode().equals("VN"))
			.map(country -> new Option(country.getCode(), country.name(locale)))
			.toList();
	}
}
