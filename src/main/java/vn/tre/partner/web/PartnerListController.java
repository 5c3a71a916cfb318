package vn.tre.partner.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.partner.PartnerKind;
import vn.tre.partner.RelationManagement;
import vn.tre.partner.RelationStatus;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;

/** The partner list: live search over every name, filters in the URL, and the export of what is filtered. */
@Controller
class PartnerListController {

	private static final int PAGE_SIZE = 25;

	private static final int MAX_EXPORT = 50_000;

	private final PartnerDirectory partners;

	private final RelationManagement relations;

	private final CountryCatalogue countries;

	private final Labels labels;

	private final MessageSource messages;

	PartnerListController(PartnerDirectory partners, RelationManagement relations, CountryCatalogue countries,
			Labels labels, MessageSource messages) {
		this.partners = partners;
		this.relations = relations;
		this.countries = countries;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping("/partners")
	String list(Actor actor, @ModelAttribute("filter") PartnerFilterForm form, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model, Locale locale) {
		PartnerFilter filter = form.filter();
		Page<Partner> results = partners.search(actor, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sort(locale)));
		model.addAttribute("results", results);
		model.addAttribute("countryNames", labels.countryNames(locale));
		model.addAttribute("parents", labels.parentsOf(results.getContent()));
		model.addAttribute("query", form.query());
		model.addAttribute("canCreate", partners.canCreate(actor));
		if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
			return "partners/list :: results";
		}
		model.addAttribute("activeNav", "partners");
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("statuses", RelationStatus.values());
		model.addAttribute("countries", countries.all(locale));
		model.addAttribute("regions", countries.regions());
		model.addAttribute("unitNames", labels.unitNames(relations.unitsWithRelations(actor), locale));
		return "partners/list";
	}

	@GetMapping("/partners/export")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("filter") PartnerFilterForm form, Locale locale) {
		Page<Partner> all = partners.search(actor, form.filter(), PageRequest.of(0, MAX_EXPORT, sort(locale)));
		var countryNames = labels.countryNames(locale);
		var regions = countries.regionsByCode();
		var byCode = countries.byCode();
		var parents = labels.parentsOf(all.getContent());
		var owners = labels.unitNames(all.getContent().stream().map(Partner::getOwnerUnitId).toList(), locale);
		List<String> header = List.of("partner.id", "partner.nameVi", "partner.nameEn", "partner.nameOriginal",
				"partner.kind", "partner.country", "partner.region", "partner.parent", "partner.aliases", "partner.tags",
				"partner.website", "partner.owner").stream().map(key -> messages.getMessage(key, null, locale)).toList();
		var rows = all.getContent().stream().map(p -> Arrays.<Object>asList(p.getId(), p.getNameVi(), p.getNameEn(),
				p.getNameOriginal(), messages.getMessage("partner.kind." + p.getKind(), null, locale),
				p.getCountryCode() == null ? null : countryNames.get(p.getCountryCode()),
				regionName(p.getCountryCode(), byCode, regions, locale),
				p.getParentId() == null ? null : parents.get(p.getParentId()).name(locale),
				String.join("; ", p.sortedAliases()), String.join(", ", p.sortedTags()), p.getWebsite(),
				owners.get(p.getOwnerUnitId()))).toList();
		return ExcelExport.response("doi-tac.xlsx",
				ExcelExport.write(messages.getMessage("partner.list.title", null, locale), header, rows));
	}

	static Sort sort(Locale locale) {
		return Sort.by("vi".equals(locale.getLanguage()) ? "sortVi" : "sortEn", "id");
	}

	private static @Nullable String regionName(@Nullable String countryCode, java.util.Map<String, vn.tre.partner.Country> byCode,
			java.util.Map<String, vn.tre.partner.Region> regions, Locale locale) {
		var country = countryCode == null ? null : byCode.get(countryCode);
		var region = country == null || country.getRegionCode() == null ? null : regions.get(country.getRegionCode());
		return region == null ? null : region.name(locale);
	}
}
