package vn.tre.agreement;

import java.util.List;
import java.util.Map;

/**
 * How many agreements each country and each field of cooperation count: cells, row totals (per country),
 * column totals (per field) and the grand total, each counting an agreement once. Countries come with the
 * most agreements first.
 */
public record CountryFieldTable(List<String> countries, List<CooperationField> fields,
		Map<String, Map<CooperationField, Long>> cells, Map<String, Long> countryTotals,
		Map<CooperationField, Long> fieldTotals, long total) {

	public CountryFieldTable {
		countries = List.copyOf(countries);
		fields = List.copyOf(fields);
		cells = Map.copyOf(cells);
		countryTotals = Map.copyOf(countryTotals);
		fieldTotals = Map.copyOf(fieldTotals);
	}

	/** The count of one cell, 0 when no agreement falls in it. */
	public long cell(String country, CooperationField field) {
		return cells.getOrDefault(country, Map.of()).getOrDefault(field, 0L);
	}

	public long countryTotal(String country) {
		return countryTotals.getOrDefault(country, 0L);
	}

	public long fieldTotal(CooperationField field) {
		return fieldTotals.getOrDefault(field, 0L);
	}

	public boolean empty() {
		return total == 0;
	}
}
