package vn.tre.agreement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.CountryFieldTable;
import vn.tre.agreement.CooperationField;
import vn.tre.platform.web.ExcelExport;

/** The Excel files of the agreement pages: the filtered list and the table by country and field. */
@Component
class AgreementExport {

	private final AgreementViews views;

	AgreementExport(AgreementViews views) {
		this.views = views;
	}

	ResponseEntity<byte[]> list(List<Agreement> rows, java.util.Map<Long, Integer> progress, Locale locale) {
		var unitNames = views.unitNames(rows.stream().map(Agreement::getUnitId).toList(), locale);
		var partnerNames = views.partnerNames(rows.stream().flatMap(a -> a.partnerIds().stream()).toList(), locale);
		var countryNames = views.countryNames(rows.stream().flatMap(a -> a.getCountries().stream()).toList(), locale);
		List<String> header = Arrays.asList("agreement.web.reference", "agreement.web.titleVi",
				"agreement.web.titleForeign", "agreement.web.kind", "agreement.web.unit", "agreement.web.parties",
				"agreement.web.countries", "agreement.web.fields", "agreement.web.signedOn",
				"agreement.web.entryIntoForceOn", "agreement.web.expiresOn", "agreement.web.status",
				"agreement.web.progress").stream()
			.map(key -> views.message(key, locale))
			.toList();
		var lines = rows.stream().map(a -> Arrays.<Object>asList(a.getReference(), a.getTitleVi(), a.getTitleForeign(),
				views.message("agreement.kind." + a.getKind(), locale), unitNames.get(a.getUnitId()),
				a.partnerIds().stream().map(partnerNames::get).collect(Collectors.joining(", ")),
				views.countryList(a.getCountries(), countryNames),
				a.getFields().stream().sorted().map(f -> views.message("agreement.field." + f, locale))
					.collect(Collectors.joining(", ")),
				a.getSignedOn(), a.getEntryIntoForceOn(),
				a.isIndefinite() ? views.message("agreement.web.indefinite", locale) : a.getExpiresOn(),
				views.message("agreement.status." + a.getStatus(), locale), progress.get(a.getId()))).toList();
		return ExcelExport.response("thoa-thuan-quoc-te.xlsx",
				ExcelExport.write(views.message("agreement.web.list.title", locale), header, lines));
	}

	ResponseEntity<byte[]> table(CountryFieldTable table, Locale locale) {
		var countryNames = views.countryNames(table.countries(), locale);
		var header = new java.util.ArrayList<String>();
		header.add(views.message("agreement.web.country", locale));
		table.fields().forEach(f -> header.add(views.message("agreement.field." + f, locale)));
		header.add(views.message("agreement.web.table.total", locale));
		var lines = new java.util.ArrayList<List<Object>>();
		for (String country : table.countries()) {
			var line = new java.util.ArrayList<Object>();
			line.add(countryNames.get(country));
			for (CooperationField field : table.fields()) {
				line.add(table.cell(country, field));
			}
			line.add(table.countryTotal(country));
			lines.add(line);
		}
		var totals = new java.util.ArrayList<Object>();
		totals.add(views.message("agreement.web.table.total", locale));
		table.fields().forEach(f -> totals.add(table.fieldTotal(f)));
		totals.add(table.total());
		lines.add(totals);
		return ExcelExport.response("thoa-thuan-theo-quoc-gia-linh-vuc.xlsx",
				ExcelExport.write(views.message("agreement.web.table.sheet", locale), header, lines));
	}
}
