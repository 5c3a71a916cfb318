package vn.tre.organisation;

import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.Role;

/**
 * The one answer to "may this user read, edit or approve a record of this unit" and "which units may
 * this user see". A user sees their own unit, everything below it and the units that were merged into
 * it; a ministry user sees the whole country. Editing and approving stay within the user's own part of
 * the tree.
 */
@Component
public class AccessPolicy {

	private final OrgUnits units;

	private final Map<Long, UnitScope> scopes = new ConcurrentHashMap<>();

	AccessPolicy(OrgUnits units) {
		this.units = units;
	}

	/** The units whose records the actor may read. */
	public UnitScope visibleUnits(Actor actor) {
		return scopes.computeIfAbsent(actor.unitId(), this::computeScope);
	}

	public boolean canRead(Actor actor, long unitId) {
		return visibleUnits(actor).contains(unitId);
	}

	/** Whether the actor may create or change records of the unit: a writing role within their own subtree. */
	public boolean canEdit(Actor actor, long unitId) {
		return actor.writes() && ownPart(actor).contains(unitId);
	}

	/** Whether the actor may approve what the unit's officers submitted. */
	public boolean canApprove(Actor actor, long unitId) {
		return actor.approves() && ownPart(actor).contains(unitId);
	}

	/** Whether the actor administers the org units, users and reference data of the whole country. */
	public boolean administers(Actor actor) {
		return actor.has(Role.MINISTRY_ADMIN);
	}

	/** Answers 404 for a record of a unit the actor may not know of. */
	public void checkRead(Actor actor, long unitId, String what) {
		if (!canRead(actor, unitId)) {
			throw new NotFound(what);
		}
	}

	/** Answers 404 when the actor cannot see the record, 403 when they see it but may not change it. */
	public void checkEdit(Actor actor, long unitId, String what) {
		checkRead(actor, unitId, what);
		if (!canEdit(actor, unitId)) {
			throw new Forbidden(what);
		}
	}

	/** Answers 404 when the actor cannot see the record, 403 when they may not approve it. */
	public void checkApprove(Actor actor, long unitId, String what) {
		checkRead(actor, unitId, what);
		if (!canApprove(actor, unitId)) {
			throw new Forbidden(what);
		}
	}

	/** Answers 403 unless the actor is a ministry administrator. */
	public void checkAdministers(Actor actor) {
		if (!administers(actor)) {
			throw new Forbidden("administration");
		}
	}

	private UnitScope ownPart(Actor actor) {
		if (administers(actor)) {
			return UnitScope.everything();
		}
		UnitScope visible = visibleUnits(actor);
		return visible.all() ? UnitScope.of(new HashSet<>(units.subtreeIds(actor.unitId()))) : visible;
	}

	private UnitScope computeScope(long unitId) {
		boolean nationwide = units.findById(unitId).map(unit -> unit.getType().nationwide()).orElse(false);
		return nationwide ? UnitScope.everything() : UnitScope.of(new HashSet<>(units.scopeIds(unitId)));
	}

	@TransactionalEventListener
	void on(OrgUnitChanged event) {
		scopes.clear();
	}
}
