package vn.tre.agreement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.tre.agreement.WarningCause.WarningKey;
import vn.tre.notification.NewTask;
import vn.tre.notification.Notifications;
import vn.tre.notification.TaskKind;

/**
 * The tasks a warning puts in front of people, once, when it is raised: the officer who recorded the
 * agreement (the unit's leaders see the warning on their home page instead), and the owner unit of an
 * overdue milestone; closed when the warning is resolved. A late report or opinion already has
 * its task with a due date, so those warnings add none.
 */
@Component
class WarningTasks {

	private static final String OWNER = ":owner";

	private final Notifications notifications;

	WarningTasks(Notifications notifications) {
		this.notifications = notifications;
	}

	/** A task for the officer who recorded the agreement, in the agreement's unit. */
	private NewTask forOfficer(WarningCause cause, String titleKey, List<String> args, String link,
			@Nullable LocalDate due, String source) {
		return new NewTask(cause.unitId(), cause.officerId(), TaskKind.TASK, titleKey, args, link, due, source);
	}

	void raised(WarningCause cause) {
		String source = cause.key().taskSource();
		String link = AgreementManagement.link(cause.agreementId());
		switch (cause.kind()) {
			case NO_ROADMAP -> notifications.create(forOfficer(cause, "agreement.task.noRoadmap",
					List.of(cause.agreementTitle()), link, null, source));
			case NO_ACTIVITY -> notifications.create(forOfficer(cause, "agreement.task.noActivity",
					List.of(cause.agreementTitle()), link, null, source));
			case EXPIRING -> notifications.create(forOfficer(cause, "agreement.task.expiring",
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
		notifications.create(forOfficer(cause, "agreement.task.milestoneOverdue", args, link, cause.date(), source));
		if (cause.ownerUnitId() != null && cause.ownerUnitId() != cause.unitId()) {
			notifications.create(NewTask.forUnit(cause.ownerUnitId(), "agreement.task.milestoneOverdue", args, link,
					cause.date(), source + OWNER));
		}
	}
}
