package vn.tre.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored opinion requests. */
interface OpinionRequests extends JpaRepository<OpinionRequest, Long> {

	List<OpinionRequest> findByAgreementIdOrderByRequestedOnAscIdAsc(long agreementId);

	@Query("select o from OpinionRequest o where o.answer is null and o.consultedUnitId in :unitIds order by o.dueOn")
	List<OpinionRequest> openFor(@Param("unitIds") Collection<Long> unitIds);

	@Query("select o from OpinionRequest o where o.answer is null and o.dueOn < :today")
	List<OpinionRequest> overdue(@Param("today") LocalDate today);
}
