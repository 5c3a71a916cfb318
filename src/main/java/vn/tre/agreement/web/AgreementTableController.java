package vn.tre.agreement.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementTables;
import vn.tre.agreement.AgreementTables.StatusGroup;
import vn.tre.agreement.CountryFieldTable;
import vn.tre.shared.Actor;

/** The table of agreements by country and field for the viewer's scope, and its Excel export. */
@Controller
class AgreementTableController {

	private final AgreementTables tables;

	private final AgreementManagement agreements;

	private final AgreementViews views;

	private final AgreementExport export;

	AgreementTableController(AgreementTables tables, AgreementManagement agreements, AgreementViews views,
			AgreementExport export) {
		this.tables = tables;
		this.agreements = agreements;
		this.views = views;
		this.export = export;
	}

	@GetMapping("/agreements/by-country-field")
	String table(Actor actor, @RequestParam(defaultValue = "ALIVE") StatusGroup group,
			@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
		CountryFieldTable table = tables.byCountryAndField(actor, group, year);
		model.addAttribute("table", table);
		model.addAttribute("countryNames", views.countryNames(table.countries(), locale));
		model.addAttribute("group", group);
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("year", year);
		model.addAttribute("thisYear", agreements.today().getYear());
		model.addAttribute("activeNav", "agreements");
		return "agreements/by-country-field";
	}

	@GetMapping("/agreements/by-country-field/export")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(defaultValue = "ALIVE") StatusGroup group,
			@RequestParam(required = false) @Nullable Integer year, Locale locale) {
		return export.table(tables.byCountryAndField(actor, group, year), locale);
	}
}
