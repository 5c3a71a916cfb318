package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.tre.partner.ActivityKind;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.partner.PartnerTimeline;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class AgreementRoadmapsIntegrationTests {

	static final LocalDate SIGNED = LocalDate.of(2026, 5, 4);

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementRoadmaps roadmaps;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	PartnerTimeline timeline;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	Actor officer;

	long partner;

	@BeforeEach
	void signedAgreement() {
		clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		officer = logins.actor("thanhhoa.canbo");
		partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Niigata Prefecture"),
				PageRequest.of(0, 1)).getContent().getFirst().getId();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Agreement signed() {
		return AgreementFixtures.signed(agreements, officer, partner, SIGNED);
	}

	private RoadmapItem item(String title, long unit, int weight) {
		return new RoadmapItem(title, unit, LocalDate.of(2026, 9, 30), weight);
	}

	@Test
	void rollsThreeMilestonesUpAndPutsTheDoneOneOnThePartnersTimeline() {
		long id = signed().getId();
		RoadmapActivity activity = roadmaps.addActivity(officer, id, item("Trao đổi sinh viên", officer.unitId(), 3));
		Milestone plan = roadmaps.addMilestone(officer, id, activity.getId(), item("Ký kế hoạch trao đổi", officer.unitId(), 1));
		roadmaps.addMilestone(officer, id, activity.getId(), item("Đoàn sinh viên sang Niigata", officer.unitId(), 1));
		roadmaps.addMilestone(officer, id, activity.getId(), item("Đón đoàn sinh viên Niigata", officer.unitId(), 2));
		assertThat(roadmaps.roadmap(officer, id).percent()).isZero();

		roadmaps.setMilestoneStatus(officer, id, plan.getId(), plan.getVersion(), new MilestoneUpdate(MilestoneStatus.DONE,
				LocalDate.of(2026, 5, 20), "/delegations/1", "Kế hoạch số 12/KH-UBND"));

		Roadmap roadmap = roadmaps.roadmap(officer, id);
		assertThat(roadmap.percent()).isEqualTo(25);
		assertThat(roadmaps.percents(java.util.List.of(agreements.get(officer, id)))).containsExactly(java.util.Map.entry(id, 25));
		assertThat(roadmap.activities().getFirst().status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
		assertThat(roadmap.count(MilestoneStatus.DONE)).isEqualTo(1);
		assertThat(roadmap.milestones().getFirst().milestone().getEvidenceLink()).isEqualTo("/delegations/1");
		assertThat(agreements.get(officer, id).getLastActivityOn()).isEqualTo(TODAY);
		String title = "Hoàn thành mốc: Ký kế hoạch trao đổi — " + agreements.get(officer, id).getTitleVi();
		await().atMost(Duration.ofSeconds(10)).until(() -> timeline.of(officer, partner, null, ActivityKind.AGREEMENT,
				PageRequest.of(0, 200)).stream().anyMatch(entry -> entry.getTitle().equals(title)
						&& entry.getHappenedOn().equals(LocalDate.of(2026, 5, 20))
						&& ("/agreements/" + id).equals(entry.getLink())));
	}

	@Test
	void acceptsOnlyOwnerUnitsOfTheAgreementsSubtree() {
		long id = signed().getId();
		long daNang = logins.actor("danang.canbo").unitId();
		assertThatThrownBy(() -> roadmaps.addActivity(officer, id, item("Xúc tiến du lịch", daNang, 1)))
			.isInstanceOf(AgreementRefused.class)
			.extracting("messageKey", "field").containsExactly("roadmap.error.ownerOutside", "ownerUnitId");
		long commune = logins.actor("hacthanh.canbo").unitId();
		assertThat(roadmaps.addActivity(officer, id, item("Xúc tiến du lịch", commune, 1)).getOwnerUnitId()).isEqualTo(commune);
	}

	@Test
	void hidesTheRoadmapFromAnotherProvinceAndKeepsViewersFromChangingIt() {
		long id = signed().getId();
		RoadmapActivity activity = roadmaps.addActivity(officer, id, item("Hợp tác y tế", officer.unitId(), 1));
		Milestone milestone = roadmaps.addMilestone(officer, id, activity.getId(), item("Hội thảo", officer.unitId(), 1));
		Actor daNang = logins.actor("danang.canbo");
		Actor viewer = logins.actor("thanhhoa.xem");
		MilestoneUpdate inProgress = new MilestoneUpdate(MilestoneStatus.IN_PROGRESS, null, null, null);

		assertThatThrownBy(() -> roadmaps.roadmap(daNang, id)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> roadmaps.addActivity(daNang, id, item("x", officer.unitId(), 1))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> roadmaps.setMilestoneStatus(daNang, id, milestone.getId(), 99, inProgress))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> roadmaps.reviews(daNang, id)).isInstanceOf(NotFound.class);

		assertThat(roadmaps.roadmap(viewer, id).canEdit()).isFalse();
		assertThatThrownBy(() -> roadmaps.addActivity(viewer, id, item("x", officer.unitId(), 1))).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> roadmaps.setMilestoneStatus(viewer, id, milestone.getId(), milestone.getVersion(), inProgress))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> roadmaps.fileReview(viewer, id, 2026, null, Assessment.EFFECTIVE, "Tốt"))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void letsTheCommuneThatOwnsAMilestoneRecordItsProgressOnly() {
		long id = signed().getId();
		Actor commune = logins.actor("hacthanh.canbo");
		RoadmapActivity activity = roadmaps.addActivity(officer, id, item("Du lịch cộng đồng", officer.unitId(), 1));
		Milestone own = roadmaps.addMilestone(officer, id, activity.getId(), item("Đón khách Niigata", commune.unitId(), 1));
		Milestone other = roadmaps.addMilestone(officer, id, activity.getId(), item("Hội chợ", officer.unitId(), 1));

		Roadmap seen = roadmaps.roadmap(commune, id);
		assertThat(seen.fullAccess()).isFalse();
		assertThat(seen.milestones()).extracting(Roadmap.Step::mayRecord).containsExactly(true, false);
		roadmaps.setMilestoneStatus(commune, id, own.getId(), own.getVersion(),
				new MilestoneUpdate(MilestoneStatus.IN_PROGRESS, null, null, "Đã khảo sát điểm đón"));
		roadmaps.addNote(commune, id, activity.getId(), own.getId(), TODAY, "Đã khảo sát điểm đón");
		assertThat(roadmaps.roadmap(officer, id).milestones().getFirst().notes()).hasSize(1);

		assertThatThrownBy(() -> roadmaps.setMilestoneStatus(commune, id, other.getId(), other.getVersion(),
				new MilestoneUpdate(MilestoneStatus.IN_PROGRESS, null, null, null))).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> roadmaps.addActivity(commune, id, item("x", commune.unitId(), 1))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> agreements.get(commune, id)).isInstanceOf(NotFound.class);
	}

	@Test
	void refusesDatesStatusesAndLinksThatDoNotHold() {
		long id = signed().getId();
		RoadmapActivity activity = roadmaps.addActivity(officer, id, item("Lao động", officer.unitId(), 1));
		Milestone milestone = roadmaps.addMilestone(officer, id, activity.getId(), item("Tuyển chọn", officer.unitId(), 1));
		long v = milestone.getVersion();
		long m = milestone.getId();

		assertRefused(() -> roadmaps.setMilestoneStatus(officer, id, m, v,
				new MilestoneUpdate(MilestoneStatus.DONE, TODAY.plusDays(1), null, null)), "agreement.error.dateInFuture", "doneOn");
		assertRefused(() -> roadmaps.setMilestoneStatus(officer, id, m, v,
				new MilestoneUpdate(MilestoneStatus.DONE, SIGNED.minusDays(1), null, null)), "roadmap.error.beforeSigning", "doneOn");
		assertRefused(() -> roadmaps.setMilestoneStatus(officer, id, m, v,
				new MilestoneUpdate(MilestoneStatus.DROPPED, null, null, " ")), "roadmap.error.dropReason", "note");
		assertRefused(() -> roadmaps.setMilestoneStatus(officer, id, m, v,
				new MilestoneUpdate(MilestoneStatus.LATE, null, null, null)), "roadmap.error.lateByJob", "status");
		assertRefused(() -> roadmaps.setMilestoneStatus(officer, id, m, v,
				new MilestoneUpdate(MilestoneStatus.DONE, TODAY, "https://example.com/x", null)), "roadmap.error.evidenceLink", "evidenceLink");
		assertRefused(() -> roadmaps.addMilestone(officer, id, activity.getId(),
				new RoadmapItem("Sớm", officer.unitId(), SIGNED.minusDays(3), 1)), "roadmap.error.dueBeforeSigning", "dueOn");
		assertRefused(() -> roadmaps.addMilestone(officer, id, activity.getId(),
				new RoadmapItem("Nặng", officer.unitId(), TODAY, 101)), "agreement.error.weight", "weight");
		assertRefused(() -> roadmaps.addNote(officer, id, activity.getId(), null, TODAY.plusDays(2), "Sau"),
				"agreement.error.dateInFuture", "on");

		roadmaps.setMilestoneStatus(officer, id, m, v, new MilestoneUpdate(MilestoneStatus.DROPPED, null, null, "Đối tác hoãn"));
		assertThatThrownBy(() -> roadmaps.setMilestoneStatus(officer, id, m, v,
				new MilestoneUpdate(MilestoneStatus.IN_PROGRESS, null, null, null)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void refusesARoadmapBeforeSigningAndAfterTheEnd() {
		Agreement draft = agreements.create(officer, officer.unitId(), AgreementTests.memorandum(partner));
		assertRefused(() -> roadmaps.addActivity(officer, draft.getId(), item("x", officer.unitId(), 1)),
				"roadmap.error.notSigned", null);
		assertThat(roadmaps.roadmap(officer, draft.getId()).open()).isFalse();

		Agreement signed = signed();
		agreements.terminate(officer, signed.getId(), signed.getVersion(), TODAY, "Hai bên thỏa thuận chấm dứt");
		assertRefused(() -> roadmaps.addActivity(officer, signed.getId(), item("x", officer.unitId(), 1)),
				"agreement.error.finished", null);
		assertThat(roadmaps.reviewYears(officer, signed.getId())).containsExactly(2026);
		assertThat(roadmaps.fileReview(officer, signed.getId(), 2026, null, Assessment.NOT_IMPLEMENTED, "Đối tác rút")
			.getAssessment()).isEqualTo(Assessment.NOT_IMPLEMENTED);
	}

	@Test
	void countsAnActivityWithoutMilestonesByItsOwnStatusAndLeavesDroppedOnesOut() {
		long id = signed().getId();
		RoadmapActivity done = roadmaps.addActivity(officer, id, item("Ký kế hoạch", officer.unitId(), 1));
		RoadmapActivity dropped = roadmaps.addActivity(officer, id, item("Hội chợ", officer.unitId(), 5));
		RoadmapActivity open = roadmaps.addActivity(officer, id, item("Đào tạo", officer.unitId(), 3));
		roadmaps.addMilestone(officer, id, open.getId(), item("Khóa 1", officer.unitId(), 1));

		roadmaps.setActivityStatus(officer, id, done.getId(), done.getVersion(), MilestoneStatus.DONE, TODAY, null);
		assertRefused(() -> roadmaps.setActivityStatus(officer, id, dropped.getId(), dropped.getVersion(),
				MilestoneStatus.DROPPED, TODAY, null), "roadmap.error.dropReason", "note");
		roadmaps.setActivityStatus(officer, id, dropped.getId(), dropped.getVersion(), MilestoneStatus.DROPPED, TODAY,
				"Không đủ kinh phí");
		RoadmapActivity reread = roadmaps.activity(officer, id, open.getId());
		assertRefused(() -> roadmaps.setActivityStatus(officer, id, open.getId(), reread.getVersion(), MilestoneStatus.DONE,
				TODAY, null), "roadmap.error.statusFromMilestones", "status");

		// (1 × 1 + 3 × 0) / (1 + 3): the dropped activity is left out.
		assertThat(roadmaps.roadmap(officer, id).percent()).isEqualTo(25);
		assertThat(roadmaps.roadmap(officer, id).activities().get(1).notes()).extracting(ProgressEntry::getNote)
			.containsExactly("Không đủ kinh phí");
	}

	@Test
	void showsAnOverdueMilestoneAsLate() {
		long id = signed().getId();
		RoadmapActivity activity = roadmaps.addActivity(officer, id, item("Văn hóa", officer.unitId(), 1));
		roadmaps.addMilestone(officer, id, activity.getId(), new RoadmapItem("Tuần văn hóa", officer.unitId(),
				TODAY.plusDays(10), 1));
		assertThat(roadmaps.roadmap(officer, id).milestones().getFirst().status()).isEqualTo(MilestoneStatus.PLANNED);
		clock.set(TODAY.plusDays(11).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		Roadmap late = roadmaps.roadmap(officer, id);
		assertThat(late.milestones().getFirst().status()).isEqualTo(MilestoneStatus.LATE);
		assertThat(late.activities().getFirst().status()).isEqualTo(MilestoneStatus.LATE);
	}

	@Test
	void filesOneReviewPerYearWithinTheAgreementsYears() {
		long id = signed().getId();
		assertThat(roadmaps.reviewYears(officer, id)).containsExactly(2026);
		AgreementReview review = roadmaps.fileReview(officer, id, 2026, null, Assessment.PARTLY_IMPLEMENTED, "Mới triển khai");
		assertRefused(() -> roadmaps.fileReview(officer, id, 2026, null, Assessment.EFFECTIVE, "Tốt"),
				"roadmap.error.reviewExists", "year");
		roadmaps.fileReview(officer, id, 2026, review.getVersion(), Assessment.EFFECTIVE, "Đã hoàn thành kế hoạch năm");
		assertRefused(() -> roadmaps.fileReview(officer, id, 2027, null, Assessment.EFFECTIVE, "Tốt"),
				"roadmap.error.reviewFutureYear", "year");
		assertRefused(() -> roadmaps.fileReview(officer, id, 2025, null, Assessment.EFFECTIVE, "Tốt"),
				"roadmap.error.reviewBeforeSigning", "year");
		assertRefused(() -> roadmaps.fileReview(officer, id, 2026, 99L, Assessment.EFFECTIVE, " "),
				"agreement.error.required", "reasons");
		assertThat(roadmaps.reviews(officer, id)).singleElement()
			.satisfies(r -> assertThat(r.getAssessment()).isEqualTo(Assessment.EFFECTIVE));
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
			@org.jspecify.annotations.Nullable String field) {
		assertThatThrownBy(call).isInstanceOf(AgreementRefused.class)
			.extracting("messageKey", "field").containsExactly(key, field);
	}
}
