package vn.tre.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event of the security log: when, who (the name typed, for a failed login), what, from which address and
 * browser, with a detail (a message key or a text) and, for a view of personal data, the record viewed.
 */
public record SecurityEvent(long id, Instant at, String username, SecurityEventKind kind, @Nullable String ip,
		@Nullable String userAgent, @Nullable String detail, @Nullable String recordType, @Nullable String recordId) {

	/** The browser and system in a few words ("Chrome · Windows"), from the user agent. */
	public String browser() {
		return UserAgents.summary(userAgent);
	}
}
