package vn.tre.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.tre.notification.Notifications;
import vn.tre.notification.Task;
import vn.tre.notification.TaskStatus;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class DelegationWorkflowIntegrationTests {

	@Autowired
	DelegationManagement delegations;

	@Autowired
	Notifications notifications;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static DelegationDetails trip(String title, String head, LocalDate from, int days, Set<Long> partners) {
		return new DelegationDetails(Direction.OUTGOING, title, "Xúc tiến đầu tư và du lịch", head, "Phó Giám đốc Sở",
				HeadLevel.DEPARTMENT_LEADER, List.of(new Member("Nguyễn Thị Lan", "Chuyên viên", "Sở Ngoại vụ", false, false)),
				Set.of("JP"), partners, List.of(new ProgrammeDay(from, "Tokyo", "Làm việc với JETRO")), from,
				from.plusDays(days - 1), FundingSource.STATE_BUDGET, new java.math.BigDecimal("250000000"), null,
				"Lời mời của đối tác");
	}

	private List<Task> tasksOf(String username) {
		return notifications.inbox(logins.actor(username), TaskStatus.OPEN, PageRequest.of(0, 200)).getContent();
	}

	@Test
	void carriesADelegationFromDraftToReportWithTasksForWhoeverActsNext() {
		Actor officer = logins.actor("thanhhoa.canbo");
		Actor leader = logins.actor("thanhhoa.lanhdao");
		Delegation d = delegations.create(officer, officer.unitId(),
				trip("Đoàn làm việc tại Shizuoka", "Lê Văn Tâm", LocalDate.of(2027, 3, 2), 5, Set.of()));

		d = delegations.submit(officer, d.getId(), d.getVersion(), null);
		long id = d.getId();
		assertThat(tasksOf("thanhhoa.lanhdao")).anyMatch(t -> t.getLink().equals("/delegations/" + id)
				&& t.getTitleKey().equals("delegation.task.approve"));

		long version = d.getVersion();
		assertThatThrownBy(() -> delegations.approve(officer, id, version, null)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> delegations.approve(logins.actor("danang.lanhdao"), id, version, null))
			.isInstanceOf(NotFound.class);

		d = delegations.approve(leader, id, version, "45/QĐ-UBND");
		assertThat(tasksOf("thanhhoa.lanhdao")).noneMatch(t -> t.getLink().equals("/delegations/" + id)
				&& t.getTitleKey().equals("delegation.task.approve"));
		d = delegations.start(officer, id, d.getVersion());
		d = delegations.complete(officer, id, d.getVersion());
		// Returned on Fri 06/03/2027: 15 calendar days later is Sun 21/03/2027, so the report is due Mon 22/03/2027.
		assertThat(d.getReportDue()).isEqualTo(LocalDate.of(2027, 3, 22));
		assertThat(tasksOf("thanhhoa.canbo")).anyMatch(t -> t.getTitleKey().equals("delegation.task.report")
				&& t.getLink().equals("/delegations/" + id));

		d = delegations.fileReport(officer, id, d.getVersion(), new PostTripReport("Làm việc với tỉnh Shizuoka", null,
				"Trao đổi đoàn học sinh", null, List.of(new FollowUpAction("Dự thảo bản ghi nhớ", "Sở Ngoại vụ",
						LocalDate.of(2027, 6, 30), false))));
		assertThat(d.getStatus()).isEqualTo(DelegationStatus.REPORTED);
		assertThat(tasksOf("thanhhoa.canbo")).noneMatch(t -> t.getTitleKey().equals("delegation.task.report")
				&& t.getLink().equals("/delegations/" + id));
		assertThat(delegations.history(officer, id)).extracting(DelegationTransition::getToStatus)
			.containsExactly(DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, DelegationStatus.APPROVED,
					DelegationStatus.IN_PROGRESS, DelegationStatus.COMPLETED, DelegationStatus.REPORTED);
	}

	@Test
	void refusesTheSecondOfTwoConcurrentSavesAndKeepsTheFirst() {
		Actor officer = logins.actor("thanhhoa.canbo");
		Delegation d = delegations.create(officer, officer.unitId(),
				trip("Đoàn dự hội chợ Osaka", "Phạm Văn Khánh", LocalDate.of(2027, 4, 5), 4, Set.of()));
		long seenByBoth = d.getVersion();
		delegations.update(officer, d.getId(), seenByBoth,
				trip("Đoàn dự hội chợ Osaka (sửa lần 1)", "Phạm Văn Khánh", LocalDate.of(2027, 4, 5), 4, Set.of()));
		assertThatThrownBy(() -> delegations.update(logins.actor("thanhhoa.cum"), d.getId(), seenByBoth,
				trip("Đoàn dự hội chợ Osaka (sửa lần 2)", "Phạm Văn Khánh", LocalDate.of(2027, 4, 5), 4, Set.of())))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(delegations.get(officer, d.getId()).getTitle()).isEqualTo("Đoàn dự hội chợ Osaka (sửa lần 1)");
	}

	@Test
	void remindsTheOfficerOnceWhenTheReportIsLate() {
		Actor officer = logins.actor("danang.canbo");
		Actor leader = logins.actor("danang.lanhdao");
		Delegation d = delegations.create(officer, officer.unitId(),
				trip("Đoàn thăm Viêng Chăn", "Hồ Văn Minh", LocalDate.of(2027, 5, 10), 3, Set.of()));
		d = delegations.submit(officer, d.getId(), d.getVersion(), null);
		d = delegations.approve(leader, d.getId(), d.getVersion(), null);
		d = delegations.start(officer, d.getId(), d.getVersion());
		d = delegations.complete(officer, d.getId(), d.getVersion());
		long id = d.getId();
		LocalDate due = d.getReportDue();

		clock.set(due.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(9));
		delegations.remindOverdueReports();
		assertThat(tasksOf("danang.canbo")).noneMatch(t -> t.getTitleKey().equals("delegation.task.reportOverdue")
				&& t.getLink().equals("/delegations/" + id));

		clock.set(due.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(9));
		delegations.remindOverdueReports();
		delegations.remindOverdueReports();
		assertThat(tasksOf("danang.canbo")).filteredOn(t -> t.getTitleKey().equals("delegation.task.reportOverdue")
				&& t.getLink().equals("/delegations/" + id)).hasSize(1);
		assertThat(delegations.get(officer, id).reportOverdueOn(delegations.today())).isTrue();
		assertThat(delegations.search(officer, new DelegationFilter(null, null, null, null, null, null, null, null, null, true),
				PageRequest.of(0, 100)).getContent()).extracting(Delegation::getId).contains(id);
	}

	@Test
	void needsAJustificationToSubmitADelegationThatBreaksARule() {
		Actor admin = logins.actor("admin");
		Actor officer = logins.actor("thanhhoa.canbo");
		delegations.setRule(admin, officer.unitId(), RuleKind.MAX_DAYS, 10, null, "Quy chế thử", true);
		Delegation d = delegations.create(officer, officer.unitId(),
				trip("Đoàn khảo sát dài ngày", "Đinh Văn Sơn", LocalDate.of(2027, 7, 1), 12, Set.of()));
		long version = d.getVersion();
		assertThatThrownBy(() -> delegations.submit(officer, d.getId(), version, " "))
			.isInstanceOfSatisfying(JustificationRequired.class,
					e -> assertThat(e.breaches()).extracting(RuleBreach::kind).containsExactly(RuleKind.MAX_DAYS));
		Delegation submitted = delegations.submit(officer, d.getId(), version, "Chương trình đào tạo của đối tác kéo dài 12 ngày");
		assertThat(submitted.getRuleJustification()).startsWith("Chương trình đào tạo");
		delegations.setRule(admin, officer.unitId(), RuleKind.MAX_DAYS, 10, null, "Quy chế thử", false);
	}

	@Test
	void warnsOfAnotherUnitsDelegationToTheSamePartnerAtTheSameTime() {
		Actor thanhHoa = logins.actor("thanhhoa.canbo");
		Actor daNang = logins.actor("danang.canbo");
		delegations.create(daNang, daNang.unitId(),
				trip("Đoàn Đà Nẵng thăm đối tác chung", "Võ Văn Tài", LocalDate.of(2027, 9, 10), 5, Set.of(990001L)));
		var mine = trip("Đoàn Thanh Hóa thăm đối tác chung", "Lê Văn Tâm", LocalDate.of(2027, 9, 12), 3, Set.of(990001L));
		assertThat(delegations.clashes(thanhHoa.unitId(), mine, null))
			.extracting(Clash::kind, Clash::otherUnitId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Clash.Kind.SAME_PARTNER, daNang.unitId()));
	}
}
