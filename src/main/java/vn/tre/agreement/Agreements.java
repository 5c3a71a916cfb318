package vn.tre.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored agreements. */
interface Agreements extends JpaRepository<Agreement, Long> {

	@Query("""
			select a from Agreement a
			 where (:all = true or a.unitId in :unitIds)
			   and (:unitId is null or a.unitId = :unitId)
			   and (:status is null or a.status = :status)
			   and (:kind is null or a.kind = :kind)
			   and (:country is null or :country member of a.countries)
			   and (:field is null or :field member of a.fields)
			   and (:partnerId is null or exists (select 1 from Agreement b join b.parties p where b = a and p.partnerId = :partnerId))
			   and (:warning is null or exists (select 1 from AgreementWarning w where w.agreementId = a.id and w.kind = :warning and w.resolvedOn is null))
			   and (cast(:signedFrom as LocalDate) is null or a.signedOn >= :signedFrom)
			   and (cast(:signedTo as LocalDate) is null or a.signedOn <= :signedTo)
			   and (:q = '' or tre_fold(a.titleVi) like :q or tre_fold(coalesce(a.titleForeign, '')) like :q
			        or tre_fold(coalesce(a.reference, '')) like :q or tre_fold(coalesce(a.summary, '')) like :q)
			""")
	Page<Agreement> search(@Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds,
			@Param("unitId") @Nullable Long unitId, @Param("status") @Nullable AgreementStatus status,
			@Param("kind") @Nullable AgreementKind kind, @Param("country") @Nullable String country,
			@Param("partnerId") @Nullable Long partnerId, @Param("field") @Nullable CooperationField field,
			@Param("warning") @Nullable WarningKind warning, @Param("signedFrom") @Nullable LocalDate signedFrom,
			@Param("signedTo") @Nullable LocalDate signedTo, @Param("q") String q, Pageable page);

	/** Signed agreements of other units with one of the partners: what their public summary shows. */
	@Query("""
			select distinct a from Agreement a join a.parties p
			 where p.partnerId in :partnerIds and a.unitId <> :exceptUnitId and a.signedOn is not null
			 order by a.signedOn desc
			""")
	List<Agreement> signedWithPartners(@Param("partnerIds") Collection<Long> partnerIds,
			@Param("exceptUnitId") long exceptUnitId);

	@Query("select distinct a from Agreement a join a.parties p where p.partnerId in :partnerIds")
	List<Agreement> withPartners(@Param("partnerIds") Collection<Long> partnerIds);

}
