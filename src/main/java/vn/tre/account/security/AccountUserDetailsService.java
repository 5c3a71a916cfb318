package vn.tre.account.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.tre.account.AccountManagement;

/** Loads users for the login form from the account tables. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountManagement accounts;

	AccountUserDetailsService(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
