package vn.tre.partner;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored relations, always read within the viewer's scope of units. */
interface Relations extends JpaRepository<Relation, Long> {

	@Query("""
			select r from Relation r
			 where (:all = true or r.unitId in :ids)
			   and (:partnerId is null or r.partnerId = :partnerId)
			   and (:unitId is null or r.unitId = :unitId)
			   and (:type is null or r.type = :type)
			   and (:country is null or r.partnerId in (select p.id from Partner p where p.countryCode = :country))
			   and (:q = '' or r.partnerId in (select p.id from Partner p where p.searchText like :q))
			   and (:status = ''
			        or (:status = 'ENDED' and r.status = vn.tre.partner.RelationStatus.ENDED)
			        or (:status = 'ACTIVE' and r.status = vn.tre.partner.RelationStatus.ACTIVE
			            and r.latestActivityOn >= :cutoff)
			        or (:status = 'DORMANT' and (r.status = vn.tre.partner.RelationStatus.DORMANT
			            or (r.status = vn.tre.partner.RelationStatus.ACTIVE and r.latestActivityOn < :cutoff))))
			""")
	Page<Relation> search(@Param("all") boolean all, @Param("ids") List<Long> ids, @Param("partnerId") @Nullable Long partnerId,
			@Param("unitId") @Nullable Long unitId, @Param("type") @Nullable RelationType type,
			@Param("country") @Nullable String country, @Param("q") String q, @Param("status") String status,
			@Param("cutoff") LocalDate cutoff, Pageable page);

	/** Active relations (not flagged dormant) per country of the partner, within the scope. */
	@Query("""
			select p.countryCode, count(r) from Relation r, Partner p
			 where p.id = r.partnerId and p.countryCode is not null
			   and (:all = true or r.unitId in :ids)
			   and r.status = vn.tre.partner.RelationStatus.ACTIVE and r.latestActivityOn >= :cutoff
			 group by p.countryCode
			""")
	List<Object[]> activeByCountry(@Param("all") boolean all, @Param("ids") List<Long> ids, @Param("cutoff") LocalDate cutoff);

	@Query("select distinct r.unitId from Relation r where (:all = true or r.unitId in :ids)")
	List<Long> unitsWithRelations(@Param("all") boolean all, @Param("ids") List<Long> ids);

	List<Relation> findByPartnerIdAndUnitIdAndStatusNot(long partnerId, long unitId, RelationStatus status);
}
