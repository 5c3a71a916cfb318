package vn.tre.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.account.AccountManagement;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;
import vn.tre.support.MutableClock;
import vn.tre.support.TestUsers;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class ReminderJobTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Far enough ahead that no other test's task falls due in the same days. */
	private static final LocalDate DUE = LocalDate.of(2041, 3, 10);

	@Autowired
	ReminderJob job;

	@Autowired
	Notifications notifications;

	@Autowired
	Tasks tasks;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	MutableClock clock;

	UserAccount account;

	Task task;

	@BeforeEach
	void setUp() {
		account = TestUsers.create(accounts, units, "38-DEMO-03", OrgUnitType.COMMUNE, Role.COMMUNE_OFFICER);
		task = notifications.create(NewTask.forUnit(account.getUnitId(), "test.task.title", List.of("báo cáo"),
				"/inbox", DUE, "test:" + TestUsers.uniqueName("nhac")));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void remindsOnceOfATaskDueWithinTwoDays() {
		clock.set(ZonedDateTime.of(2041, 3, 7, 7, 0, 0, 0, VIETNAM));
		job.remind();
		assertThat(tasks.countBySource(ReminderJob.sourceOf(task))).isZero();

		clock.set(ZonedDateTime.of(2041, 3, 8, 7, 0, 0, 0, VIETNAM));
		job.remind();
		job.remind();

		assertThat(tasks.countBySource(ReminderJob.sourceOf(task))).isOne();
		Task reminder = tasks.findBySourceAndStatus(ReminderJob.sourceOf(task), TaskStatus.OPEN).orElseThrow();
		assertThat(reminder.getKind()).isEqualTo(TaskKind.REMINDER);
		assertThat(reminder.getUnitId()).isEqualTo(account.getUnitId());
		assertThat(reminder.getDueDate()).isEqualTo(DUE);
		assertThat(reminder.getTitleArgs()).containsExactly("báo cáo");

		clock.set(ZonedDateTime.of(2041, 3, 9, 7, 0, 0, 0, VIETNAM));
		job.remind();
		assertThat(tasks.countBySource(ReminderJob.sourceOf(task))).isOne();
	}

	@Test
	void completingATaskCompletesItsReminder() {
		clock.set(ZonedDateTime.of(2041, 3, 9, 7, 0, 0, 0, VIETNAM));
		job.remind();

		notifications.complete(account.actor(), task.getId());

		assertThat(tasks.findBySourceAndStatus(ReminderJob.sourceOf(task), TaskStatus.OPEN)).isEmpty();
		assertThat(tasks.countBySource(ReminderJob.sourceOf(task))).isOne();
		assertThat(notifications.get(account.actor(), task.getId()).getStatus()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void doesNotRemindOfTasksAlreadyDone() {
		notifications.complete(account.actor(), task.getId());
		clock.set(ZonedDateTime.of(2041, 3, 9, 7, 0, 0, 0, VIETNAM));

		job.remind();

		assertThat(tasks.countBySource(ReminderJob.sourceOf(task))).isZero();
	}
}
