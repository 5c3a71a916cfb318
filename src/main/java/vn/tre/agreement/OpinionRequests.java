package vn.tre.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored opinion requests. */
interface OpinionRequests extends JpaRepository<OpinionRequest, Long> {

	List<OpinionRequest> findByAgreementIdOrderByRequestedOnAscIdAsc(long agreementId);
}
