package vn.tre.partner;

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
import org.jspecify.annotations.Nullable;

/**
 * A twinning, friendship or cooperation relation between one of our units and a partner. It belongs to that
 * unit: only users who may see the unit see it, only users who may edit for it change it.
 */
@Entity
@Table(schema = "partner", name = "relation")
public class Relation {

	/** A relation without recorded activity for this long is flagged dormant. */
	public static final int DORMANT_AFTER_YEARS = 2;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private RelationType type;

	private LocalDate establishedOn;

	private @Nullable String documentReference;

	@Enumerated(EnumType.STRING)
	private RelationStatus status;

	private @Nullable LocalDate lastActivityOn;

	private LocalDate latestActivityOn;

	private @Nullable String notes;

	private Instant createdAt;

	@Version
	private long version;

	protected Relation() {
	}

	Relation(long partnerId, long unitId, RelationDraft draft, Instant createdAt) {
		this.partnerId = partnerId;
		this.unitId = unitId;
		this.createdAt = createdAt;
		change(draft);
	}

	void change(RelationDraft draft) {
		this.type = draft.type();
		this.establishedOn = draft.establishedOn();
		this.documentReference = blankToNull(draft.documentReference());
		this.status = draft.status();
		this.lastActivityOn = draft.lastActivityOn();
		this.notes = blankToNull(draft.notes());
		this.latestActivityOn = latest();
	}

	/** Records an activity with the partner on the given day, if it is later than the last one known. */
	void activityOn(LocalDate day) {
		if (lastActivityOn == null || day.isAfter(lastActivityOn)) {
			lastActivityOn = day;
			latestActivityOn = latest();
		}
	}

	/** The first day on which the relation counts as dormant if nothing happens before it. */
	static LocalDate dormantCutoff(LocalDate today) {
		return today.minusYears(DORMANT_AFTER_YEARS);
	}

	/**
	 * Whether the relation is flagged dormant on the given day: recorded as active, but with no activity in the
	 * last two years (counting the day it was established as an activity).
	 */
	public boolean inactiveFor2Years(LocalDate today) {
		return status == RelationStatus.ACTIVE && latestActivityOn.isBefore(dormantCutoff(today));
	}

	/** The status as lists show it: a recorded status, or dormant when the rule above flags it. */
	public RelationStatus effectiveStatus(LocalDate today) {
		return inactiveFor2Years(today) ? RelationStatus.DORMANT : status;
	}

	private LocalDate latest() {
		return lastActivityOn != null && lastActivityOn.isAfter(establishedOn) ? lastActivityOn : establishedOn;
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

	public RelationType getType() {
		return type;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public @Nullable String getDocumentReference() {
		return documentReference;
	}

	public RelationStatus getStatus() {
		return status;
	}

	public @Nullable LocalDate getLastActivityOn() {
		return lastActivityOn;
	}

	public LocalDate getLatestActivityOn() {
		return latestActivityOn;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : vn.tre.shared.TextFolding.nfc(text.strip());
	}
}
