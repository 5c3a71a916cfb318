package vn.tre.delegation.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * How plan pages and exports write what a plan holds: VND in the reader's number format (1.234.567 ₫ in
 * Vietnamese) and countries by their name in the reader's language. Templates call it as {@code @planFormat}.
 */
@Component("planFormat")
class PlanFormat {

	/** A country for the pickers: its ISO code and its name in the reader's language. */
	record Country(String code, String name) {
	}

	public String vnd(BigDecimal amount, Locale locale) {
		return number(amount, locale) + " ₫";
	}

	public String number(Number amount, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(amount);
	}

	public String country(String code, Locale locale) {
		String name = Locale.of("", code).getDisplayCountry(locale);
		return name.isEmpty() ? code : name;
	}

	public String countries(List<String> codes, Locale locale) {
		return codes.stream().map(code -> country(code, locale)).collect(Collectors.joining(", "));
	}

	/** Every country but Viet Nam, the chosen ones first, each group in the reader's alphabetical order. */
	public List<Country> countryChoices(List<String> chosen, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Comparator<Country> byName = Comparator.comparing(Country::name, collator);
		Stream<Country> all = Stream.of(Locale.getISOCountries())
			.filter(code -> !code.equals("VN"))
			.map(code -> new Country(code, country(code, locale)));
		return all.sorted(Comparator.comparing((Country c) -> !chosen.contains(c.code())).thenComparing(byName)).toList();
	}
}
