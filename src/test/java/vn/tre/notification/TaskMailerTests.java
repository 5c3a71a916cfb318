package vn.tre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.tre.account.AccountManagement;

class TaskMailerTests {

	private static final Instant NOW = Instant.parse("2031-05-12T02:00:00Z");

	private final Tasks tasks = mock(Tasks.class);

	private final AccountManagement accounts = mock(AccountManagement.class);

	private final RecordingSender sender = new RecordingSender();

	private TaskMailer mailer;

	@BeforeEach
	void setUp() {
		var titles = new StaticMessageSource();
		titles.addMessage("delegation.task.approve", Locale.forLanguageTag("vi"), "Phê duyệt đoàn ra: {0}");
		var messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:i18n/notification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setParentMessageSource(titles);
		mailer = new TaskMailer(tasks, accounts, sender, messages, Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
				"no-reply@tre.gov.vn", "https://tre.example.vn/");
	}

	@Test
	void mailsAUnitTaskToEveryEnabledUserOfTheUnitInVietnamese() {
		Task task = task(null, "/delegations/42", LocalDate.of(2031, 5, 20));
		when(accounts.emailsFor(7L, null)).thenReturn(List.of("lan@thanhhoa.gov.vn", "hung@thanhhoa.gov.vn"));

		mailer.on(new TaskCreated(42L));

		assertThat(sender.sent).extracting(message -> message.getTo()[0])
			.containsExactly("lan@thanhhoa.gov.vn", "hung@thanhhoa.gov.vn");
		SimpleMailMessage message = sender.sent.getFirst();
		assertThat(message.getFrom()).isEqualTo("no-reply@tre.gov.vn");
		assertThat(message.getSubject()).isEqualTo("[Tre] Phê duyệt đoàn ra: Nhật Bản");
		assertThat(message.getText()).contains("Anh/chị có một việc mới cần xử lý trên Tre")
			.contains("Phê duyệt đoàn ra: Nhật Bản")
			.contains("Hạn xử lý: 20/05/2031")
			.contains("https://tre.example.vn/delegations/42");
		assertThat(task.getMailedAt()).isEqualTo(NOW);
	}

	@Test
	void mailsAPersonalTaskOnlyToItsUserAndLinksToTheInboxWithoutALink() {
		Task task = task(99L, null, null);
		when(accounts.emailsFor(7L, 99L)).thenReturn(List.of("mai@thanhhoa.gov.vn"));

		mailer.on(new TaskCreated(42L));

		assertThat(sender.sent).singleElement().satisfies(message -> {
			assertThat(message.getTo()).containsExactly("mai@thanhhoa.gov.vn");
			assertThat(message.getText()).contains("Không có hạn xử lý").contains("https://tre.example.vn/inbox");
		});
		assertThat(task.getMailedAt()).isNotNull();
	}

	@Test
	void doesNotMailATaskTwice() {
		task(null, null, null);
		when(accounts.emailsFor(7L, null)).thenReturn(List.of("lan@thanhhoa.gov.vn"));

		mailer.on(new TaskCreated(42L));
		mailer.on(new TaskCreated(42L));

		assertThat(sender.sent).hasSize(1);
	}

	@Test
	void sendsNothingWhenNobodyHasAnAddress() {
		Task task = task(null, null, null);
		when(accounts.emailsFor(7L, null)).thenReturn(List.of());

		mailer.on(new TaskCreated(42L));

		assertThat(sender.sent).isEmpty();
		assertThat(task.getMailedAt()).isNull();
	}

	@Test
	void leavesTheTaskUnmailedWhenDeliveryFailsSoThatTheEventIsRetried() {
		Task task = task(null, null, null);
		when(accounts.emailsFor(7L, null)).thenReturn(List.of("lan@thanhhoa.gov.vn"));
		sender.failing = true;

		assertThatThrownBy(() -> mailer.on(new TaskCreated(42L))).isInstanceOf(MailSendException.class);
		assertThat(task.getMailedAt()).isNull();
	}

	private Task task(Long userId, String link, LocalDate due) {
		var task = new Task(new NewTask(7L, userId, TaskKind.TASK, "delegation.task.approve", List.of("Nhật Bản"), link, due,
				"delegation:42:approve"), NOW);
		when(tasks.findById(42L)).thenReturn(Optional.of(task));
		return task;
	}

	/** A mail sender that keeps what it was asked to send, or fails like an unreachable server. */
	private static final class RecordingSender extends JavaMailSenderImpl {

		final List<SimpleMailMessage> sent = new ArrayList<>();

		boolean failing;

		@Override
		public void send(SimpleMailMessage... messages) {
			if (failing) {
				throw new MailSendException("connection refused");
			}
			sent.addAll(List.of(messages));
		}
	}
}
