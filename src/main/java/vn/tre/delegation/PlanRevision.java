package vn.tre.delegation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import vn.tre.shared.Actor;

/** One numbered version of a plan: its items, its status and who submitted and decided on it when. */
@Entity
@Table(schema = "delegation", name = "plan_revision")
public class PlanRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private DelegationPlan plan;

	private int number;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	private Instant createdAt;

	private String createdBy;

	private @Nullable Instant submittedAt;

	private @Nullable String submittedBy;

	private @Nullable Long submittedById;

	private @Nullable Instant decidedAt;

	private @Nullable String decidedBy;

	private @Nullable String decisionComment;

	@OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	@BatchSize(size = 20)
	private List<PlanItem> items = new ArrayList<>();

	protected PlanRevision() {
	}

	PlanRevision(DelegationPlan plan, int number, Actor by, Instant now) {
		this.plan = plan;
		this.number = number;
		this.createdAt = now;
		this.createdBy = by.displayName();
	}

	/** A new draft revision with copies of this one's items. */
	PlanRevision amendment(Actor by, Instant now) {
		var next = new PlanRevision(plan, number + 1, by, now);
		items.forEach(item -> next.items.add(item.copyTo(next)));
		return next;
	}

	PlanItem add(PlanItemDraft draft) {
		int position = items.stream().mapToInt(PlanItem::getPosition).max().orElse(0) + 1;
		var item = new PlanItem(this, UUID.randomUUID(), position, draft);
		items.add(item);
		return item;
	}

	void remove(PlanItem item) {
		items.remove(item);
	}

	void submitted(Actor by, Instant now) {
		status = PlanStatus.SUBMITTED;
		submittedAt = now;
		submittedBy = by.displayName();
		submittedById = by.userId();
		decidedAt = null;
		decidedBy = null;
		decisionComment = null;
	}

	void decided(PlanStatus outcome, Actor by, Instant now, @Nullable String comment) {
		status = outcome;
		decidedAt = now;
		decidedBy = by.displayName();
		decisionComment = comment;
	}

	public Optional<PlanItem> item(UUID ref) {
		return items.stream().filter(item -> item.getRef().equals(ref)).findFirst();
	}

	/** The items going the given way, in the order they were planned. */
	public List<PlanItem> items(Direction direction) {
		return items.stream().filter(item -> item.getDirection() == direction).toList();
	}

	public PlanTotals totals(Direction direction) {
		return items(direction).stream().reduce(PlanTotals.NONE, PlanTotals::plus, PlanTotals::plus);
	}

	public PlanTotals totals() {
		return items.stream().reduce(PlanTotals.NONE, PlanTotals::plus, PlanTotals::plus);
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable String getSubmittedBy() {
		return submittedBy;
	}

	public @Nullable Long getSubmittedById() {
		return submittedById;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

	public @Nullable String getDecisionComment() {
		return decisionComment;
	}

	public List<PlanItem> getItems() {
		return List.copyOf(items);
	}
}
