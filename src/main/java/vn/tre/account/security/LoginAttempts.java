package vn.tre.account.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.tre.account.AccountManagement;

/** Counts failed logins and locks an account after too many of them. */
@Component
class LoginAttempts {

	private final AccountManagement accounts;

	LoginAttempts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		accounts.recordLogin(event.getAuthentication().getName());
	}
}
