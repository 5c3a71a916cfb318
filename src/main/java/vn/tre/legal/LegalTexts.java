package vn.tre.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored legal bases: the texts of law that rules cite. */
interface LegalTexts extends JpaRepository<LegalBasis, Long> {

	/**
	 * A page of the library. {@code inForce} is 'ALL', 'YES' (in force on {@code today}) or 'NO' (not yet in
	 * force, or superseded by an instrument already in force).
	 */
	@Query("""
			select b from LegalBasis b
			 where (:q = '' or tre_fold(b.number) like :q or tre_fold(b.titleVi) like :q or tre_fold(b.titleEn) like :q)
			   and (:kind is null or b.kind = :kind)
			   and (:inForce = 'ALL'
			        or (:inForce = 'YES' and (b.inForceFrom is null or b.inForceFrom <= :today)
			            and not exists (select s.id from LegalBasis s where s.id = b.supersededById
			                            and (s.inForceFrom is null or s.inForceFrom <= :today)))
			        or (:inForce = 'NO' and ((b.inForceFrom is not null and b.inForceFrom > :today)
			            or exists (select s.id from LegalBasis s where s.id = b.supersededById
			                       and (s.inForceFrom is null or s.inForceFrom <= :today)))))
			""")
	Page<LegalBasis> search(@Param("q") String q, @Param("kind") @Nullable LegalBasisKind kind,
			@Param("inForce") String inForce, @Param("today") LocalDate today, Pageable page);

	@Query("select b from LegalBasis b where tre_fold(b.number) = :foldedNumber")
	Optional<LegalBasis> findByFoldedNumber(@Param("foldedNumber") String foldedNumber);

	List<LegalBasis> findBySupersededByIdOrderByNumber(long supersededById);

	List<LegalBasis> findAllByOrderByNumber();
}
