package vn.tre.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, puts a reminder next to each open task due within the next two days, once per task:
 * a reminder's source is {@code reminder:<taskId>}, so a task that already had one (even a closed one)
 * gets no second reminder.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	/** How many days before its due date a task is reminded of. */
	static final int DAYS_AHEAD = 2;

	private final Tasks tasks;

	private final Notifications notifications;

	private final Clock clock;

	ReminderJob(Tasks tasks, Notifications notifications, Clock clock) {
		this.tasks = tasks;
		this.notifications = notifications;
		this.clock = clock;
	}

	static String sourceOf(Task task) {
		return "reminder:" + task.getId();
	}

	@Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "notification-reminders")
	@Transactional
	public void remind() {
		LocalDate today = LocalDate.now(clock);
		var due = tasks.dueWithoutReminder(today, today.plusDays(DAYS_AHEAD));
		due.forEach(task -> notifications.create(new NewTask(task.getUnitId(), task.getUserId(), TaskKind.REMINDER,
				task.getTitleKey(), task.getTitleArgs(), task.getLink(), task.getDueDate(), sourceOf(task))));
		if (!due.isEmpty()) {
			log.info("Reminded of {} task(s) due by {}", due.size(), today.plusDays(DAYS_AHEAD));
		}
	}
}
