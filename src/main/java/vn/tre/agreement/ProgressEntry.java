package vn.tre.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated note of progress on a roadmap activity or one of its milestones. */
@Entity
@Table(schema = "agreement", name = "progress_entry")
public class ProgressEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	private long activityId;

	private @Nullable Long milestoneId;

	@Column(name = "on_date")
	private LocalDate on;

	private String note;

	private String username;

	private Instant recordedAt;

	protected ProgressEntry() {
	}

	ProgressEntry(long agreementId, long activityId, @Nullable Long milestoneId, LocalDate on, String note,
			String username, Instant recordedAt) {
		this.agreementId = agreementId;
		this.activityId = activityId;
		this.milestoneId = milestoneId;
		this.on = on;
		this.note = note;
		this.username = username;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public long getActivityId() {
		return activityId;
	}

	public @Nullable Long getMilestoneId() {
		return milestoneId;
	}

	public LocalDate getOn() {
		return on;
	}

	public String getNote() {
		return note;
	}

	public String getUsername() {
		return username;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
