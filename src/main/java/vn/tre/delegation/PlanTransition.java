package vn.tre.delegation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.Actor;

/** One step of a plan's workflow: what was done to which revision, by whom, when and with what comment. */
@Entity
@Table(schema = "delegation", name = "plan_transition")
public class PlanTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private DelegationPlan plan;

	private int revisionNumber;

	@Enumerated(EnumType.STRING)
	private PlanAction action;

	@Enumerated(EnumType.STRING)
	private PlanStatus statusAfter;

	private @Nullable Long actorId;

	private String actorName;

	private Instant at;

	private @Nullable String comment;

	protected PlanTransition() {
	}

	PlanTransition(DelegationPlan plan, int revisionNumber, PlanAction action, PlanStatus statusAfter, Actor by,
			Instant at, @Nullable String comment) {
		this.plan = plan;
		this.revisionNumber = revisionNumber;
		this.action = action;
		this.statusAfter = statusAfter;
		this.actorId = by.userId();
		this.actorName = by.displayName();
		this.at = at;
		this.comment = comment;
	}

	public int getRevisionNumber() {
		return revisionNumber;
	}

	public PlanAction getAction() {
		return action;
	}

	public PlanStatus getStatusAfter() {
		return statusAfter;
	}

	public @Nullable Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public Instant getAt() {
		return at;
	}

	public @Nullable String getComment() {
		return comment;
	}
}
