package vn.tre.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** Personal access tokens: created and revoked by their owner, shown in full only once. */
@Service
@Transactional
public class AccessTokenManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessTokens tokens;

	private final AccountManagement accounts;

	private final Clock clock;

	AccessTokenManagement(AccessTokens tokens, AccountManagement accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A new token for the actor; the returned secret is never stored and cannot be shown again. */
	public IssuedToken create(Actor actor, String name, @Nullable Integer validDays) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "tre_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = validDays == null ? null : now.plus(validDays, ChronoUnit.DAYS);
		AccessToken token = tokens.save(new AccessToken(actor.userId(), name.strip(), hash(secret),
				secret.substring(0, 12), now, expires));
		return new IssuedToken(token.getId(), secret);
	}

	@Transactional(readOnly = true)
	public List<AccessToken> ofActor(Actor actor) {
		return tokens.findByUserIdOrderByCreatedAtDesc(actor.userId());
	}

	public void revoke(Actor actor, long tokenId) {
		AccessToken token = tokens.findById(tokenId)
			.filter(t -> t.getUserId() == actor.userId())
			.orElseThrow(() -> new NotFound("token"));
		token.revoke(clock.instant());
	}

	/** The principal a token acts for, if the token is known, usable and its owner may log in. */
	public Optional<AccountPrincipal> authenticate(String secret) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(secret))
			.filter(token -> token.usableAt(now))
			.flatMap(token -> {
				token.used(now);
				return accounts.find(token.getUserId());
			})
			.flatMap(user -> accounts.principal(user.getUsername()))
			.filter(principal -> principal.isEnabled() && principal.isAccountNonLocked());
	}

	/** A token just created: its id and the secret to hand to the user once. */
	public record IssuedToken(long id, String secret) {
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
