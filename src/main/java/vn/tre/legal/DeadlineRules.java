package vn.tre.legal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored deadline rules. */
interface DeadlineRules extends JpaRepository<DeadlineRule, Long> {

	Optional<DeadlineRule> findByCode(String code);

	List<DeadlineRule> findAllByOrderByCode();

	List<DeadlineRule> findByActiveTrueOrderByCode();

	List<DeadlineRule> findByLegalBasisIdOrderByCode(long legalBasisId);
}
