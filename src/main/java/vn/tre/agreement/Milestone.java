package vn.tre.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone of a roadmap activity: owner unit, due date, weight, status and evidence. */
@Entity
@Table(schema = "agreement", name = "milestone")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private long agreementId;

	private int positionInList;

	private String title;

	private long ownerUnitId;

	private LocalDate dueOn;

	private int weight;

	@Enumerated(EnumType.STRING)
	private MilestoneStatus status = MilestoneStatus.PLANNED;

	private @Nullable LocalDate doneOn;

	private @Nullable String evidenceLink;

	private @Nullable String evidenceNote;

	@Version
	private long version;

	protected Milestone() {
	}

	Milestone(long activityId, long agreementId, int positionInList, String title, long ownerUnitId, LocalDate dueOn,
			int weight) {
		this.activityId = activityId;
		this.agreementId = agreementId;
		this.positionInList = positionInList;
		change(title, ownerUnitId, dueOn, weight);
	}

	void change(String title, long ownerUnitId, LocalDate dueOn, int weight) {
		if (weight < 1 || weight > 100) {
			throw new AgreementRefused("agreement.error.weight", "weight");
		}
		this.title = title;
		this.ownerUnitId = ownerUnitId;
		this.dueOn = dueOn;
		this.weight = weight;
	}

	/** Sets the status; done needs the day it was done, and leaving done forgets it. */
	void setStatus(MilestoneStatus status, @Nullable LocalDate doneOn) {
		if (status == MilestoneStatus.DONE && doneOn == null) {
			throw new AgreementRefused("agreement.error.doneOnRequired", "doneOn");
		}
		this.status = status;
		this.doneOn = status == MilestoneStatus.DONE ? doneOn : null;
	}

	void setEvidence(@Nullable String link, @Nullable String note) {
		this.evidenceLink = link;
		this.evidenceNote = note;
	}

	/** Whether the milestone is past its due date and not done or dropped on the given day. */
	public boolean overdueOn(LocalDate today) {
		return status.open() && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getActivityId() {
		return activityId;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public int getPositionInList() {
		return positionInList;
	}

	public String getTitle() {
		return title;
	}

	public long getOwnerUnitId() {
		return ownerUnitId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public int getWeight() {
		return weight;
	}

	public MilestoneStatus getStatus() {
		return status;
	}

	public @Nullable LocalDate getDoneOn() {
		return doneOn;
	}

	public @Nullable String getEvidenceLink() {
		return evidenceLink;
	}

	public @Nullable String getEvidenceNote() {
		return evidenceNote;
	}

	public long getVersion() {
		return version;
	}
}
