package vn.tre.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tre.account.AccountManagement;
import vn.tre.platform.web.DateFormats;

/**
 * E-mails each new task, in Vietnamese, to the user it is addressed to or to every enabled user of its unit
 * who has an address. It runs after the creating transaction committed, asynchronously; a failed delivery
 * leaves the event publication incomplete, so it is retried.
 */
@Component
@ConditionalOnBooleanProperty("tre.mail.enabled")
class TaskMailer {

	private static final Logger log = LoggerFactory.getLogger(TaskMailer.class);

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Tasks tasks;

	private final AccountManagement accounts;

	private final @Nullable JavaMailSender sender;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	TaskMailer(Tasks tasks, AccountManagement accounts, @Nullable JavaMailSender sender, MessageSource messages,
			Clock clock, @Value("${tre.mail.from}") String from,
			@Value("${tre.base-url:http://localhost:8080}") String baseUrl) {
		this.tasks = tasks;
		this.accounts = accounts;
		this.sender = sender;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		if (sender == null) {
			log.warn("tre.mail.enabled is true but no mail server is configured (spring.mail.host): no e-mail is sent");
		}
	}

	@ApplicationModuleListener
	void on(TaskCreated event) {
		if (sender == null) {
			return;
		}
		tasks.findById(event.taskId())
			.filter(task -> task.getStatus() == TaskStatus.OPEN && task.getMailedAt() == null)
			.ifPresent(this::mail);
	}

	private void mail(Task task) {
		List<String> recipients = accounts.emailsFor(task.getUnitId(), task.getUserId());
		if (recipients.isEmpty()) {
			return;
		}
		String subject = text("mail.task.subject", title(task));
		String body = body(task);
		sender.send(recipients.stream().map(to -> message(to, subject, body)).toArray(SimpleMailMessage[]::new));
		task.mailed(clock.instant());
	}

	private SimpleMailMessage message(String to, String subject, String body) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		return message;
	}

	private String body(Task task) {
		String due = task.getDueDate() == null ? text("mail.task.noDue")
				: text("mail.task.due", DateFormats.DATE.format(task.getDueDate()));
		String link = baseUrl + (task.getLink() == null ? "/inbox" : task.getLink());
		return String.join("\n", text("mail.greeting"), "",
				text(task.getKind() == TaskKind.REMINDER ? "mail.reminder.intro" : "mail.task.intro"), "",
				"    " + title(task), "    " + due, "",
				text("mail.task.link", link), "", "-- ", text("mail.footer"));
	}

	private String title(Task task) {
		return messages.getMessage(task.getTitleKey(), task.getTitleArgs().toArray(), task.getTitleKey(), VIETNAMESE);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}
