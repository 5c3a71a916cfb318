package vn.tre.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A task or reminder in someone's inbox. */
@Entity
@Table(schema = "notification", name = "task")
public class Task {

	static final String ARG_SEPARATOR = "\u001f";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private @Nullable Long userId;

	@Enumerated(EnumType.STRING)
	private TaskKind kind;

	private String titleKey;

	private String titleArgs;

	private @Nullable String link;

	private @Nullable LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.OPEN;

	private @Nullable String source;

	private Instant createdAt;

	private @Nullable Instant doneAt;

	private @Nullable String doneBy;

	private @Nullable Instant mailedAt;

	@Version
	private long version;

	protected Task() {
	}

	Task(NewTask task, Instant now) {
		this.unitId = task.unitId();
		this.userId = task.userId();
		this.kind = task.kind();
		this.titleKey = task.titleKey();
		this.titleArgs = String.join(ARG_SEPARATOR, task.titleArgs());
		this.link = task.link();
		this.dueDate = task.dueDate();
		this.source = task.source();
		this.createdAt = now;
	}

	void complete(String by, Instant now) {
		if (status == TaskStatus.OPEN) {
			status = TaskStatus.DONE;
			doneBy = by;
			doneAt = now;
		}
	}

	void cancel(Instant now) {
		if (status == TaskStatus.OPEN) {
			status = TaskStatus.CANCELLED;
			doneAt = now;
		}
	}

	void mailed(Instant now) {
		mailedAt = now;
	}

	/** Whether its due date has passed on the given day while it is still open. */
	public boolean overdueOn(LocalDate today) {
		return status == TaskStatus.OPEN && dueDate != null && dueDate.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public @Nullable Long getUserId() {
		return userId;
	}

	public TaskKind getKind() {
		return kind;
	}

	public String getTitleKey() {
		return titleKey;
	}

	public List<String> getTitleArgs() {
		return titleArgs.isEmpty() ? List.of() : Arrays.asList(titleArgs.split(ARG_SEPARATOR, -1));
	}

	public @Nullable String getLink() {
		return link;
	}

	public @Nullable LocalDate getDueDate() {
		return dueDate;
	}

	public TaskStatus getStatus() {
		return status;
	}

	public @Nullable String getSource() {
		return source;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getDoneAt() {
		return doneAt;
	}

	public @Nullable String getDoneBy() {
		return doneBy;
	}

	public @Nullable Instant getMailedAt() {
		return mailedAt;
	}
}
