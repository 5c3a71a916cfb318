package vn.tre.agreement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored milestones. */
interface Milestones extends JpaRepository<Milestone, Long> {

	List<Milestone> findByAgreementIdOrderByPositionInListAscIdAsc(long agreementId);

	List<Milestone> findByActivityIdOrderByPositionInListAscIdAsc(long activityId);

	List<Milestone> findByAgreementIdIn(java.util.Collection<Long> agreementIds);

	/** Milestones past their due date that are neither done nor dropped. */
	@Query("""
			select m from Milestone m
			 where m.dueOn < :today
			   and m.status in (vn.tre.agreement.MilestoneStatus.PLANNED, vn.tre.agreement.MilestoneStatus.IN_PROGRESS,
			                    vn.tre.agreement.MilestoneStatus.LATE)
			""")
	List<Milestone> overdue(@Param("today") LocalDate today);
}
