package vn.tre.partner.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.organisation.AccessPolicy;
import vn.tre.partner.Country;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.PartnershipLevel;
import vn.tre.partner.Region;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;
import vn.tre.shared.TextFolding;

/**
 * Countries and territories with their regions and partnership frameworks: everyone reads the list, ministry
 * administrators change a country or rename a region.
 */
@Controller
class CountryController {

	private final CountryCatalogue countries;

	private final AccessPolicy access;

	private final MessageSource messages;

	CountryController(CountryCatalogue countries, AccessPolicy access, MessageSource messages) {
		this.countries = countries;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/countries")
	String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
			@RequestParam(required = false) @Nullable PartnershipLevel partnership, Model model, Locale locale) {
		model.addAttribute("activeNav", "countries");
		model.addAttribute("q", q);
		model.addAttribute("region", region);
		model.addAttribute("partnership", partnership);
		model.addAttribute("levels", PartnershipLevel.values());
		model.addAttribute("regions", countries.regions());
		model.addAttribute("regionsByCode", countries.regionsByCode());
		model.addAttribute("countries", filtered(q, region, partnership, locale));
		model.addAttribute("canAdminister", access.administers(actor));
		return "countries/list";
	}

	@GetMapping("/countries/export")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
			@RequestParam(required = false) @Nullable PartnershipLevel partnership, Locale locale) {
		var regions = countries.regionsByCode();
		List<String> header = List.of("country.code", "country.nameVi", "country.nameEn", "country.nameFr", "partner.region",
				"country.partnership", "country.partnershipSince").stream().map(key -> messages.getMessage(key, null, locale)).toList();
		var rows = filtered(q, region, partnership, locale).stream().map(c -> Arrays.<Object>asList(c.getCode(), c.getNameVi(),
				c.getNameEn(), c.getNameFr(), c.getRegionCode() == null ? null : regions.get(c.getRegionCode()).name(locale),
				c.getPartnership() == null ? null : messages.getMessage("country.partnership." + c.getPartnership(), null, locale),
				c.getPartnershipSince())).toList();
		return ExcelExport.response("quoc-gia.xlsx", ExcelExport.write(messages.getMessage("country.list.title", null, locale), header, rows));
	}

	private List<Country> filtered(String q, String region, @Nullable PartnershipLevel partnership, Locale locale) {
		String folded = TextFolding.fold(q.strip());
		return countries.all(locale).stream()
			.filter(c -> folded.isEmpty() || TextFolding.fold(c.name(locale)).contains(folded) || c.getCode().equalsIgnoreCase(folded)
					|| TextFolding.fold(c.getNameEn()).contains(folded))
			.filter(c -> region.isBlank() || region.equals(c.getRegionCode()))
			.filter(c -> partnership == null || partnership == c.getPartnership())
			.toList();
	}

	@GetMapping("/countries/{code}/edit")
	String edit(Actor actor, @PathVariable String code, Model model) {
		access.checkAdministers(actor);
		return show(CountryForm.from(countries.get(code)), code, model);
	}

	@PostMapping("/countries/{code}")
	String update(Actor actor, @PathVariable String code, @Valid @ModelAttribute("form") CountryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		countries.get(code);
		if (form.getPartnership() != null && form.getPartnershipSince() == null) {
			errors.rejectValue("partnershipSince", "country.form.since.required");
		}
		if (errors.hasErrors()) {
			return show(form, code, model);
		}
		try {
			countries.update(actor, code, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flashSuccess", "form.saved");
			return "redirect:/countries?q=" + code;
		}
		catch (ObjectOptimisticLockingFailureException e) {
			model.addAttribute("flashError", "form.staleVersion");
			return show(form, code, model);
		}
	}

	@GetMapping("/regions/{code}/edit")
	String editRegion(Actor actor, @PathVariable String code, Model model) {
		access.checkAdministers(actor);
		Region region = countries.regionsByCode().get(code);
		if (region == null) {
			throw new vn.tre.shared.NotFound("region");
		}
		var form = new RegionForm();
		form.setNameVi(region.getNameVi());
		form.setNameEn(region.getNameEn());
		form.setNameFr(region.getNameFr());
		return showRegion(form, code, model);
	}

	@PostMapping("/regions/{code}")
	String updateRegion(Actor actor, @PathVariable String code, @Valid @ModelAttribute("form") RegionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		if (errors.hasErrors()) {
			return showRegion(form, code, model);
		}
		countries.renameRegion(actor, code, form.getNameVi(), form.getNameEn(), form.getNameFr());
		redirect.addFlashAttribute("flashSuccess", "form.saved");
		return "redirect:/countries";
	}

	private String show(CountryForm form, String code, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("code", code);
		model.addAttribute("regions", countries.regions());
		model.addAttribute("levels", PartnershipLevel.values());
		model.addAttribute("activeNav", "countries");
		return "countries/form";
	}

	private String showRegion(RegionForm form, String code, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("code", code);
		model.addAttribute("activeNav", "countries");
		return "countries/region-form";
	}

	/** A country as an administrator edits it. */
	static class CountryForm {

		@NotBlank(message = "{country.form.name.required}")
		@Size(max = 150, message = "{country.form.name.size}")
		private String nameVi = "";

		@NotBlank(message = "{country.form.name.required}")
		@Size(max = 150, message = "{country.form.name.size}")
		private String nameEn = "";

		@NotBlank(message = "{country.form.name.required}")
		@Size(max = 150, message = "{country.form.name.size}")
		private String nameFr = "";

		private String regionCode = "";

		private @Nullable PartnershipLevel partnership;

		@Min(value = 1945, message = "{country.form.since.range}")
		@Max(value = 2100, message = "{country.form.since.range}")
		private @Nullable Integer partnershipSince;

		private long version;

		static CountryForm from(Country country) {
			var form = new CountryForm();
			form.nameVi = country.getNameVi();
			form.nameEn = country.getNameEn();
			form.nameFr = country.getNameFr();
			form.regionCode = country.getRegionCode() == null ? "" : country.getRegionCode();
			form.partnership = country.getPartnership();
			form.partnershipSince = country.getPartnershipSince();
			form.version = country.getVersion();
			return form;
		}

		CountryCatalogue.CountryDraft draft() {
			return new CountryCatalogue.CountryDraft(nameVi, nameEn, nameFr, regionCode.isBlank() ? null : regionCode,
					partnership, partnershipSince);
		}

		public String getNameVi() {
			return nameVi;
		}

		public void setNameVi(String nameVi) {
			this.nameVi = nameVi;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getNameFr() {
			return nameFr;
		}

		public void setNameFr(String nameFr) {
			this.nameFr = nameFr;
		}

		public String getRegionCode() {
			return regionCode;
		}

		public void setRegionCode(String regionCode) {
			this.regionCode = regionCode;
		}

		public @Nullable PartnershipLevel getPartnership() {
			return partnership;
		}

		public void setPartnership(@Nullable PartnershipLevel partnership) {
			this.partnership = partnership;
		}

		public @Nullable Integer getPartnershipSince() {
			return partnershipSince;
		}

		public void setPartnershipSince(@Nullable Integer partnershipSince) {
			this.partnershipSince = partnershipSince;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}
	}

	/** A region's names as an administrator edits them. */
	static class RegionForm {

		@NotBlank(message = "{country.form.name.required}")
		@Size(max = 100, message = "{country.form.name.size}")
		private String nameVi = "";

		@NotBlank(message = "{country.form.name.required}")
		@Size(max = 100, message = "{country.form.name.size}")
		private String nameEn = "";

		@NotBlank(message = "{country.form.name.required}")
		@Size(max = 100, message = "{country.form.name.size}")
		private String nameFr = "";

		public String getNameVi() {
			return nameVi;
		}

		public void setNameVi(String nameVi) {
			this.nameVi = nameVi;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getNameFr() {
			return nameFr;
		}

		public void setNameFr(String nameFr) {
			this.nameFr = nameFr;
		}
	}
}
