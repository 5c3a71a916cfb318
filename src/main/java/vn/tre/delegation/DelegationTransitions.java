package vn.tre.delegation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored status changes. */
interface DelegationTransitions extends JpaRepository<DelegationTransition, Long> {

	List<DelegationTransition> findByDelegationIdOrderByAtAscIdAsc(long delegationId);
}
