package vn.tre.partner;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * Countries, territories and regions: read by everyone, changed by ministry administrators (names, region,
 * partnership framework). A few hundred rows of reference data, read whole.
 */
@Service
@Transactional(readOnly = true)
public class CountryCatalogue {

	private final Countries countries;

	private final Regions regions;

	private final AccessPolicy access;

	CountryCatalogue(Countries countries, Regions regions, AccessPolicy access) {
		this.countries = countries;
		this.regions = regions;
		this.access = access;
	}

	/** Every country, sorted by its name in the page's language. */
	public List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return countries.findAll().stream().sorted(Comparator.comparing((Country c) -> c.name(locale), collator)).toList();
	}

	/** Every country by code. */
	public Map<String, Country> byCode() {
		return countries.findAll().stream().collect(Collectors.toMap(Country::getCode, Function.identity()));
	}

	public Optional<Country> find(@Nullable String code) {
		return code == null ? Optional.empty() : countries.findById(code.toUpperCase(Locale.ROOT));
	}

	public Country get(String code) {
		return find(code).orElseThrow(() -> new NotFound("country"));
	}

	/** The regions in report order. */
	public List<Region> regions() {
		return regions.findAllByOrderBySortOrder();
	}

	public Map<String, Region> regionsByCode() {
		return regions().stream().collect(Collectors.toMap(Region::getCode, Function.identity()));
	}

	/** The country's name in the page's language, or the code when it is unknown. */
	public String nameOf(@Nullable String code, Locale locale) {
		return find(code).map(country -> country.name(locale)).orElse(code == null ? "" : code);
	}

	/** Changes a country's names, region and partnership framework; ministry administrators only (403). */
	@Transactional
	public Country update(Actor actor, String code, long version, CountryDraft draft) {
		access.checkAdministers(actor);
		Country country = get(code);
		if (country.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Country.class, code);
		}
		if (draft.regionCode() != null && !regions.existsById(draft.regionCode())) {
			throw new IllegalArgumentException("unknown region " + draft.regionCode());
		}
		country.change(draft.nameVi().strip(), draft.nameEn().strip(), draft.nameFr().strip(), draft.regionCode(),
				draft.partnership(), draft.partnershipSince());
		return countries.saveAndFlush(country);
	}

	/** Renames a region; ministry administrators only (403). */
	@Transactional
	public Region renameRegion(Actor actor, String code, String nameVi, String nameEn, String nameFr) {
		access.checkAdministers(actor);
		Region region = regions.findById(code).orElseThrow(() -> new NotFound("region"));
		region.rename(nameVi.strip(), nameEn.strip(), nameFr.strip());
		return regions.saveAndFlush(region);
	}

	/** A country as an administrator changes it. */
	public record CountryDraft(String nameVi, String nameEn, String nameFr, @Nullable String regionCode,
			@Nullable PartnershipLevel partnership, @Nullable Integer partnershipSince) {
	}
}
