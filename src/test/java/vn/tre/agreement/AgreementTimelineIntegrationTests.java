package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.HtmlUtils;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class AgreementTimelineIntegrationTests {

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementRoadmaps roadmaps;

	@Autowired
	AgreementTimeline timeline;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void tellsTheAgreementsLifeInOrderAndWhatIsStillAhead() throws Exception {
		clock.set(LocalDate.of(2016, 9, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		Actor officer = logins.actor("thanhhoa.canbo");
		long partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Vientiane Capital"),
				PageRequest.of(0, 1)).getContent().getFirst().getId();
		Agreement agreement = AgreementFixtures.signed(agreements, officer, partner, LocalDate.of(2016, 6, 1));
		long id = agreement.getId();
		RoadmapActivity activity = roadmaps.addActivity(officer, id,
				new RoadmapItem("Hội chợ thương mại", officer.unitId(), LocalDate.of(2016, 12, 31), 1));
		Milestone fair = roadmaps.addMilestone(officer, id, activity.getId(),
				new RoadmapItem("Hội chợ Viêng Chăn 2016", officer.unitId(), LocalDate.of(2016, 8, 15), 1));
		roadmaps.addMilestone(officer, id, activity.getId(),
				new RoadmapItem("Hội chợ Thanh Hóa 2016", officer.unitId(), LocalDate.of(2016, 11, 20), 1));
		roadmaps.setMilestoneStatus(officer, id, fair.getId(), fair.getVersion(),
				new MilestoneUpdate(MilestoneStatus.DONE, LocalDate.of(2016, 8, 14), null, "120 doanh nghiệp tham gia"));

		List<TimelineEvent> events = timeline.of(officer, id, Locale.forLanguageTag("vi"));
		assertThat(events).extracting(TimelineEvent::kind).containsSubsequence("opinionRequested",
				"opinion.AGREE", "decided", "signed", "inForce", "milestoneDone", "milestoneDue");
		assertThat(events.stream().filter(e -> !e.ahead()).map(TimelineEvent::date).toList()).isSorted();
		assertThat(events).filteredOn(TimelineEvent::ahead).extracting(TimelineEvent::kind)
			.containsExactly("milestoneDue");
		assertThat(events).extracting(TimelineEvent::kind).contains("reportLate", "recorded");

		String page = HtmlUtils.htmlUnescape(logins.mvc().perform(get("/agreements/" + id + "/timeline")
				.with(logins.as("thanhhoa.canbo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("Dòng thời gian").contains("Thỏa thuận được ghi nhận vào Tre")
			.contains("Quyết định ký số 10/QĐ-UBND của Chủ tịch UBND tỉnh").contains("Ký kết thỏa thuận")
			.contains("Hoàn thành mốc \"Hội chợ Viêng Chăn 2016\"").contains("120 doanh nghiệp tham gia")
			.contains("Hạn hoàn thành mốc \"Hội chợ Thanh Hóa 2016\"").contains("20/11/2016")
			.contains("Quá hạn báo cáo Thủ tướng Chính phủ sau khi ký");
		String english = HtmlUtils.htmlUnescape(logins.mvc().perform(get("/agreements/" + id + "/timeline")
				.param("lang", "en").with(logins.as("bng.canbo"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(english).contains("Agreement signed").contains("Milestone \"Hội chợ Viêng Chăn 2016\" done");
	}
}
