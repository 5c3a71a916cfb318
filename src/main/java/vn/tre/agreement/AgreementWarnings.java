package vn.tre.agreement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored early warnings. */
interface AgreementWarnings extends JpaRepository<AgreementWarning, Long> {

	@Query("select w from AgreementWarning w where w.agreementId = :agreementId and w.resolvedOn is null order by w.raisedOn, w.id")
	List<AgreementWarning> openOf(@Param("agreementId") long agreementId);

	@Query("select w from AgreementWarning w where w.resolvedOn is null")
	List<AgreementWarning> allOpen();

	@Query("""
			select w from AgreementWarning w
			 where w.resolvedOn is null and (:all = true or w.unitId in :unitIds)
			 order by w.raisedOn desc, w.id desc
			""")
	List<AgreementWarning> openIn(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds);
}
