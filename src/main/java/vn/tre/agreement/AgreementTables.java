package vn.tre.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;

/** Summary tables of the agreements in the actor's scope, counted in SQL. */
@Service
@Transactional(readOnly = true)
public class AgreementTables {

	/** Which agreements a table counts. */
	public enum StatusGroup {
		/** Signed and still alive: signed, in force or suspended. */
		ALIVE,
		/** Every signed agreement, ended ones included. */
		SIGNED,
		/** Every agreement, drafts included. */
		ALL
	}

	private final AgreementCounts counts;

	private final AccessPolicy access;

	AgreementTables(AgreementCounts counts, AccessPolicy access) {
		this.counts = counts;
		this.access = access;
	}

	/** Agreements of the actor's scope by country of the foreign parties and field, optionally of one signing year. */
	public CountryFieldTable byCountryAndField(Actor actor, StatusGroup group, @Nullable Integer signedYear) {
		UnitScope scope = access.visibleUnits(actor);
		Map<String, Map<CooperationField, Long>> cells = new HashMap<>();
		Map<String, Long> countryTotals = new HashMap<>();
		Map<CooperationField, Long> fieldTotals = new EnumMap<>(CooperationField.class);
		long total = 0;
		for (Object[] row : counts.byCountryAndField(scope.all(), scope.idList(), group.name(),
				signedYear == null ? 0 : signedYear)) {
			boolean allCountries = ((Number) row[2]).intValue() == 1;
			boolean allFields = ((Number) row[3]).intValue() == 1;
			long n = ((Number) row[4]).longValue();
			if (allCountries && allFields) {
				total = n;
			}
			else if (allFields) {
				countryTotals.put((String) row[0], n);
			}
			else if (row[1] != null) {
				CooperationField field = CooperationField.valueOf((String) row[1]);
				if (allCountries) {
					fieldTotals.put(field, n);
				}
				else {
					cells.computeIfAbsent((String) row[0], c -> new EnumMap<>(CooperationField.class)).put(field, n);
				}
			}
		}
		List<String> countries = new ArrayList<>(countryTotals.keySet());
		countries.sort(Comparator.comparing((String c) -> -countryTotals.get(c)).thenComparing(Comparator.naturalOrder()));
		List<CooperationField> fields = List.of(CooperationField.values()).stream()
			.filter(fieldTotals::containsKey)
			.toList();
		return new CountryFieldTable(countries, fields, cells, countryTotals, fieldTotals, total);
	}

	/** The units of the actor's scope that have at least one agreement, for the unit filter of lists. */
	public List<Long> unitsWithAgreements(Actor actor) {
		UnitScope scope = access.visibleUnits(actor);
		return counts.unitsWithAgreements(scope.all(), scope.idList());
	}
}
