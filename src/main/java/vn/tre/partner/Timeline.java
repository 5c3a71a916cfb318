package vn.tre.partner;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored timeline entries of every partner. */
interface Timeline extends JpaRepository<TimelineEntry, Long> {

	@Query("""
			select t from TimelineEntry t
			 where t.partnerId = :partnerId and (:all = true or t.unitId in :ids)
			   and (:unitId is null or t.unitId = :unitId) and (:kind is null or t.kind = :kind)
			 order by t.happenedOn desc, t.id desc
			""")
	Page<TimelineEntry> of(@Param("partnerId") long partnerId, @Param("all") boolean all, @Param("ids") List<Long> ids,
			@Param("unitId") @Nullable Long unitId, @Param("kind") @Nullable ActivityKind kind, Pageable page);

	@Query("select distinct t.unitId from TimelineEntry t where t.partnerId = :partnerId and (:all = true or t.unitId in :ids)")
	List<Long> unitsOf(@Param("partnerId") long partnerId, @Param("all") boolean all, @Param("ids") List<Long> ids);
}
