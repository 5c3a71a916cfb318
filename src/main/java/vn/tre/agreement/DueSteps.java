package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tre.notification.Notifications;

/**
 * The steps an agreement's own dates take, recorded in the system's name: a signed agreement enters into
 * force on its date; one past its expiry date expires, or, when it renews itself, is extended by the same
 * term (once per term that has passed).
 */
@Component
class DueSteps {

	static final String SYSTEM = "system";

	private static final long NO_USER = 0L;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Agreements agreements;

	private final AgreementTransitions transitions;

	private final AgreementChanges changes;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	DueSteps(Agreements agreements, AgreementTransitions transitions, AgreementChanges changes,
			Notifications notifications, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.agreements = agreements;
		this.transitions = transitions;
		this.changes = changes;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** Takes every step due on the day; answers how many agreements changed. */
	int apply(LocalDate today) {
		int changed = 0;
		for (Agreement agreement : agreements.findAllById(ids("status = 'SIGNED' and entry_into_force_on <= :today", today))) {
			agreement.enterIntoForce(agreement.getEntryIntoForceOn());
			record(agreement, AgreementStatus.SIGNED, "agreement.monitoring.enteredIntoForce", agreement.getEntryIntoForceOn());
			changed++;
		}
		for (Agreement agreement : agreements.findAllById(ids(
				"status in ('SIGNED', 'IN_FORCE', 'SUSPENDED') and not indefinite and expires_on < :today", today))) {
			if (agreement.isAutomaticRenewal() && agreement.getStatus() == AgreementStatus.IN_FORCE) {
				renew(agreement, today);
			}
			else {
				AgreementStatus from = agreement.getStatus();
				agreement.expire();
				record(agreement, from, "agreement.monitoring.expired", agreement.getExpiresOn());
				notifications.completeBySource(AgreementManagement.source(agreement.getId(), "report"), SYSTEM);
			}
			changed++;
		}
		agreements.flush();
		return changed;
	}

	/** Extends by the agreement's term until the expiry date is no longer past, one recorded extension per term. */
	private void renew(Agreement agreement, LocalDate today) {
		LocalDate expiry = agreement.getExpiresOn();
		LocalDate start = agreement.getEntryIntoForceOn() != null ? agreement.getEntryIntoForceOn() : agreement.getSignedOn();
		Period term = Period.between(start, expiry);
		while (expiry.isBefore(today)) {
			LocalDate renewed = expiry.plus(term);
			agreement.extend(renewed);
			changes.save(new AgreementChange(agreement.getId(), ChangeKind.EXTENDED, expiry, renewed,
					message("agreement.monitoring.renewed", renewed), SYSTEM));
			expiry = renewed;
		}
	}

	private void record(Agreement agreement, AgreementStatus from, String key, @Nullable LocalDate day) {
		transitions.save(new AgreementTransition(agreement.getId(), from, agreement.getStatus(), clock.instant(), NO_USER,
				SYSTEM, message(key, day)));
	}

	private String message(String key, @Nullable LocalDate day) {
		return messages.getMessage(key, new Object[] { day == null ? "" : DAY.format(day) }, VIETNAMESE);
	}

	private List<Long> ids(String condition, LocalDate today) {
		return jdbc.sql("select id from agreement.agreement where " + condition + " order by id").param("today", today)
			.query(Long.class).list();
	}
}
