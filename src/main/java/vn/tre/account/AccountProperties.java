package vn.tre.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login protection: how many failed logins lock an account, and for how long. */
@ConfigurationProperties("tre.security")
public record AccountProperties(int maxFailedLogins, Duration lockout) {

	public AccountProperties {
		maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
	}
}
