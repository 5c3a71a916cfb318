package vn.tre.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored amendments and extensions. */
interface AgreementChanges extends JpaRepository<AgreementChange, Long> {

	List<AgreementChange> findByAgreementIdOrderByOnAscIdAsc(long agreementId);
}
