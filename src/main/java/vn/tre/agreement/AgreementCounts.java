package vn.tre.agreement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Counts of stored agreements for the tables of the agreement pages, computed by the database. */
interface AgreementCounts extends Repository<Agreement, Long> {

	/**
	 * Distinct agreements per (country, field), per country, per field and in all, in one pass: the columns are
	 * country, field, grouping(country), grouping(field), count. An agreement with several countries or fields
	 * counts once in each of its cells and once in every total.
	 */
	@Query(nativeQuery = true, value = """
			select c.country_code, f.field, grouping(c.country_code), grouping(f.field), count(distinct a.id)
			  from agreement.agreement a
			  join agreement.agreement_country c on c.agreement_id = a.id
			  left join agreement.agreement_field f on f.agreement_id = a.id
			 where (:all = true or a.unit_id in (:unitIds))
			   and (:statusGroup <> 'ALIVE' or a.status in ('SIGNED', 'IN_FORCE', 'SUSPENDED'))
			   and (:statusGroup <> 'SIGNED' or a.signed_on is not null)
			   and (:year = 0 or extract(year from a.signed_on) = :year)
			 group by grouping sets ((c.country_code, f.field), (c.country_code), (f.field), ())
			""")
	List<Object[]> byCountryAndField(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds,
			@Param("statusGroup") String statusGroup, @Param("year") int year);

	@Query("select distinct a.unitId from Agreement a where (:all = true or a.unitId in :unitIds)")
	List<Long> unitsWithAgreements(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds);
}
