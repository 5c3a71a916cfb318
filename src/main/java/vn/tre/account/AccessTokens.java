package vn.tre.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored personal access tokens. */
interface AccessTokens extends JpaRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	List<AccessToken> findByUserIdOrderByCreatedAtDesc(long userId);
}
