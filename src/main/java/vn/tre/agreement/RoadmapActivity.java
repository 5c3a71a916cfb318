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

/** An activity of an agreement's implementation roadmap; it holds weighted milestones. */
@Entity
@Table(schema = "agreement", name = "roadmap_activity")
public class RoadmapActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	private int positionInList;

	private String title;

	private long ownerUnitId;

	private @Nullable LocalDate dueOn;

	private int weight;

	@Enumerated(EnumType.STRING)
	private MilestoneStatus status = MilestoneStatus.PLANNED;

	@Version
	private long version;

	protected RoadmapActivity() {
	}

	RoadmapActivity(long agreementId, int positionInList, String title, long ownerUnitId, @Nullable LocalDate dueOn,
			int weight) {
		this.agreementId = agreementId;
		this.positionInList = positionInList;
		change(title, ownerUnitId, dueOn, weight);
	}

	void change(String title, long ownerUnitId, @Nullable LocalDate dueOn, int weight) {
		if (weight < 1 || weight > 100) {
			throw new AgreementRefused("agreement.error.weight", "weight");
		}
		this.title = title;
		this.ownerUnitId = ownerUnitId;
		this.dueOn = dueOn;
		this.weight = weight;
	}

	void setStatus(MilestoneStatus status) {
		this.status = status;
	}

	public Long getId() {
		return id;
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

	public @Nullable LocalDate getDueOn() {
		return dueOn;
	}

	public int getWeight() {
		return weight;
	}

	public MilestoneStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}
}
