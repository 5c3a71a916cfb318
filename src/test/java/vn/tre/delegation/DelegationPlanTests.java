package vn.tre.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tre.shared.Actor;
import vn.tre.shared.Role;

/** The revision and transition rules of a yearly delegation plan, without a database. */
class DelegationPlanTests {

	static final Actor OFFICER = new Actor(1, "officer", "Lê Thị Hoa", 38, Set.of(Role.PROVINCE_OFFICER));

	static final Actor LEADER = new Actor(2, "leader", "Trịnh Văn Hùng", 38, Set.of(Role.PROVINCE_LEADER));

	static final Instant NOW = Instant.parse("2026-11-02T03:00:00Z");

	private static DelegationPlan draftWithOneItem() {
		var plan = new DelegationPlan(38, 2027, OFFICER, NOW);
		plan.addItem(PlanItems.outgoing("Xúc tiến đầu tư tại Nhật Bản"), OFFICER, NOW);
		return plan;
	}

	private static DelegationPlan approved() {
		DelegationPlan plan = draftWithOneItem();
		plan.submit(OFFICER, NOW);
		plan.approve(LEADER, NOW, null);
		return plan;
	}

	@Test
	void startsWithAnEmptyDraftRevisionAndNothingInForce() {
		var plan = new DelegationPlan(38, 2027, OFFICER, NOW);
		assertThat(plan.current().getNumber()).isEqualTo(1);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.inForce()).isEmpty();
		assertThat(plan.getTransitions()).extracting(PlanTransition::getAction).containsExactly(PlanAction.CREATED);
	}

	@Test
	void refusesSubmittingAPlanWithoutItems() {
		var plan = new DelegationPlan(38, 2027, OFFICER, NOW);
		assertThatThrownBy(() -> plan.submit(OFFICER, NOW)).isInstanceOf(PlanTransitionRefused.class)
			.extracting("messageKey").isEqualTo("plan.refused.empty");
	}

	@Test
	void approvesASubmittedRevisionAndPutsItInForce() {
		DelegationPlan plan = approved();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.getRevisionInForce()).isEqualTo(1);
		assertThat(plan.current().getSubmittedBy()).isEqualTo("Lê Thị Hoa");
		assertThat(plan.current().getDecidedBy()).isEqualTo("Trịnh Văn Hùng");
		assertThat(plan.getTransitions()).extracting(PlanTransition::getAction)
			.containsExactly(PlanAction.CREATED, PlanAction.SUBMITTED, PlanAction.APPROVED);
	}

	@Test
	void refusesApprovingOrReturningARevisionThatWasNotSubmitted() {
		DelegationPlan plan = draftWithOneItem();
		assertThatThrownBy(() -> plan.approve(LEADER, NOW, null)).isInstanceOf(PlanTransitionRefused.class);
		assertThatThrownBy(() -> plan.returnForChanges(LEADER, NOW, "Thiếu kinh phí")).isInstanceOf(PlanTransitionRefused.class);
		DelegationPlan approved = approved();
		assertThatThrownBy(() -> approved.approve(LEADER, NOW, null)).isInstanceOf(PlanTransitionRefused.class);
		assertThat(approved.getTransitions()).hasSize(3);
	}

	@Test
	void refusesChangingItemsOfASubmittedOrApprovedRevision() {
		DelegationPlan plan = draftWithOneItem();
		UUID ref = plan.current().getItems().getFirst().getRef();
		plan.submit(OFFICER, NOW);
		assertThatThrownBy(() -> plan.addItem(PlanItems.incoming("Đón đoàn"), OFFICER, NOW))
			.isInstanceOf(PlanTransitionRefused.class);
		assertThatThrownBy(() -> plan.removeItem(ref, OFFICER, NOW)).isInstanceOf(PlanTransitionRefused.class);
		plan.approve(LEADER, NOW, null);
		assertThatThrownBy(() -> plan.updateItem(ref, PlanItems.outgoing("Khác"), OFFICER, NOW))
			.isInstanceOf(PlanTransitionRefused.class);
		assertThatThrownBy(() -> plan.submit(OFFICER, NOW)).isInstanceOf(PlanTransitionRefused.class);
	}

	@Test
	void returnsWithACommentAndLetsTheOfficersChangeAndResubmit() {
		DelegationPlan plan = draftWithOneItem();
		plan.submit(OFFICER, NOW);
		assertThatThrownBy(() -> plan.returnForChanges(LEADER, NOW, "  ")).isInstanceOf(PlanTransitionRefused.class)
			.extracting("messageKey").isEqualTo("plan.refused.commentRequired");
		plan.returnForChanges(LEADER, NOW, "Giảm số người của đoàn");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.RETURNED);
		assertThat(plan.current().getDecisionComment()).isEqualTo("Giảm số người của đoàn");
		assertThat(plan.getTransitions().getLast().getComment()).isEqualTo("Giảm số người của đoàn");

		plan.addItem(PlanItems.incoming("Đón đoàn tỉnh Hủa Phăn"), OFFICER, NOW);
		plan.submit(OFFICER, NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.current().getDecisionComment()).isNull();
		assertThat(plan.current().getNumber()).isEqualTo(1);
	}

	@Test
	void keepsTheApprovedRevisionInForceUntilTheAmendmentIsApproved() {
		DelegationPlan plan = approved();
		plan.amend(OFFICER, NOW);
		assertThat(plan.current().getNumber()).isEqualTo(2);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.amendmentPending()).isTrue();
		assertThat(plan.inForce()).get().extracting(PlanRevision::getNumber).isEqualTo(1);

		plan.addItem(PlanItems.incoming("Đón đoàn Gifu"), OFFICER, NOW);
		assertThat(plan.inForce().orElseThrow().getItems()).hasSize(1);
		plan.submit(OFFICER, NOW);
		plan.returnForChanges(LEADER, NOW, "Bổ sung nguồn kinh phí");
		assertThat(plan.getRevisionInForce()).isEqualTo(1);
		plan.submit(OFFICER, NOW);
		assertThat(plan.getRevisionInForce()).isEqualTo(1);

		plan.approve(LEADER, NOW, "Đồng ý");
		assertThat(plan.getRevisionInForce()).isEqualTo(2);
		assertThat(plan.inForce().orElseThrow().getItems()).hasSize(2);
		assertThat(plan.revision(1).orElseThrow().getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.amendmentPending()).isFalse();
	}

	@Test
	void keepsItemRefsAcrossRevisions() {
		DelegationPlan plan = approved();
		UUID ref = plan.current().getItems().getFirst().getRef();
		plan.amend(OFFICER, NOW);
		assertThat(plan.current().item(ref)).isPresent();
		plan.updateItem(ref, PlanItems.outgoing("Xúc tiến đầu tư tại Nhật Bản và Hàn Quốc"), OFFICER, NOW);
		assertThat(plan.revision(1).orElseThrow().item(ref).orElseThrow().getPurpose())
			.isEqualTo("Xúc tiến đầu tư tại Nhật Bản");
		assertThat(plan.current().item(ref).orElseThrow().getPurpose()).isEqualTo("Xúc tiến đầu tư tại Nhật Bản và Hàn Quốc");
		UUID added = plan.addItem(PlanItems.incoming("Đón đoàn"), OFFICER, NOW).getRef();
		assertThat(added).isNotEqualTo(ref);
	}

	@Test
	void refusesASecondAmendmentWhileOneIsOpen() {
		DelegationPlan plan = approved();
		plan.amend(OFFICER, NOW);
		assertThatThrownBy(() -> plan.amend(OFFICER, NOW)).isInstanceOf(PlanTransitionRefused.class)
			.extracting("messageKey").isEqualTo("plan.refused.amendmentOpen");
		assertThatThrownBy(() -> draftWithOneItem().amend(OFFICER, NOW)).isInstanceOf(PlanTransitionRefused.class)
			.extracting("messageKey").isEqualTo("plan.refused.notApproved");
	}

	@Test
	void derivesTheQuarterFromTheMonth() {
		DelegationPlan plan = draftWithOneItem();
		PlanItem item = plan.addItem(PlanItems.incoming("Đón đoàn"), OFFICER, NOW);
		assertThat(item.getQuarter()).isEqualTo(3);
		assertThat(item.getMonth()).isEqualTo(9);
	}

	@Test
	void refusesInvalidItemsWithAMessagePerField() {
		var draft = new PlanItemDraft(null, " ", List.of("XX", "jp"), List.of(-1L), null, 2, 11, 0, null,
				new BigDecimal("-1"));
		assertThat(draft.problems()).containsOnlyKeys("direction", "purpose", "countryCodes", "partnerIds", "headLevel",
				"month", "size", "fundingSource", "estimatedCost");
		assertThat(draft.problems()).containsEntry("countryCodes", "plan.error.countries.unknown")
			.containsEntry("month", "plan.error.month.outsideQuarter");
		DelegationPlan plan = draftWithOneItem();
		assertThatThrownBy(() -> plan.addItem(draft, OFFICER, NOW)).isInstanceOf(InvalidPlanInput.class);
		assertThat(plan.current().getItems()).hasSize(1);
	}

	@Test
	void refusesVietnamAndFractionsOfADong() {
		var draft = new PlanItemDraft(Direction.OUTGOING, "Đi Lào", List.of("vn"), List.of(), HeadLevel.OTHER, null, null, 3,
				FundingSource.OTHER, new BigDecimal("10.5"));
		assertThat(draft.problems()).containsEntry("countryCodes", "plan.error.countries.vietnam")
			.containsEntry("quarter", "plan.error.period.required")
			.containsEntry("estimatedCost", "plan.error.cost.whole");
	}

	@Test
	void addsUpItemsByDirection() {
		DelegationPlan plan = draftWithOneItem();
		plan.addItem(PlanItems.outgoing("Đi Hàn Quốc"), OFFICER, NOW);
		plan.addItem(PlanItems.incoming("Đón đoàn"), OFFICER, NOW);
		assertThat(plan.current().totals(Direction.OUTGOING))
			.isEqualTo(new PlanTotals(2, 12, new BigDecimal("900000000")));
		assertThat(plan.current().totals().count()).isEqualTo(3);
		assertThat(plan.current().totals().estimatedCost()).isEqualByComparingTo("980000000");
	}
}
