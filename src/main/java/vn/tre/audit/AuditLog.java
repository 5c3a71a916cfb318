package vn.tre.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.Role;

/**
 * The audit module's façade: the history of a record, the logging of a view of personal data, and the
 * security log. The history is not access-checked here: the record's module checks that the actor may read
 * the record before showing its history.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final Changes changes;

	private final SecurityEvents securityEvents;

	AuditLog(Changes changes, SecurityEvents securityEvents) {
		this.changes = changes;
		this.securityEvents = securityEvents;
	}

	/** Every change of a record, newest first; the entity type is the simple class name, e.g. "OrgUnit". */
	public List<ChangeEntry> history(String entityType, long entityId) {
		return changes.of(entityType, String.valueOf(entityId));
	}

	/** As {@link #history(String, long)} for a record whose id is not a number. */
	public List<ChangeEntry> history(String entityType, String entityId) {
		return changes.of(entityType, entityId);
	}

	/** One page of a record's changes, newest first, for records changed very often. */
	public Page<ChangeEntry> history(String entityType, long entityId, Pageable page) {
		return changes.of(entityType, String.valueOf(entityId), page);
	}

	/**
	 * Logs that the actor saw personal data of a record, e.g. ("consular-dossier", "42", "passport number");
	 * written in a transaction of its own, so that the view stays logged whatever happens to the caller's.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void personalDataViewed(Actor actor, String recordType, String recordId, String what) {
		securityEvents.record(SecurityEventKind.PERSONAL_DATA_VIEWED, actor.username(), what, recordType, recordId);
	}

	/** The security log, filtered, newest first; ministry administrators only (403 otherwise). */
	public Page<SecurityEvent> securityEvents(Actor actor, SecurityEventFilter filter, Pageable page) {
		if (!actor.has(Role.MINISTRY_ADMIN)) {
			throw new Forbidden("security log");
		}
		return securityEvents.search(filter, page);
	}
}
