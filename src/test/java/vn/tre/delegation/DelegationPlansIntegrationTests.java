package vn.tre.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.tre.notification.Notifications;
import vn.tre.notification.Task;
import vn.tre.notification.TaskStatus;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** The plans' façade on the real database: access, versions, tasks, and the read API for delegations. */
@TreIntegrationTest
class DelegationPlansIntegrationTests {

	@Autowired
	DelegationPlans plans;

	@Autowired
	Notifications notifications;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	Logins logins;

	long thanhHoa;

	long daNang;

	Actor officer;

	Actor leader;

	@BeforeEach
	void setUp() {
		thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		daNang = units.findCurrentByCode("48", OrgUnitType.PROVINCE).orElseThrow().getId();
		officer = logins.actor("thanhhoa.canbo");
		leader = logins.actor("thanhhoa.lanhdao");
	}

	@Test
	void servesTheDemoPlansInForce() {
		PlanView thanhHoa2026 = plans.planInForce(thanhHoa, 2026).orElseThrow();
		assertThat(thanhHoa2026.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(thanhHoa2026.approvedBy()).isEqualTo("Trịnh Văn Hùng");
		assertThat(thanhHoa2026.items()).hasSize(38);
		assertThat(thanhHoa2026.items()).filteredOn(item -> item.direction() == Direction.OUTGOING).hasSize(20);

		PlanView daNang2026 = plans.planInForce(daNang, 2026).orElseThrow();
		assertThat(daNang2026.revisionNumber()).isEqualTo(2);
		assertThat(daNang2026.items()).hasSize(40);

		assertThat(plans.planInForce(thanhHoa, 2027)).isEmpty();
		assertThat(plans.approvedItems(thanhHoa, 2027)).isEmpty();
		assertThat(plans.approvedItems(daNang, 2026)).hasSize(40);

		PlanItemView first = thanhHoa2026.items().getFirst();
		assertThat(plans.approvedItem(first.ref())).contains(first);
		assertThat(plans.approvedItem(UUID.randomUUID())).isEmpty();
	}

	@Test
	void runsAPlanFromDraftToApprovalWithTasksForTheNextPerson() {
		DelegationPlan plan = plans.create(officer, thanhHoa, 2031);
		PlanItem item = plans.addItem(officer, plan.getId(), plan.getVersion(), PlanItems.outgoing("Xúc tiến đầu tư"));
		assertThat(item.getCountryCodes()).containsExactly("JP");
		plan = plans.get(officer, plan.getId());
		assertThat(plans.planInForce(thanhHoa, 2031)).isEmpty();

		plan = plans.submit(officer, plan.getId(), plan.getVersion());
		assertThat(openTask(leader, "delegation-plan:" + plan.getId() + ":r1:review:" + leader.userId())).isTrue();

		plan = plans.returnForChanges(leader, plan.getId(), plan.getVersion(), "Bổ sung đoàn vào");
		assertThat(openTask(leader, "delegation-plan:" + plan.getId() + ":r1:review:" + leader.userId())).isFalse();
		assertThat(openTask(officer, "delegation-plan:" + plan.getId() + ":r1:returned")).isTrue();

		plans.addItem(officer, plan.getId(), plan.getVersion(), PlanItems.incoming("Đón đoàn Hủa Phăn"));
		plan = plans.submit(officer, plan.getId(), plans.get(officer, plan.getId()).getVersion());
		assertThat(openTask(officer, "delegation-plan:" + plan.getId() + ":r1:returned")).isFalse();
		plan = plans.approve(leader, plan.getId(), plan.getVersion(), null);
		assertThat(openTask(officer, "delegation-plan:" + plan.getId() + ":r1:approved")).isTrue();

		DelegationPlan reloaded = plans.get(officer, plan.getId());
		assertThat(reloaded.getTransitions()).extracting(PlanTransition::getAction).containsExactly(PlanAction.CREATED,
				PlanAction.SUBMITTED, PlanAction.RETURNED, PlanAction.SUBMITTED, PlanAction.APPROVED);
		assertThat(plans.approvedItems(thanhHoa, 2031)).hasSize(2);
	}

	@Test
	void keepsTheApprovedRevisionInForceWhileTheAmendmentIsOpen() {
		DelegationPlan plan = approvedPlan(2032);
		UUID ref = plan.current().getItems().getFirst().getRef();
		plan = plans.amend(officer, plan.getId(), plan.getVersion());
		plans.updateItem(officer, plan.getId(), plan.getVersion(), ref, PlanItems.outgoing("Xúc tiến đầu tư và du lịch"));

		assertThat(plans.planInForce(thanhHoa, 2032).orElseThrow().revisionNumber()).isEqualTo(1);
		assertThat(plans.approvedItem(ref).orElseThrow().purpose()).isEqualTo("Xúc tiến đầu tư");

		plan = plans.get(officer, plan.getId());
		plan = plans.submit(officer, plan.getId(), plan.getVersion());
		plans.approve(leader, plan.getId(), plan.getVersion(), null);
		assertThat(plans.planInForce(thanhHoa, 2032).orElseThrow().revisionNumber()).isEqualTo(2);
		assertThat(plans.approvedItem(ref).orElseThrow().purpose()).isEqualTo("Xúc tiến đầu tư và du lịch");
	}

	@Test
	void refusesAStaleVersionAndKeepsTheFirstChange() {
		DelegationPlan plan = plans.create(officer, thanhHoa, 2033);
		long seen = plan.getVersion();
		plans.addItem(officer, plan.getId(), seen, PlanItems.outgoing("Đoàn thứ nhất"));
		assertThatThrownBy(() -> plans.addItem(officer, plan.getId(), seen, PlanItems.outgoing("Đoàn thứ hai")))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(plans.get(officer, plan.getId()).current().getItems()).extracting(PlanItem::getPurpose)
			.containsExactly("Đoàn thứ nhất");
	}

	@Test
	void checksWhoMayDoWhat() {
		DelegationPlan plan = plans.create(officer, thanhHoa, 2034);
		plans.addItem(officer, plan.getId(), plan.getVersion(), PlanItems.outgoing("Đoàn"));
		DelegationPlan draft = plans.get(officer, plan.getId());
		Actor otherProvince = logins.actor("danang.canbo");
		assertThatThrownBy(() -> plans.get(otherProvince, draft.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> plans.submit(logins.actor("danang.lanhdao"), draft.getId(), draft.getVersion()))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> plans.submit(logins.actor("thanhhoa.xem"), draft.getId(), draft.getVersion()))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> plans.create(logins.actor("bng.canbo"), thanhHoa, 2035)).isInstanceOf(Forbidden.class);
		assertThat(plans.get(logins.actor("bng.canbo"), draft.getId()).getYear()).isEqualTo(2034);

		DelegationPlan submitted = plans.submit(officer, draft.getId(), draft.getVersion());
		assertThatThrownBy(() -> plans.approve(officer, submitted.getId(), submitted.getVersion(), null))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> plans.create(officer, thanhHoa, 2034)).isInstanceOf(InvalidPlanInput.class);
	}

	@Test
	void listsOnlyThePlansInScope() {
		var page = PageRequest.of(0, 100);
		List<DelegationPlan> daNangSees = plans.search(logins.actor("danang.canbo"), new PlanFilter(null, 2026, null), page)
			.getContent();
		assertThat(daNangSees).extracting(DelegationPlan::getUnitId).containsOnly(daNang);
		List<DelegationPlan> ministrySees = plans.search(logins.actor("bng.canbo"), new PlanFilter(null, 2026, null), page)
			.getContent();
		assertThat(ministrySees).extracting(DelegationPlan::getUnitId).contains(thanhHoa, daNang);
		assertThat(plans.currentTotals(ministrySees).get(ministrySees.getFirst().getId())).containsKeys(Direction.OUTGOING,
				Direction.INCOMING);
	}

	private DelegationPlan approvedPlan(int year) {
		DelegationPlan plan = plans.create(officer, thanhHoa, year);
		plans.addItem(officer, plan.getId(), plan.getVersion(), PlanItems.outgoing("Xúc tiến đầu tư"));
		plan = plans.submit(officer, plan.getId(), plans.get(officer, plan.getId()).getVersion());
		return plans.approve(leader, plan.getId(), plan.getVersion(), null);
	}

	private boolean openTask(Actor actor, String source) {
		return notifications.inbox(actor, TaskStatus.OPEN, PageRequest.of(0, 500)).getContent().stream()
			.map(Task::getSource)
			.anyMatch(source::equals);
	}
}
