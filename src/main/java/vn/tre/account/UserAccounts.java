package vn.tre.account;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.tre.shared.Role;

/** The stored user accounts. */
interface UserAccounts extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("""
			select u.email from UserAccount u
			 where u.unitId = :unitId and u.enabled = true and u.email is not null and u.email <> ''
			 order by u.username
			""")
	List<String> emailsOfUnit(@Param("unitId") long unitId);

	@Query("select u.id from UserAccount u join u.roles r where u.unitId = :unitId and r = :role and u.enabled = true order by u.id")
	List<Long> withRole(@Param("unitId") long unitId, @Param("role") Role role);


	@Query("""
			select distinct u from UserAccount u left join u.roles r
			 where (:all = true or u.unitId in :unitIds)
			   and (:unitId is null or u.unitId = :unitId)
			   and (:role is null or r = :role)
			   and (:q = '' or tre_fold(u.username) like :q or tre_fold(u.displayName) like :q
			        or lower(coalesce(u.email, '')) like :q)
			""")
	Page<UserAccount> search(@Param("all") boolean all, @Param("unitIds") List<Long> unitIds,
			@Param("unitId") @Nullable Long unitId, @Param("role") @Nullable Role role, @Param("q") String q, Pageable page);
}
