package vn.tre.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes logins, failed logins and logouts to the security log, from Spring Security's events. */
@Component
class LoginEvents {

	private final SecurityEvents events;

	LoginEvents(SecurityEvents events) {
		this.events = events;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		events.record(SecurityEventKind.LOGIN_SUCCEEDED, event.getAuthentication().getName(), null, null, null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		SecurityEventKind kind = event instanceof AuthenticationFailureLockedEvent ? SecurityEventKind.ACCOUNT_LOCKED
				: SecurityEventKind.LOGIN_FAILED;
		events.record(kind, event.getAuthentication().getName(), reason(event), null, null);
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		events.record(SecurityEventKind.LOGOUT, event.getAuthentication().getName(), null, null, null);
	}

	/** Why the login failed, as a message key of the security log. */
	private static String reason(AbstractAuthenticationFailureEvent event) {
		return "audit.reason." + switch (event) {
			case AuthenticationFailureBadCredentialsEvent e -> "badCredentials";
			case AuthenticationFailureLockedEvent e -> "locked";
			case AuthenticationFailureDisabledEvent e -> "disabled";
			case AuthenticationFailureExpiredEvent e -> "expired";
			case AuthenticationFailureCredentialsExpiredEvent e -> "credentialsExpired";
			default -> "other";
		};
	}
}
