package vn.tre.partner.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tre.partner.Country;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.RelationManagement;
import vn.tre.shared.Actor;

/**
 * The world map of active relations per country, for the viewer's scope: the page (with the same figures in a
 * table) and its data as JSON for the chart (static/js/partner-map.js).
 */
@Controller
class PartnerMapController {

	private final RelationManagement relations;

	private final CountryCatalogue countries;

	PartnerMapController(RelationManagement relations, CountryCatalogue countries) {
		this.relations = relations;
		this.countries = countries;
	}

	/** One country on the map: its codes, name in the page's language and number of active relations. */
	record CountryCount(String code, String numeric, String name, long relations) {
	}

	@GetMapping("/partners/map")
	String map(Actor actor, Model model, Locale locale) {
		model.addAttribute("activeNav", "partner-map");
		model.addAttribute("rows", counts(actor, locale).stream()
			.sorted(Comparator.comparingLong(CountryCount::relations).reversed().thenComparing(CountryCount::name)).toList());
		return "partners/map";
	}

	@GetMapping("/partners/map/data")
	@ResponseBody
	List<CountryCount> data(Actor actor, Locale locale) {
		Map<String, Long> counts = relations.activeByCountry(actor);
		return countries.all(locale).stream()
			.filter(country -> country.getNumericCode() != null)
			.map(country -> count(country, counts, locale))
			.toList();
	}

	private List<CountryCount> counts(Actor actor, Locale locale) {
		Map<String, Long> counts = relations.activeByCountry(actor);
		Map<String, Country> byCode = countries.byCode();
		return counts.keySet().stream().filter(byCode::containsKey).map(code -> count(byCode.get(code), counts, locale)).toList();
	}

	private static CountryCount count(Country country, Map<String, Long> counts, Locale locale) {
		return new CountryCount(country.getCode(), country.getNumericCode() == null ? "" : country.getNumericCode(),
				country.name(locale), counts.getOrDefault(country.getCode(), 0L));
	}
}
