package vn.tre.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored delegations. */
interface Delegations extends JpaRepository<Delegation, Long> {

	@Query("""
			select d from Delegation d
			 where (:all = true or d.unitId in :unitIds)
			   and (:unitId is null or d.unitId = :unitId)
			   and (:direction is null or d.direction = :direction)
			   and (:status is null or d.status = :status)
			   and (cast(:from as LocalDate) is null or d.departureDate >= :from)
			   and (cast(:to as LocalDate) is null or d.departureDate <= :to)
			   and (:country is null or :country member of d.countries)
			   and (:partnerId is null or :partnerId member of d.partnerIds)
			   and (:inPlan is null or (:inPlan = true and d.planItemRef is not null) or (:inPlan = false and d.planItemRef is null))
			   and (cast(:overdueOn as LocalDate) is null or (d.status = vn.tre.delegation.DelegationStatus.COMPLETED and d.reportDue < :overdueOn))
			   and (:q = '' or tre_fold(d.title) like :q or tre_fold(d.headName) like :q or tre_fold(d.purpose) like :q)
			""")
	Page<Delegation> search(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds,
			@Param("unitId") @Nullable Long unitId, @Param("direction") @Nullable Direction direction,
			@Param("status") @Nullable DelegationStatus status, @Param("from") @Nullable LocalDate from,
			@Param("to") @Nullable LocalDate to, @Param("country") @Nullable String country,
			@Param("partnerId") @Nullable Long partnerId, @Param("inPlan") @Nullable Boolean inPlan,
			@Param("overdueOn") @Nullable LocalDate overdueOn, @Param("q") String q, Pageable page);

	@Query("""
			select d from Delegation d
			 where d.departureDate <= :to and d.returnDate >= :from
			   and d.status not in (vn.tre.delegation.DelegationStatus.REJECTED, vn.tre.delegation.DelegationStatus.CANCELLED)
			   and (:all = true or d.unitId in :unitIds)
			 order by d.departureDate
			""")
	List<Delegation> overlapping(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("all") boolean all,
			@Param("unitIds") Collection<Long> unitIds);

	@Query("""
			select d from Delegation d
			 where d.unitId = :unitId and d.direction = vn.tre.delegation.Direction.OUTGOING
			   and d.departureDate >= :from and d.departureDate <= :to
			   and d.status in (vn.tre.delegation.DelegationStatus.SUBMITTED, vn.tre.delegation.DelegationStatus.APPROVED,
			                    vn.tre.delegation.DelegationStatus.IN_PROGRESS, vn.tre.delegation.DelegationStatus.COMPLETED,
			                    vn.tre.delegation.DelegationStatus.REPORTED, vn.tre.delegation.DelegationStatus.CLOSED)
			""")
	List<Delegation> outgoingOfYear(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("""
			select d from Delegation d
			 where d.status = vn.tre.delegation.DelegationStatus.COMPLETED and d.reportDue < :today
			""")
	List<Delegation> reportsOverdue(@Param("today") LocalDate today);

	@Query("select d from Delegation d where d.unitId in :unitIds and d.departureDate >= :from and d.departureDate <= :to")
	List<Delegation> ofUnitsBetween(@Param("unitIds") Collection<Long> unitIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);
}
