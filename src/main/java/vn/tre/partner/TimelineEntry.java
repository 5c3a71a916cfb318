package vn.tre.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.AuditIgnored;

/** One line of a partner's timeline, stored from a {@link PartnerActivity}; its history is the event itself. */
@Entity
@AuditIgnored
@Table(schema = "partner", name = "timeline_entry")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerId;

	private long unitId;

	private LocalDate happenedOn;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String title;

	private @Nullable String link;

	private Instant recordedAt;

	protected TimelineEntry() {
	}

	TimelineEntry(PartnerActivity activity, Instant recordedAt) {
		this.partnerId = activity.partnerId();
		this.unitId = activity.unitId();
		this.happenedOn = activity.date();
		this.kind = activity.kind();
		this.title = activity.title().length() > 500 ? activity.title().substring(0, 500) : activity.title();
		this.link = activity.link() != null && activity.link().startsWith("/") && !activity.link().startsWith("//") ? activity.link() : null;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public long getPartnerId() {
		return partnerId;
	}

	public long getUnitId() {
		return unitId;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public ActivityKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getLink() {
		return link;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
