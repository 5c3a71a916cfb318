package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The indicators of Thanh Hóa for 2009, a year no demo agreement was signed in, from agreements made for the test. */
@TreIntegrationTest
class AgreementIndicatorsIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2009, 1, 1);

	static final LocalDate TO = LocalDate.of(2009, 12, 31);

	static boolean made;

	@Autowired
	AgreementIndicators indicators;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementMonitoring monitoring;

	@Autowired
	RoadmapActivities activities;

	@Autowired
	Milestones milestones;

	@Autowired
	AgreementReviews reviews;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	List<Long> thanhHoa;

	@BeforeEach
	void makeTheYear() {
		Actor officer = logins.actor("thanhhoa.canbo");
		thanhHoa = units.subtreeIds(officer.unitId());
		if (made) {
			return;
		}
		clock.set(LocalDate.of(2010, 1, 15).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		long laos = partner("Vientiane Capital");
		Agreement withRoadmap = sign(officer, laos, LocalDate.of(2009, 3, 2));
		sign(officer, partner("Shizuoka University"), LocalDate.of(2009, 6, 1));
		sign(officer, laos, LocalDate.of(2008, 12, 20));
		Agreement ended = sign(officer, laos, LocalDate.of(2009, 2, 2));
		agreements.terminate(officer, ended.getId(), ended.getVersion(), LocalDate.of(2009, 10, 1), "Đối tác đề nghị chấm dứt");

		long id = withRoadmap.getId();
		RoadmapActivity activity = activities.save(new RoadmapActivity(id, 0, "Đào tạo", officer.unitId(), null, 100));
		milestone(activity, LocalDate.of(2009, 5, 1), LocalDate.of(2009, 4, 20));
		milestone(activity, LocalDate.of(2009, 6, 1), LocalDate.of(2009, 6, 10));
		milestone(activity, LocalDate.of(2009, 9, 1), null);
		milestone(activity, LocalDate.of(2010, 2, 1), null);
		reviews.save(new AgreementReview(id, 2009, Assessment.EFFECTIVE, "Đã trao đổi hai đoàn", "thanhhoa.canbo",
				LocalDate.of(2010, 1, 10)));
		made = true;
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsTheAgreementsSignedInThePeriodByKindCountryAndField() {
		assertThat(indicators.signed(FROM, TO, thanhHoa)).isEqualTo(3);
		assertThat(indicators.signedByKind(FROM, TO, thanhHoa)).isEqualTo(Map.of(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, 3L));
		assertThat(indicators.signedByCountry(FROM, TO, thanhHoa)).containsExactly(Map.entry("LA", 2L), Map.entry("JP", 1L));
		assertThat(indicators.signedByField(FROM, TO, thanhHoa))
			.isEqualTo(Map.of(CooperationField.LABOUR, 3L, CooperationField.TOURISM, 3L));
		assertThat(indicators.signed(FROM, TO, units.subtreeIds(logins.actor("danang.canbo").unitId()))).isZero();
	}

	@Test
	void countsTheAgreementsInForceAtThePeriodsEndAndTheShareWithARoadmap() {
		assertThat(indicators.inForceOn(TO, thanhHoa)).isEqualTo(3);
		assertThat(indicators.inForceOn(LocalDate.of(2009, 9, 30), thanhHoa)).isEqualTo(4);
		var share = indicators.roadmapShare(TO, thanhHoa);
		assertThat(share.withRoadmap()).isEqualTo(1);
		assertThat(share.total()).isEqualTo(3);
		assertThat(share.percent()).isEqualTo(33);
	}

	@Test
	void countsMilestonesDoneAndLateAndTheReviewsFiled() {
		assertThat(indicators.milestonesDone(FROM, TO, thanhHoa)).isEqualTo(2);
		assertThat(indicators.milestonesLate(FROM, TO, thanhHoa)).isEqualTo(2);
		assertThat(indicators.reviewsFiled(2009, thanhHoa)).isEqualTo(Map.of(Assessment.EFFECTIVE, 1L));
		assertThat(indicators.reviewsFiled(2009, units.subtreeIds(logins.actor("danang.canbo").unitId()))).isEmpty();
	}

	@Test
	void countsTheOpenWarningsOfTheScopeByKindAsTheViewerSeesThem() {
		Map<WarningKind, Long> counted = indicators.openWarnings(thanhHoa);
		monitoring.openCounts(logins.actor("thanhhoa.canbo"))
			.forEach((kind, count) -> assertThat(counted.getOrDefault(kind, 0L)).as(kind.name()).isEqualTo(count));
	}

	private Agreement sign(Actor officer, long partner, LocalDate on) {
		return SignedAgreements.sign(agreements, officer, partner, new SigningDates(on, null, on, null, true, false));
	}

	private void milestone(RoadmapActivity activity, LocalDate due, LocalDate doneOn) {
		Milestone milestone = new Milestone(activity.getId(), activity.getAgreementId(), 0, "Mốc " + due, activity.getOwnerUnitId(),
				due, 25);
		if (doneOn != null) {
			milestone.setStatus(MilestoneStatus.DONE, doneOn);
		}
		milestones.save(milestone);
	}

	private long partner(String name) {
		return partners.search(logins.actor("admin"), PartnerFilter.none().withQuery(name), PageRequest.of(0, 1))
			.getContent().getFirst().getId();
	}
}
