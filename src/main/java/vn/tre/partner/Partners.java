package vn.tre.partner;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored partners; searches run on the folded, trigram-indexed search text. */
interface Partners extends JpaRepository<Partner, Long> {

	/** The filters every list shares; relations count only within the viewer's scope (:all, :ids). */
	String FILTERS = """
			    (:kind is null or p.kind = :kind)
			and (:country is null or p.countryCode = :country)
			and (:region is null or p.countryCode in (select c.code from Country c where c.regionCode = :region))
			and (:unitId is null or exists (select 1 from Relation u where u.partnerId = p.id and u.unitId = :unitId))
			and (:status = '' or exists (select 1 from Relation r where r.partnerId = p.id
			      and (:all = true or r.unitId in :ids)
			      and ((:status = 'ENDED' and r.status = vn.tre.partner.RelationStatus.ENDED)
			        or (:status = 'ACTIVE' and r.status = vn.tre.partner.RelationStatus.ACTIVE
			            and r.latestActivityOn >= :cutoff)
			        or (:status = 'DORMANT' and (r.status = vn.tre.partner.RelationStatus.DORMANT
			            or (r.status = vn.tre.partner.RelationStatus.ACTIVE and r.latestActivityOn < :cutoff))))))
			""";

	/** Partners whose search text contains the folded query; whole names first, then names that start with it. */
	@Query(value = "select p from Partner p where p.searchText like :contains and " + FILTERS
			+ " order by case when p.searchText like :whole then 0 when p.searchText like :start then 1 else 2 end",
			countQuery = "select count(p) from Partner p where p.searchText like :contains and " + FILTERS)
	Page<Partner> search(@Param("contains") String contains, @Param("whole") String whole, @Param("start") String start,
			@Param("kind") @Nullable PartnerKind kind, @Param("country") @Nullable String country,
			@Param("region") @Nullable String region, @Param("unitId") @Nullable Long unitId,
			@Param("status") String status, @Param("all") boolean all, @Param("ids") List<Long> ids,
			@Param("cutoff") LocalDate cutoff, Pageable page);

	/** Partners without a text query, in the order of the page's sort. */
	@Query(value = "select p from Partner p where " + FILTERS, countQuery = "select count(p) from Partner p where " + FILTERS)
	Page<Partner> browse(@Param("kind") @Nullable PartnerKind kind, @Param("country") @Nullable String country,
			@Param("region") @Nullable String region, @Param("unitId") @Nullable Long unitId,
			@Param("status") String status, @Param("all") boolean all, @Param("ids") List<Long> ids,
			@Param("cutoff") LocalDate cutoff, Pageable page);

	/** Partners of the country (or without a country) one of whose names has the given key. */
	@Query("""
			select p from Partner p
			 where ((:country is null and p.countryCode is null) or p.countryCode = :country)
			   and p.searchText like :whole
			 order by p.id
			""")
	List<Partner> withName(@Param("country") @Nullable String country, @Param("whole") String whole);

	List<Partner> findByParentIdOrderBySortVi(long parentId);

	boolean existsByParentId(long parentId);
}
