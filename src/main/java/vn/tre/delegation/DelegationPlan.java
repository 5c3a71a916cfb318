package vn.tre.delegation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * A unit's yearly plan of outgoing and incoming delegations, as numbered revisions: the first is drafted,
 * submitted, and approved or returned; an amendment is a new draft revision copying the one in force, which
 * stays in force until the amendment is approved. State changes are package-private and check the state;
 * {@link DelegationPlans} checks who may make them.
 */
@Entity
@Table(schema = "delegation", name = "plan")
public class DelegationPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private int year;

	private int currentRevision;

	/** The status of the current (latest) revision, kept here for lists and filters. */
	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private @Nullable Integer revisionInForce;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<PlanRevision> revisions = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("at, id")
	private List<PlanTransition> transitions = new ArrayList<>();

	protected DelegationPlan() {
	}

	DelegationPlan(long unitId, int year, Actor by, Instant now) {
		this.unitId = unitId;
		this.year = year;
		this.createdAt = now;
		this.createdBy = by.username();
		revisions.add(new PlanRevision(this, 1, by, now));
		this.currentRevision = 1;
		this.status = PlanStatus.DRAFT;
		record(PlanAction.CREATED, by, now, null);
		touch(by, now);
	}

	/** Adds a planned delegation to the revision being drafted. */
	PlanItem addItem(PlanItemDraft draft, Actor by, Instant now) {
		PlanItem item = editableRevision().add(draft);
		touch(by, now);
		return item;
	}

	/** Changes a planned delegation of the revision being drafted. */
	PlanItem updateItem(UUID ref, PlanItemDraft draft, Actor by, Instant now) {
		PlanItem item = editableItem(ref);
		item.apply(draft);
		touch(by, now);
		return item;
	}

	/** Removes a planned delegation from the revision being drafted. */
	void removeItem(UUID ref, Actor by, Instant now) {
		PlanItem item = editableItem(ref);
		current().remove(item);
		touch(by, now);
	}

	/** Submits the draft or returned revision to the leader; a revision without items cannot be submitted. */
	void submit(Actor by, Instant now) {
		PlanRevision revision = editableRevision();
		if (revision.getItems().isEmpty()) {
			throw new PlanTransitionRefused("plan.refused.empty");
		}
		revision.submitted(by, now);
		changed(PlanAction.SUBMITTED, by, now, null);
	}

	/** Approves the submitted revision, which becomes the plan in force. */
	void approve(Actor by, Instant now, @Nullable String comment) {
		PlanRevision revision = submittedRevision();
		revision.decided(PlanStatus.APPROVED, by, now, blankToNull(comment));
		revisionInForce = revision.getNumber();
		changed(PlanAction.APPROVED, by, now, blankToNull(comment));
	}

	/** Returns the submitted revision to the officers with a comment saying what to change. */
	void returnForChanges(Actor by, Instant now, @Nullable String comment) {
		String reason = blankToNull(comment);
		if (reason == null) {
			throw new PlanTransitionRefused("plan.refused.commentRequired");
		}
		PlanRevision revision = submittedRevision();
		revision.decided(PlanStatus.RETURNED, by, now, reason);
		changed(PlanAction.RETURNED, by, now, reason);
	}

	/** Starts an amendment of the approved plan: a new draft revision with copies of its items, refs kept. */
	PlanRevision amend(Actor by, Instant now) {
		if (current().getStatus() != PlanStatus.APPROVED) {
			throw new PlanTransitionRefused(amendmentPending() ? "plan.refused.amendmentOpen" : "plan.refused.notApproved");
		}
		PlanRevision next = current().amendment(by, now);
		revisions.add(next);
		currentRevision = next.getNumber();
		changed(PlanAction.AMENDMENT_STARTED, by, now, null);
		return next;
	}

	private PlanRevision editableRevision() {
		PlanRevision revision = current();
		if (!revision.getStatus().editable()) {
			throw new PlanTransitionRefused("plan.refused.notEditable");
		}
		return revision;
	}

	private PlanItem editableItem(UUID ref) {
		return editableRevision().item(ref).orElseThrow(() -> new NotFound("plan item"));
	}

	private PlanRevision submittedRevision() {
		PlanRevision revision = current();
		if (revision.getStatus() != PlanStatus.SUBMITTED) {
			throw new PlanTransitionRefused("plan.refused.notSubmitted");
		}
		return revision;
	}

	private void changed(PlanAction action, Actor by, Instant now, @Nullable String comment) {
		status = current().getStatus();
		record(action, by, now, comment);
		touch(by, now);
	}

	private void record(PlanAction action, Actor by, Instant now, @Nullable String comment) {
		transitions.add(new PlanTransition(this, currentRevision, action, current().getStatus(), by, now, comment));
	}

	/** Every change touches the plan itself, so that its version guards the whole aggregate. */
	private void touch(Actor by, Instant now) {
		updatedAt = now;
		updatedBy = by.username();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The latest revision: the one being drafted, submitted or decided on. */
	public PlanRevision current() {
		return revisions.get(revisions.size() - 1);
	}

	/** The approved revision in force, if any revision was approved yet. */
	public Optional<PlanRevision> inForce() {
		return revisionInForce == null ? Optional.empty() : revision(revisionInForce);
	}

	public Optional<PlanRevision> revision(int number) {
		return revisions.stream().filter(revision -> revision.getNumber() == number).findFirst();
	}

	/** Whether an amendment is being drafted or decided on while an earlier revision is in force. */
	public boolean amendmentPending() {
		return revisionInForce != null && revisionInForce != currentRevision;
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public int getYear() {
		return year;
	}

	public int getCurrentRevision() {
		return currentRevision;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public @Nullable Integer getRevisionInForce() {
		return revisionInForce;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}

	public List<PlanRevision> getRevisions() {
		return List.copyOf(revisions);
	}

	/** The workflow steps, oldest first. */
	public List<PlanTransition> getTransitions() {
		return List.copyOf(transitions);
	}
}
