package vn.tre.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored milestones. */
interface Milestones extends JpaRepository<Milestone, Long> {

	List<Milestone> findByAgreementIdOrderByPositionInListAscIdAsc(long agreementId);

	List<Milestone> findByActivityIdOrderByPositionInListAscIdAsc(long activityId);

	List<Milestone> findByAgreementIdIn(java.util.Collection<Long> agreementIds);
}
