package vn.tre.audit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.tre.audit.SecurityEventFilter;
import vn.tre.audit.SecurityEventKind;

/** The filter bar of the security log, as typed; dates dd/MM/yyyy. */
class SecurityLogFilterForm {

	private @Nullable String user;

	private @Nullable SecurityEventKind kind;

	private @Nullable LocalDate from;

	private @Nullable LocalDate to;

	SecurityEventFilter toFilter() {
		return new SecurityEventFilter(user, kind, from, to);
	}

	public @Nullable String getUser() {
		return user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable SecurityEventKind getKind() {
		return kind;
	}

	public void setKind(@Nullable SecurityEventKind kind) {
		this.kind = kind;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}
}
