package vn.tre.delegation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored rules of the provinces. */
interface DelegationRules extends JpaRepository<DelegationRule, Long> {

	List<DelegationRule> findByUnitIdOrderByKind(long unitId);
}
