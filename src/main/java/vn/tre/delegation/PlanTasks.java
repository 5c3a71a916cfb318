package vn.tre.delegation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tre.account.AccountManagement;
import vn.tre.notification.NewTask;
import vn.tre.notification.Notifications;
import vn.tre.notification.TaskKind;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Role;

/**
 * The tasks a plan's workflow puts in front of people: a submitted revision asks the unit's leaders to
 * decide on it; a decision tells the officer who submitted it; each step closes the task that asked for it.
 */
@Component
class PlanTasks {

	private final Notifications notifications;

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	PlanTasks(Notifications notifications, AccountManagement accounts, OrgUnitManagement units) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.units = units;
	}

	void submitted(DelegationPlan plan, Actor by) {
		PlanRevision revision = plan.current();
		notifications.completeBySource(source(plan, revision, "returned"), by.username());
		List<Long> leaders = approvers(plan.getUnitId());
		if (leaders.isEmpty()) {
			notifications.create(NewTask.forUnit(plan.getUnitId(), "plan.task.review", args(plan, revision), link(plan, revision),
					null, source(plan, revision, "review")));
		}
		for (long leader : leaders) {
			notifications.create(new NewTask(plan.getUnitId(), leader, TaskKind.TASK, "plan.task.review",
					args(plan, revision), link(plan, revision), null, source(plan, revision, "review:" + leader)));
		}
	}

	void decided(DelegationPlan plan, Actor by) {
		PlanRevision revision = plan.current();
		notifications.completeBySource(source(plan, revision, "review"), by.username());
		approvers(plan.getUnitId()).forEach(
				leader -> notifications.completeBySource(source(plan, revision, "review:" + leader), by.username()));
		Long submitter = revision.getSubmittedById();
		if (submitter != null) {
			boolean approved = revision.getStatus() == PlanStatus.APPROVED;
			notifications.create(new NewTask(plan.getUnitId(), submitter, TaskKind.TASK,
					approved ? "plan.task.approved" : "plan.task.returned", args(plan, revision), link(plan, revision), null,
					source(plan, revision, approved ? "approved" : "returned")));
		}
	}

	void amended(DelegationPlan plan, Actor by) {
		plan.inForce().ifPresent(
				inForce -> notifications.completeBySource(source(plan, inForce, "approved"), by.username()));
	}

	/** The leaders who approve the unit's plans: those of the unit, or of the nearest unit above it that has some. */
	private List<Long> approvers(long unitId) {
		Long current = unitId;
		for (int depth = 0; current != null && depth < 6; depth++) {
			List<Long> leaders = accounts.usersWithRole(current, Role.PROVINCE_LEADER);
			if (!leaders.isEmpty()) {
				return leaders;
			}
			current = units.find(current).map(OrgUnit::getParentId).orElse(null);
		}
		return List.of();
	}

	private List<String> args(DelegationPlan plan, PlanRevision revision) {
		var args = new ArrayList<String>();
		args.add(units.find(plan.getUnitId()).map(OrgUnit::getNameVi).orElse(String.valueOf(plan.getUnitId())));
		args.add(String.valueOf(plan.getYear()));
		args.add(String.valueOf(revision.getNumber()));
		return args;
	}

	private static String link(DelegationPlan plan, PlanRevision revision) {
		return "/delegation-plans/" + plan.getId() + "?revision=" + revision.getNumber();
	}

	static String source(DelegationPlan plan, PlanRevision revision, String step) {
		return "delegation-plan:" + plan.getId() + ":r" + revision.getNumber() + ":" + step;
	}
}
