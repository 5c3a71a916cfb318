package vn.tre.delegation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored delegation plans. */
interface Plans extends JpaRepository<DelegationPlan, Long> {

	Optional<DelegationPlan> findByUnitIdAndYear(long unitId, int year);

	boolean existsByUnitIdAndYear(long unitId, int year);

	@Query("""
			select p from DelegationPlan p
			 where (:all = true or p.unitId in :unitIds)
			   and (:unitId is null or p.unitId = :unitId)
			   and (:year is null or p.year = :year)
			   and (:status is null or p.status = :status)
			""")
	Page<DelegationPlan> search(@Param("all") boolean all, @Param("unitIds") List<Long> unitIds,
			@Param("unitId") @Nullable Long unitId, @Param("year") @Nullable Integer year,
			@Param("status") @Nullable PlanStatus status, Pageable page);

	/** The years that have plans among the given units, newest first. */
	@Query("select distinct p.year from DelegationPlan p where (:all = true or p.unitId in :unitIds) order by p.year desc")
	List<Integer> years(@Param("all") boolean all, @Param("unitIds") List<Long> unitIds);

	/** The units that have plans among the given ones. */
	@Query("select distinct p.unitId from DelegationPlan p where (:all = true or p.unitId in :unitIds)")
	List<Long> unitsWithPlans(@Param("all") boolean all, @Param("unitIds") List<Long> unitIds);

	@Query("""
			select p from DelegationPlan p join p.revisions r join r.items i
			 where i.ref = :ref and r.number = p.revisionInForce
			""")
	Optional<DelegationPlan> findByApprovedItem(@Param("ref") UUID ref);

	/** Counts, people and cost per plan and direction, of each plan's current revision. */
	@Query("""
			select new vn.tre.delegation.PlanTotalsRow(p.id, i.direction, count(i), coalesce(sum(i.size), 0),
			       coalesce(sum(i.estimatedCost), 0))
			  from PlanItem i join i.revision r join r.plan p
			 where p.id in :planIds and r.number = p.currentRevision
			 group by p.id, i.direction
			""")
	List<PlanTotalsRow> currentTotals(@Param("planIds") Collection<Long> planIds);
}
