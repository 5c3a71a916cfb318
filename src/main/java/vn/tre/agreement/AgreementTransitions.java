package vn.tre.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored status changes of agreements. */
interface AgreementTransitions extends JpaRepository<AgreementTransition, Long> {

	List<AgreementTransition> findByAgreementIdOrderByAtAscIdAsc(long agreementId);
}
