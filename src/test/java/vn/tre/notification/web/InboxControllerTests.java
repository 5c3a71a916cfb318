package vn.tre.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccountManagement;
import vn.tre.account.AccountPrincipal;
import vn.tre.account.UserAccount;
import vn.tre.notification.NewTask;
import vn.tre.notification.Notifications;
import vn.tre.notification.Task;
import vn.tre.notification.TaskStatus;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;
import vn.tre.support.MutableClock;
import vn.tre.support.TestUsers;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class InboxControllerTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	UserAccount account;

	AccountPrincipal principal;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		clock.set(ZonedDateTime.of(2031, 5, 12, 9, 0, 0, 0, VIETNAM));
		account = TestUsers.create(accounts, units, "38-DEMO-04", OrgUnitType.COMMUNE, Role.COMMUNE_OFFICER);
		principal = TestUsers.principal(accounts, account.getUsername());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void showsATaskOfTheUsersUnitAndMarkingItDoneMovesItToDone() throws Exception {
		String marker = TestUsers.uniqueName("kehoach");
		Task task = notifications.create(NewTask.forUnit(account.getUnitId(), "test.task.title", List.of(marker),
				"/inbox", LocalDate.of(2031, 5, 20), "test:" + marker));

		mvc.perform(get("/inbox").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Việc thử: " + marker)))
			.andExpect(content().string(containsString("Hạn 20/05/2031")))
			.andExpect(content().string(containsString("text-bg-primary")));

		mvc.perform(post("/inbox/{id}/done", task.getId()).with(user(principal)).with(csrf()))
			.andExpect(redirectedUrl("/inbox?status=OPEN&page=0"));

		mvc.perform(get("/inbox").with(user(principal)))
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(get("/inbox").param("status", "DONE").with(user(principal)))
			.andExpect(content().string(containsString("Việc thử: " + marker)))
			.andExpect(content().string(containsString("bởi " + account.getUsername())));
		assertThat(notifications.get(principal.actor(), task.getId()).getDoneBy()).isEqualTo(account.getUsername());
	}

	@Test
	void marksTasksPastTheirDueDateOverdue() throws Exception {
		String marker = TestUsers.uniqueName("trehan");
		notifications.create(new NewTask(account.getUnitId(), account.getId(), vn.tre.notification.TaskKind.TASK,
				"test.task.title", List.of(marker), null, LocalDate.of(2031, 5, 11), "test:" + marker));

		mvc.perform(get("/inbox").with(user(principal)))
			.andExpect(content().string(containsString("Quá hạn 11/05/2031")))
			.andExpect(content().string(containsString("text-bg-danger")))
			.andExpect(content().string(containsString("Giao riêng cho bạn")));
	}

	@Test
	void showsEmptyStatesForAnEmptyInbox() throws Exception {
		var lonely = TestUsers.principal(accounts,
				TestUsers.create(accounts, units, "48-DEMO-03", OrgUnitType.COMMUNE, Role.VIEWER).getUsername());
		var other = TestUsers.create(accounts, units, "48-DEMO-03", OrgUnitType.COMMUNE, Role.VIEWER);
		notifications.create(new NewTask(other.getUnitId(), other.getId(), vn.tre.notification.TaskKind.TASK,
				"test.task.title", List.of("riêng"), null, null, null));

		mvc.perform(get("/inbox").with(user(lonely)))
			.andExpect(content().string(containsString("Không có việc nào đang chờ bạn.")));
		mvc.perform(get("/inbox").param("status", "DONE").with(user(lonely)))
			.andExpect(content().string(containsString("Chưa có việc nào hoàn thành.")));
	}

	@Test
	void doesNotLetAnotherUnitMarkATaskDone() throws Exception {
		Task task = notifications.create(NewTask.forUnit(account.getUnitId(), "test.task.title", List.of("của xã"), "/inbox",
				null, "test:" + TestUsers.uniqueName("xa")));
		var stranger = TestUsers.principal(accounts, "danang.canbo");

		mvc.perform(post("/inbox/{id}/done", task.getId()).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		assertThat(notifications.get(principal.actor(), task.getId()).getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void servesTheCallersOpenTasksThroughTheApi() throws Exception {
		String marker = TestUsers.uniqueName("api");
		notifications.create(NewTask.forUnit(account.getUnitId(), "test.task.title", List.of(marker), "/inbox",
				LocalDate.of(2031, 5, 10), "test:" + marker));

		mvc.perform(get("/api/v1/tasks").param("status", "OPEN").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].title").value("Việc thử: " + marker))
			.andExpect(jsonPath("$.items[0].overdue").value(true))
			.andExpect(jsonPath("$.items[0].dueDate").value("2031-05-10"));
		mvc.perform(get("/api/v1/tasks?lang=en").with(user(principal)))
			.andExpect(jsonPath("$.items[0].title").value("Test task: " + marker));
		mvc.perform(get("/api/v1/tasks").param("status", "DONE").with(user(principal)))
			.andExpect(jsonPath("$.totalItems").value(0));
	}
}
