package vn.tre.agreement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tre.agreement.WarningCause.WarningKey;
import vn.tre.notification.NewTask;
import vn.tre.notification.Notifications;

/**
 * The tasks a warning puts in front of people, once, when it is raised: the agreement's unit, and the owner
 * unit of an overdue milestone; closed when the warning is resolved. A late report or opinion already has
 * its task with a due date, so those warnings add none.
 */
@Component
class WarningTasks {

	private static final String OWNER = ":owner";

	private final Notifications notifications;

	WarningTasks(Notifications notifications) {
		this.notifications = notifications;
	}

	void raised(WarningCause cause) {
		String source = cause.key().taskSource();
		String link = AgreementManagement.link(cause.agreementId());
		switch (cause.kind()) {
			case NO_ROADMAP -> notifications.create(NewTask.forUnit(cause.unitId(), "agreement.task.noRoadmap",
					List.of(cause.agreementTitle()), link, null, source));
			case NO_ACTIVITY -> notifications.create(NewTask.forUnit(cause.unitId(), "agreement.task.noActivity",
					List.of(cause.agreementTitle()), link, null, source));
			case EXPIRING -> notifications.create(NewTask.forUnit(cause.unitId(), "agreement.task.expiring",
					List.of(cause.agreementTitle(), cause.date() == null ? "" : DueSteps.DAY.format(cause.date())), link,
					cause.date(), source));
			case MILESTONE_OVERDUE -> milestoneOverdue(cause, source, link);
			case REPORT_OVERDUE, OPINION_OVERDUE -> {
			}
		}
	}

	void resolved(WarningKey key) {
		notifications.completeBySource(key.taskSource(), DueSteps.SYSTEM);
		if (key.kind() == WarningKind.MILESTONE_OVERDUE) {
			notifications.completeBySource(key.taskSource() + OWNER, DueSteps.SYSTEM);
		}
	}

	private void milestoneOverdue(WarningCause cause, String source, String link) {
		List<String> args = List.of(cause.milestoneTitle() == null ? "" : cause.milestoneTitle(), cause.agreementTitle());
		notifications.create(NewTask.forUnit(cause.unitId(), "agreement.task.milestoneOverdue", args, link, cause.date(),
				source));
		if (cause.ownerUnitId() != null && cause.ownerUnitId() != cause.unitId()) {
			notifications.create(NewTask.forUnit(cause.ownerUnitId(), "agreement.task.milestoneOverdue", args, link,
					cause.date(), source + OWNER));
		}
	}
}
