package vn.tre.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored early warnings. */
interface AgreementWarnings extends JpaRepository<AgreementWarning, Long> {

	@Query("select w from AgreementWarning w where w.resolvedOn is null")
	List<AgreementWarning> allOpen();

	String VIEW = """
			select new vn.tre.agreement.OpenWarning(w.id, w.agreementId, a.titleVi, w.unitId, w.kind, w.milestoneId,
			       m.title, m.dueOn, a.expiresOn, w.raisedOn)
			  from AgreementWarning w join Agreement a on a.id = w.agreementId left join Milestone m on m.id = w.milestoneId
			""";

	String IN_SCOPE = """
			 where w.resolvedOn is null and (:all = true or w.unitId in :unitIds)
			   and (:anyUnit = true or w.unitId in :within) and (:kind is null or w.kind = :kind)
			   and w.raisedOn <= :today
			""";

	@Query(VIEW + """
			 where w.agreementId = :agreementId and w.resolvedOn is null and w.raisedOn <= :today
			 order by w.raisedOn desc, w.id desc
			""")
	List<OpenWarning> openViewsOf(@Param("agreementId") long agreementId, @Param("today") LocalDate today);

	@Query(value = VIEW + IN_SCOPE + " order by w.raisedOn desc, w.id desc",
			countQuery = "select count(w) from AgreementWarning w" + IN_SCOPE)
	Page<OpenWarning> openViewsIn(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds,
			@Param("anyUnit") boolean anyUnit, @Param("within") Collection<Long> within,
			@Param("kind") @Nullable WarningKind kind, @Param("today") LocalDate today, Pageable page);

	@Query("""
			select w.kind, count(w) from AgreementWarning w
			 where w.resolvedOn is null and (:all = true or w.unitId in :unitIds) group by w.kind
			""")
	List<Object[]> countOpenByKind(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds);

	@Query("""
			select distinct w.unitId from AgreementWarning w
			 where w.resolvedOn is null and (:all = true or w.unitId in :unitIds)
			""")
	List<Long> unitsWithOpen(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds);
}
