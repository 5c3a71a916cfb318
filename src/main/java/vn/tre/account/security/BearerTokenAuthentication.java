package vn.tre.account.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import vn.tre.account.AccountPrincipal;

/** An API request authenticated by a personal access token; it acts with its owner's rights. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountPrincipal principal;

	BearerTokenAuthentication(AccountPrincipal principal) {
		super(principal.getAuthorities());
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return principal;
	}
}
