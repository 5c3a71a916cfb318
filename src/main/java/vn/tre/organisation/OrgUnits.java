package vn.tre.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored org units. */
interface OrgUnits extends JpaRepository<OrgUnit, Long> {

	@Query("""
			select u from OrgUnit u
			 where (:all = true or u.id in :ids)
			   and (:type is null or u.type = :type)
			   and (:parentId is null or u.parentId = :parentId)
			   and (:current = false or u.validTo is null or u.validTo >= current_date)
			   and (:q = '' or tre_fold(u.nameVi) like :q or tre_fold(u.nameEn) like :q
			        or lower(u.code) like :q)
			""")
	Page<OrgUnit> search(@Param("all") boolean all, @Param("ids") List<Long> ids, @Param("type") @Nullable OrgUnitType type,
			@Param("parentId") @Nullable Long parentId, @Param("current") boolean current, @Param("q") String q, Pageable page);

	List<OrgUnit> findByParentIdOrderByNameVi(Long parentId);

	List<OrgUnit> findByParentIdIsNullOrderByTypeAscNameViAsc();

	List<OrgUnit> findByTypeInOrderByTypeAscNameViAsc(java.util.Collection<OrgUnitType> types);

	List<OrgUnit> findByMergedIntoIdOrderByNameVi(Long mergedIntoId);

	List<OrgUnit> findByCodeOrderByValidFromDesc(String code);

	long countByParentId(Long parentId);

	@Query("select u.parentId, count(u) from OrgUnit u where u.parentId in :parentIds group by u.parentId")
	List<Object[]> countChildren(@Param("parentIds") List<Long> parentIds);

	@Query("select u.code from OrgUnit u where u.type = :type")
	List<String> findCodesOfType(@Param("type") OrgUnitType type);

	@Query(value = """
			with recursive stood_for as (
			    select id from organisation.org_unit where id = :unitId
			    union
			    select u.id from organisation.org_unit u join stood_for s on u.merged_into_id = s.id
			)
			select c.id from organisation.org_unit c
			  join organisation.org_unit r on c.path like r.path || '%'
			 where r.id in (select id from stood_for)
			""", nativeQuery = true)
	List<Long> scopeIds(@Param("unitId") long unitId);

	@Query(value = """
			select c.id from organisation.org_unit c
			  join organisation.org_unit r on c.path like r.path || '%'
			 where r.id = :unitId
			""", nativeQuery = true)
	List<Long> subtreeIds(@Param("unitId") long unitId);

	@Query(value = """
			with recursive stood_for as (
			    select id, valid_from, valid_to from organisation.org_unit where id = :unitId
			    union
			    select u.id, u.valid_from, u.valid_to from organisation.org_unit u join stood_for s on u.merged_into_id = s.id
			)
			select id from stood_for
			 where (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to >= :day)
			""", nativeQuery = true)
	List<Long> stoodForOn(@Param("unitId") long unitId, @Param("day") java.time.LocalDate day);
}
