package vn.tre.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored yearly reviews. */
interface AgreementReviews extends JpaRepository<AgreementReview, Long> {

	List<AgreementReview> findByAgreementIdOrderByYearDesc(long agreementId);

	Optional<AgreementReview> findByAgreementIdAndYear(long agreementId, int year);
}
