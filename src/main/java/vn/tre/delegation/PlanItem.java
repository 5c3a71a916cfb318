package vn.tre.delegation;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A planned outgoing or incoming delegation in one revision of a plan. Its {@link #getRef() ref} is the
 * same in every revision that carries it, so that delegations point at it whatever revision is in force.
 */
@Entity
@Table(schema = "delegation", name = "plan_item")
public class PlanItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "revision_id")
	private PlanRevision revision;

	private UUID ref;

	private int position;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private String purpose;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(2)[]")
	private List<String> countryCodes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "bigint[]")
	private List<Long> partnerIds = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private HeadLevel headLevel;

	private int quarter;

	private @Nullable Integer month;

	private int size;

	@Enumerated(EnumType.STRING)
	private FundingSource fundingSource;

	private BigDecimal estimatedCost;

	protected PlanItem() {
	}

	PlanItem(PlanRevision revision, UUID ref, int position, PlanItemDraft draft) {
		this.revision = revision;
		this.ref = ref;
		this.position = position;
		apply(draft);
	}

	/** A copy of the item for a new revision, with the same ref. */
	PlanItem copyTo(PlanRevision next) {
		var copy = new PlanItem();
		copy.revision = next;
		copy.ref = ref;
		copy.position = position;
		copy.direction = direction;
		copy.purpose = purpose;
		copy.countryCodes = new ArrayList<>(countryCodes);
		copy.partnerIds = new ArrayList<>(partnerIds);
		copy.headLevel = headLevel;
		copy.quarter = quarter;
		copy.month = month;
		copy.size = size;
		copy.fundingSource = fundingSource;
		copy.estimatedCost = estimatedCost;
		return copy;
	}

	/** Takes over a draft, refused with {@link InvalidPlanInput} if it is not valid. */
	final void apply(PlanItemDraft draft) {
		draft.check();
		this.direction = draft.direction();
		this.purpose = draft.purpose();
		this.countryCodes = new ArrayList<>(draft.countryCodes());
		this.partnerIds = new ArrayList<>(draft.partnerIds());
		this.headLevel = draft.headLevel();
		this.quarter = draft.effectiveQuarter();
		this.month = draft.month();
		this.size = draft.size();
		this.fundingSource = draft.fundingSource();
		this.estimatedCost = draft.estimatedCost();
	}

	/** The item as a draft, to fill a form with. */
	public PlanItemDraft toDraft() {
		return new PlanItemDraft(direction, purpose, countryCodes, partnerIds, headLevel, quarter, month, size,
				fundingSource, estimatedCost);
	}

	public Long getId() {
		return id;
	}

	public UUID getRef() {
		return ref;
	}

	public int getPosition() {
		return position;
	}

	public Direction getDirection() {
		return direction;
	}

	public String getPurpose() {
		return purpose;
	}

	public List<String> getCountryCodes() {
		return List.copyOf(countryCodes);
	}

	public List<Long> getPartnerIds() {
		return List.copyOf(partnerIds);
	}

	public HeadLevel getHeadLevel() {
		return headLevel;
	}

	public int getQuarter() {
		return quarter;
	}

	public @Nullable Integer getMonth() {
		return month;
	}

	public int getSize() {
		return size;
	}

	public FundingSource getFundingSource() {
		return fundingSource;
	}

	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}
}
