package vn.tre.partner.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.Relation;

/** Names that the partner pages show next to ids: units, partners, countries; one query per kind. */
@Component
class Labels {

	private final OrgUnitManagement units;

	private final PartnerDirectory partners;

	private final CountryCatalogue countries;

	Labels(OrgUnitManagement units, PartnerDirectory partners, CountryCatalogue countries) {
		this.units = units;
		this.partners = partners;
		this.countries = countries;
	}

	Map<Long, String> unitNames(Collection<Long> ids, Locale locale) {
		var names = new HashMap<Long, String>();
		units.byIds(ids.stream().distinct().toList()).forEach((id, unit) -> names.put(id, unit.name(locale)));
		return names;
	}

	Map<Long, Partner> partnersOf(List<Relation> relations) {
		return partners.byIds(relations.stream().map(Relation::getPartnerId).distinct().toList());
	}

	Map<Long, Partner> parentsOf(List<Partner> list) {
		return partners.byIds(list.stream().map(Partner::getParentId).filter(Objects::nonNull).distinct().toList());
	}

	Map<String, String> countryNames(Locale locale) {
		var names = new HashMap<String, String>();
		countries.byCode().forEach((code, country) -> names.put(code, country.name(locale)));
		return names;
	}
}
