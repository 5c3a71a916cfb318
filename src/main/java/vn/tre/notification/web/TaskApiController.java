package vn.tre.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.notification.Notifications;
import vn.tre.notification.Task;
import vn.tre.notification.TaskKind;
import vn.tre.notification.TaskStatus;
import vn.tre.shared.Actor;

/** The caller's tasks and reminders for API clients, with titles in the language the client asks for. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The caller's inbox")
class TaskApiController {

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	TaskApiController(Notifications notifications, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The caller's tasks", description = "Tasks addressed to the caller or to the caller's unit; "
			+ "open ones by due date, done ones by completion, 20 a page. Titles are in the user's language (?lang=vi|en|fr).")
	TaskPage tasks(Actor actor, @RequestParam(defaultValue = "OPEN") TaskStatus status,
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page, Locale locale) {
		Page<Task> tasks = notifications.inbox(actor, status,
				PageRequest.of(Math.max(page, 0), InboxController.PAGE_SIZE, InboxController.order(status)));
		LocalDate today = LocalDate.now(clock);
		return new TaskPage(tasks.getContent().stream().map(task -> toResponse(task, today, locale)).toList(),
				tasks.getNumber(), tasks.getSize(), tasks.getTotalElements(), tasks.getTotalPages());
	}

	private TaskResponse toResponse(Task task, LocalDate today, Locale locale) {
		String title = messages.getMessage(task.getTitleKey(), task.getTitleArgs().toArray(), task.getTitleKey(), locale);
		return new TaskResponse(task.getId(), task.getKind(), title, task.getLink(), task.getDueDate(),
				task.overdueOn(today), task.getStatus(), task.getCreatedAt(), task.getDoneAt());
	}

	/** A task as API clients see it. */
	record TaskResponse(long id, TaskKind kind, String title, @Nullable String link, @Nullable LocalDate dueDate,
			boolean overdue, TaskStatus status, Instant createdAt, @Nullable Instant doneAt) {
	}

	/** One page of tasks. */
	record TaskPage(List<TaskResponse> items, int page, int size, long totalItems, int totalPages) {
	}
}
