package vn.tre.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored roadmap activities. */
interface RoadmapActivities extends JpaRepository<RoadmapActivity, Long> {

	List<RoadmapActivity> findByAgreementIdOrderByPositionInListAscIdAsc(long agreementId);

	long countByAgreementId(long agreementId);

	List<RoadmapActivity> findByAgreementIdIn(java.util.Collection<Long> agreementIds);
}
