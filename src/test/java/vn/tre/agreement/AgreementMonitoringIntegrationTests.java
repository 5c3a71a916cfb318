package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.tre.notification.Notifications;
import vn.tre.notification.Task;
import vn.tre.notification.TaskStatus;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/**
 * The daily job under a clock set years before the demo data: it applies the agreements' dates and raises,
 * resolves and tasks the early warnings. After each test the job runs again at the real date, so that the
 * demo data's warnings are as the application would show them.
 */
@TreIntegrationTest
class AgreementMonitoringIntegrationTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	AgreementMonitoring monitoring;

	@Autowired
	AgreementWarningJob job;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	RoadmapActivities activities;

	@Autowired
	Milestones milestones;

	@Autowired
	ProgressEntries progress;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Notifications notifications;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToToday() {
		clock.reset();
		monitoring.run();
	}

	@Test
	void raisesNoRoadmapOnlyAfterSixtyDaysAndResolvesItOnceARoadmapExists() {
		Actor officer = officer();
		Agreement agreement = signed(LocalDate.of(2011, 1, 10), null, false);
		long id = agreement.getId();

		runOn(LocalDate.of(2011, 3, 11));
		assertThat(kinds(id)).doesNotContain(WarningKind.NO_ROADMAP);

		runOn(LocalDate.of(2011, 3, 12));
		assertThat(kinds(id)).contains(WarningKind.NO_ROADMAP);
		assertThat(tasks("thanhhoa.canbo", "agreement.task.noRoadmap", id)).hasSize(1);
		assertThat(tasks("thanhhoa.lanhdao", "agreement.task.noRoadmap", id)).isEmpty();
		assertThat(monitoring.openWarnings(logins.actor("bng.canbo"), WarningKind.NO_ROADMAP, null, PageRequest.of(0, 500)))
			.extracting(OpenWarning::agreementId).contains(id);
		assertThat(monitoring.openWarnings(logins.actor("danang.canbo"), null, null, PageRequest.of(0, 500)))
			.extracting(OpenWarning::agreementId).doesNotContain(id);

		activities.save(new RoadmapActivity(id, 0, "Trao đổi đoàn", officer.unitId(), null, 100));
		runOn(LocalDate.of(2011, 3, 13));
		assertThat(kinds(id)).doesNotContain(WarningKind.NO_ROADMAP);
		assertThat(tasks("thanhhoa.canbo", "agreement.task.noRoadmap", id)).isEmpty();
	}

	@Test
	void marksAMilestoneLateOnlyAfterItsDueDateAndTasksItOnce() {
		Agreement agreement = signed(LocalDate.of(2011, 5, 2), null, false);
		long id = agreement.getId();
		long commune = logins.actor("hacthanh.canbo").unitId();
		RoadmapActivity activity = activities.save(new RoadmapActivity(id, 0, "Đào tạo nghề", officer().unitId(), null, 100));
		Milestone milestone = milestones.save(new Milestone(activity.getId(), id, 0, "Khai giảng lớp điều dưỡng", commune,
				LocalDate.of(2011, 6, 15), 100));

		runOn(LocalDate.of(2011, 6, 15));
		assertThat(kinds(id)).doesNotContain(WarningKind.MILESTONE_OVERDUE);
		assertThat(milestones.findById(milestone.getId()).orElseThrow().getStatus()).isEqualTo(MilestoneStatus.PLANNED);

		runOn(LocalDate.of(2011, 6, 16));
		monitoring.run();
		assertThat(monitoring.warnings(officer(), id)).filteredOn(OpenWarning::late).singleElement()
			.satisfies(warning -> assertThat(warning.milestoneTitle()).isEqualTo("Khai giảng lớp điều dưỡng"));
		assertThat(milestones.findById(milestone.getId()).orElseThrow().getStatus()).isEqualTo(MilestoneStatus.LATE);
		assertThat(tasks("thanhhoa.canbo", "agreement.task.milestoneOverdue", id)).hasSize(1);
		assertThat(tasks("hacthanh.canbo", "agreement.task.milestoneOverdue", id)).hasSize(1);

		Milestone late = milestones.findById(milestone.getId()).orElseThrow();
		late.setStatus(MilestoneStatus.DONE, LocalDate.of(2011, 6, 17));
		milestones.save(late);
		runOn(LocalDate.of(2011, 6, 17));
		assertThat(kinds(id)).doesNotContain(WarningKind.MILESTONE_OVERDUE);
		assertThat(tasks("thanhhoa.canbo", "agreement.task.milestoneOverdue", id)).isEmpty();
		assertThat(tasks("hacthanh.canbo", "agreement.task.milestoneOverdue", id)).isEmpty();
	}

	@Test
	void warnsOfExpiryWithinNinetyDaysAndExpiresTheAgreementOnceItsDateHasPassed() {
		Agreement agreement = signed(LocalDate.of(2012, 1, 5), LocalDate.of(2012, 6, 30), false);
		long id = agreement.getId();

		runOn(LocalDate.of(2012, 3, 31));
		assertThat(kinds(id)).doesNotContain(WarningKind.EXPIRING);
		runOn(LocalDate.of(2012, 4, 1));
		assertThat(kinds(id)).contains(WarningKind.EXPIRING);
		assertThat(tasks("thanhhoa.canbo", "agreement.task.expiring", id)).singleElement()
			.satisfies(task -> assertThat(task.getTitleArgs()).containsExactly(agreement.getTitleVi(), "30/06/2012"));

		runOn(LocalDate.of(2012, 6, 30));
		assertThat(agreements.get(officer(), id).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
		runOn(LocalDate.of(2012, 7, 1));
		Agreement expired = agreements.get(officer(), id);
		assertThat(expired.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
		assertThat(expired.getEndedOn()).isEqualTo(LocalDate.of(2012, 6, 30));
		assertThat(agreements.history(officer(), id).getLast())
			.satisfies(step -> assertThat(step.getUsername()).isEqualTo("system"))
			.satisfies(step -> assertThat(step.getToStatus()).isEqualTo(AgreementStatus.EXPIRED));
		assertThat(monitoring.warnings(officer(), id)).isEmpty();
		assertThat(tasks("thanhhoa.canbo", "agreement.task.expiring", id)).isEmpty();
	}

	@Test
	void renewsAnAgreementThatRenewsItselfByTheSameTerm() {
		Agreement agreement = signed(LocalDate.of(2012, 1, 5), LocalDate.of(2013, 1, 5), true);
		long id = agreement.getId();
		runOn(LocalDate.of(2012, 12, 1));
		assertThat(kinds(id)).contains(WarningKind.EXPIRING);

		runOn(LocalDate.of(2013, 1, 6));
		Agreement renewed = agreements.get(officer(), id);
		assertThat(renewed.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(renewed.getExpiresOn()).isEqualTo(LocalDate.of(2014, 1, 5));
		assertThat(agreements.changes(officer(), id)).singleElement().satisfies(change -> {
			assertThat(change.getKind()).isEqualTo(ChangeKind.EXTENDED);
			assertThat(change.getNewExpiry()).isEqualTo(LocalDate.of(2014, 1, 5));
			assertThat(change.getUsername()).isEqualTo("system");
			assertThat(change.getNote()).contains("05/01/2014");
		});
		assertThat(kinds(id)).doesNotContain(WarningKind.EXPIRING);
	}

	@Test
	void bringsASignedAgreementIntoForceOnItsDate() {
		today(LocalDate.of(2012, 2, 1));
		Agreement agreement = sign(new SigningDates(LocalDate.of(2012, 2, 1), null, LocalDate.of(2012, 3, 1), null, true, false));
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SIGNED);

		runOn(LocalDate.of(2012, 2, 29));
		assertThat(agreements.get(officer(), agreement.getId()).getStatus()).isEqualTo(AgreementStatus.SIGNED);
		runOn(LocalDate.of(2012, 3, 1));
		assertThat(agreements.get(officer(), agreement.getId()).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(agreements.history(officer(), agreement.getId()).getLast().getUsername()).isEqualTo("system");
	}

	@Test
	void warnsOfAYearWithoutActivityUntilProgressIsRecorded() {
		Agreement agreement = signed(LocalDate.of(2013, 2, 1), null, false);
		long id = agreement.getId();
		RoadmapActivity activity = activities.save(new RoadmapActivity(id, 0, "Giao lưu văn hóa", officer().unitId(), null, 100));

		runOn(LocalDate.of(2014, 2, 1));
		assertThat(kinds(id)).doesNotContain(WarningKind.NO_ACTIVITY);
		runOn(LocalDate.of(2014, 2, 2));
		assertThat(kinds(id)).contains(WarningKind.NO_ACTIVITY);
		assertThat(tasks("thanhhoa.canbo", "agreement.task.noActivity", id)).hasSize(1);

		progress.save(new ProgressEntry(id, activity.getId(), null, LocalDate.of(2014, 2, 2), "Tổ chức tuần văn hóa",
				"thanhhoa.canbo", clock.instant()));
		runOn(LocalDate.of(2014, 2, 3));
		assertThat(kinds(id)).doesNotContain(WarningKind.NO_ACTIVITY);
	}

	@Test
	void warnsOfAReportOrAnOpinionPastItsDueDate() {
		Agreement signed = signed(LocalDate.of(2013, 5, 20), null, false);
		today(LocalDate.of(2013, 6, 3));
		Actor officer = officer();
		Agreement draft = agreements.create(officer, officer.unitId(), AgreementTests.memorandum(partner()));
		OpinionRequest request = agreements.requestOpinions(officer, draft.getId(), draft.getVersion(),
				List.of(ConsultedBody.outside("Bộ Công an")), LocalDate.of(2013, 6, 3)).getFirst();

		runOn(request.getDueOn());
		assertThat(kinds(draft.getId())).doesNotContain(WarningKind.OPINION_OVERDUE);
		runOn(request.getDueOn().plusDays(1));
		assertThat(kinds(draft.getId())).contains(WarningKind.OPINION_OVERDUE);
		assertThat(kinds(signed.getId())).contains(WarningKind.REPORT_OVERDUE);

		agreements.answerOpinion(officer, draft.getId(), request.getId(), request.getVersion(), OpinionAnswer.AGREE, null,
				request.getDueOn().plusDays(1));
		Agreement current = agreements.get(officer, signed.getId());
		agreements.fileReport(officer, signed.getId(), current.getVersion(), request.getDueOn().plusDays(1), null, "5/BC");
		runOn(request.getDueOn().plusDays(2));
		assertThat(kinds(draft.getId())).doesNotContain(WarningKind.OPINION_OVERDUE);
		assertThat(kinds(signed.getId())).doesNotContain(WarningKind.REPORT_OVERDUE);
	}

	private Agreement signed(LocalDate on, LocalDate expiresOn, boolean renews) {
		today(on);
		return sign(new SigningDates(on, "Thanh Hóa", on, expiresOn, expiresOn == null, renews));
	}

	private Agreement sign(SigningDates dates) {
		return SignedAgreements.sign(agreements, officer(), partner(), dates);
	}

	/** Runs the scheduled job itself (through its ShedLock proxy) on the given day. */
	private void runOn(LocalDate day) {
		today(day);
		job.run();
	}

	private void today(LocalDate day) {
		clock.set(day.atTime(6, 0).atZone(VIETNAM));
	}

	private List<WarningKind> kinds(long id) {
		return monitoring.warnings(officer(), id).stream().map(OpenWarning::kind).toList();
	}

	private List<Task> tasks(String username, String key, long id) {
		return notifications.inbox(logins.actor(username), TaskStatus.OPEN, PageRequest.of(0, 1000)).getContent().stream()
			.filter(task -> task.getTitleKey().equals(key) && ("/agreements/" + id).equals(task.getLink()))
			.toList();
	}

	private Actor officer() {
		return logins.actor("thanhhoa.canbo");
	}

	private long partner() {
		return partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Pacific Links"), PageRequest.of(0, 1))
			.getContent().getFirst().getId();
	}
}
