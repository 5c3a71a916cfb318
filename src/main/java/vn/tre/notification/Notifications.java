package vn.tre.notification;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** The one call every module uses to put a task or reminder in front of a unit or a person. */
@Service
@Transactional
public class Notifications {

	private final Tasks tasks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifications(Tasks tasks, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	/** Creates the task, unless an open one with the same source exists, which is returned instead. */
	public Task create(NewTask task) {
		if (task.source() != null) {
			var existing = tasks.findBySourceAndStatus(task.source(), TaskStatus.OPEN);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		Task saved = tasks.save(new Task(task, clock.instant()));
		events.publishEvent(new TaskCreated(saved.getId()));
		return saved;
	}

	/** Closes the open task of the given source, and its reminder, when the workflow step it asked for was taken. */
	public void completeBySource(String source, String by) {
		tasks.findBySourceAndStatus(source, TaskStatus.OPEN).ifPresent(task -> complete(task, by));
	}

	/** Cancels the open task of the given source, and its reminder, when it is no longer needed. */
	public void cancelBySource(String source) {
		tasks.findBySourceAndStatus(source, TaskStatus.OPEN).ifPresent(task -> {
			task.cancel(clock.instant());
			tasks.findBySourceAndStatus(ReminderJob.sourceOf(task), TaskStatus.OPEN)
				.ifPresent(reminder -> reminder.cancel(clock.instant()));
		});
	}

	/** Marks one of the actor's tasks done; a reminder of it is done too. */
	public void complete(Actor actor, long taskId) {
		Task task = tasks.findById(taskId)
			.filter(t -> addressedTo(t, actor))
			.orElseThrow(() -> new NotFound("task"));
		complete(task, actor.username());
	}

	/** A task addressed to the actor (directly or through their unit), or 404. */
	@Transactional(readOnly = true)
	public Task get(Actor actor, long taskId) {
		return tasks.findById(taskId)
			.filter(t -> addressedTo(t, actor))
			.orElseThrow(() -> new NotFound("task"));
	}

	private void complete(Task task, String by) {
		task.complete(by, clock.instant());
		tasks.findBySourceAndStatus(ReminderJob.sourceOf(task), TaskStatus.OPEN)
			.ifPresent(reminder -> reminder.complete(by, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Page<Task> inbox(Actor actor, TaskStatus status, Pageable page) {
		return tasks.addressedTo(actor.userId(), actor.unitId(), status, page);
	}

	@Transactional(readOnly = true)
	public long countOpen(Actor actor) {
		return tasks.countOpen(actor.userId(), actor.unitId());
	}

	private static boolean addressedTo(Task task, Actor actor) {
		return task.getUserId() != null ? task.getUserId() == actor.userId()
				: task.getUnitId() == actor.unitId();
	}
}
