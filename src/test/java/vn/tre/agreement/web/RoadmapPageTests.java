package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Milestone;
import vn.tre.agreement.MilestoneStatus;
import vn.tre.agreement.MilestoneUpdate;
import vn.tre.agreement.RoadmapActivity;
import vn.tre.agreement.RoadmapItem;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The roadmap page and its forms: what each user sees, messages next to the fields, everything typed kept. */
@TreIntegrationTest
class RoadmapPageTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementRoadmaps roadmaps;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	Actor officer;

	long id;

	RoadmapActivity activity;

	Milestone done;

	Milestone open;

	@BeforeEach
	void roadmap() {
		clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		officer = logins.actor("thanhhoa.canbo");
		long partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Niigata Prefecture"),
				PageRequest.of(0, 1)).getContent().getFirst().getId();
		id = AgreementFixtures.signed(agreements, officer, partner, LocalDate.of(2026, 5, 4)).getId();
		activity = roadmaps.addActivity(officer, id, new RoadmapItem("Trao đổi sinh viên", officer.unitId(), null, 2));
		done = roadmaps.addMilestone(officer, id, activity.getId(),
				new RoadmapItem("Ký kế hoạch trao đổi", officer.unitId(), LocalDate.of(2026, 7, 1), 1));
		open = roadmaps.addMilestone(officer, id, activity.getId(),
				new RoadmapItem("Đón đoàn sinh viên", logins.actor("hacthanh.canbo").unitId(), LocalDate.of(2026, 9, 1), 1));
		roadmaps.setMilestoneStatus(officer, id, done.getId(), done.getVersion(),
				new MilestoneUpdate(MilestoneStatus.DONE, LocalDate.of(2026, 5, 20), "/delegations/3", "Kế hoạch 12/KH"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String page(String user, String url, Locale locale) throws Exception {
		return HtmlUtils.htmlUnescape(logins.mvc().perform(get(url).param("lang", locale.getLanguage()).with(logins.as(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String rejected(String user, MockHttpServletRequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(logins.mvc().perform(request.param("lang", "vi").with(logins.as(user)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void showsTheProgressTheMilestonesAndTheEditorsButtons() throws Exception {
		String html = page("thanhhoa.canbo", "/agreements/" + id + "/roadmap", Locale.forLanguageTag("vi"));
		assertThat(html).contains("Lộ trình triển khai", "Đã thực hiện 50%", "Trao đổi sinh viên", "Ký kế hoạch trao đổi",
				"Phường Hạc Thành", "01/07/2026", "Hoàn thành", "ngày 20/05/2026", "href=\"/delegations/3\"", "Kế hoạch 12/KH",
				"id=\"add-activity\"", "Đánh giá thực hiện hằng năm", "id=\"file-review\"");
		assertThat(html).containsPattern("badge[^\"]*text-bg-success[^>]*>Hoàn thành");

		String english = page("thanhhoa.xem", "/agreements/" + id + "/roadmap", Locale.ENGLISH);
		assertThat(english).contains("Implementation roadmap", "50% implemented", "Milestones done: 1 of 2")
			.doesNotContain("id=\"add-activity\"", "id=\"file-review\"", "/status\"");
	}

	@Test
	void letsTheOwnerCommuneRecordItsMilestoneButNotTheOthers() throws Exception {
		String html = page("hacthanh.canbo", "/agreements/" + id + "/roadmap", Locale.forLanguageTag("vi"));
		assertThat(html).contains("/roadmap/milestones/" + open.getId() + "/status")
			.doesNotContain("/roadmap/milestones/" + done.getId() + "/status", "id=\"add-activity\"");
		logins.mvc().perform(get("/agreements/" + id + "/roadmap/milestones/" + done.getId() + "/status")
			.with(logins.as("hacthanh.canbo"))).andExpect(status().isForbidden());
	}

	@Test
	void answersNotFoundToAnotherProvinceAndForbiddenToAViewer() throws Exception {
		for (String url : new String[] { "/agreements/" + id + "/roadmap", "/agreements/" + id + "/roadmap/activities/new",
				"/agreements/" + id + "/roadmap/milestones/" + open.getId() + "/status", "/agreements/" + id + "/reviews/new" }) {
			logins.mvc().perform(get(url).with(logins.as("danang.canbo"))).andExpect(status().isNotFound());
		}
		logins.mvc().perform(get("/agreements/" + id + "/roadmap/activities/new").with(logins.as("thanhhoa.xem")))
			.andExpect(status().isForbidden());
		logins.mvc().perform(post("/agreements/" + id + "/roadmap/activities").param("title", "x").param("weight", "1")
			.param("ownerUnitId", String.valueOf(officer.unitId())).with(logins.as("thanhhoa.xem")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void titlesEachFormAndFillsItWithWhatIsStored() throws Exception {
		String base = "/agreements/" + id + "/roadmap";
		Locale vi = Locale.forLanguageTag("vi");
		assertThat(page("thanhhoa.canbo", base + "/activities/new", vi)).contains("<h1>Thêm hoạt động</h1>");
		assertThat(page("thanhhoa.canbo", base + "/activities/" + activity.getId() + "/edit", vi))
			.contains("<h1>Sửa hoạt động</h1>", "Trao đổi sinh viên");
		assertThat(page("thanhhoa.canbo", base + "/milestones/new?activity=" + activity.getId(), vi))
			.contains("<h1>Thêm mốc</h1>", "Thuộc hoạt động \"Trao đổi sinh viên\"");
		assertThat(page("thanhhoa.canbo", base + "/milestones/" + open.getId() + "/edit", vi))
			.contains("<h1>Sửa mốc</h1>", "Đón đoàn sinh viên", "value=\"01/09/2026\"");
		assertThat(page("thanhhoa.canbo", base + "/activities/" + activity.getId() + "/status", vi))
			.contains("<h1>Cập nhật trạng thái</h1>", "value=\"DROPPED\"").doesNotContain("value=\"DONE\"");
		assertThat(page("hacthanh.canbo", base + "/notes/new?activity=" + activity.getId() + "&milestone=" + open.getId(), vi))
			.contains("<h1>Ghi tiến độ</h1>", "Đón đoàn sinh viên");
	}

	@Test
	void keepsWhatWasTypedAndPutsEachMessageNextToItsField() throws Exception {
		String html = rejected("thanhhoa.canbo", post("/agreements/" + id + "/roadmap/milestones")
			.param("activityId", String.valueOf(activity.getId())).param("title", "Hội thảo về học bổng")
			.param("ownerUnitId", String.valueOf(officer.unitId())).param("dueOn", "31/13/2026").param("weight", "0")
			.param("version", "0"));
		assertThat(html).contains("Có lỗi cần sửa", "Nhập thời hạn theo dạng ngày/tháng/năm, ví dụ 30/06/2026.",
				"Trọng số từ 1 đến 100.", "Hội thảo về học bổng", "value=\"31/13/2026\"", "id=\"dueOn-error\"");

		long daNang = logins.actor("danang.canbo").unitId();
		String outside = rejected("thanhhoa.canbo", post("/agreements/" + id + "/roadmap/activities")
			.param("title", "Xúc tiến du lịch").param("ownerUnitId", String.valueOf(daNang)).param("weight", "3")
			.param("version", "0"));
		assertThat(outside).contains("id=\"ownerUnitId-error\"",
				"Đơn vị chủ trì phải là đơn vị ký thỏa thuận hoặc một đơn vị trực thuộc.", "Xúc tiến du lịch");
	}

	@Test
	void addsAnActivityAMilestoneAStatusANoteAndAReview() throws Exception {
		String back = "/agreements/" + id + "/roadmap";
		logins.mvc().perform(post(back + "/activities").with(logins.as("thanhhoa.canbo")).with(csrf())
			.param("title", "Hợp tác y tế").param("ownerUnitId", String.valueOf(officer.unitId())).param("dueOn", "31/12/2026")
			.param("weight", "1").param("version", "0"))
			.andExpect(redirectedUrl(back)).andExpect(flash().attribute("flashSuccess", "roadmap.flash.activityAdded"));
		RoadmapActivity health = roadmaps.roadmap(officer, id).activities().getLast().activity();
		assertThat(health.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 31));

		logins.mvc().perform(post(back + "/milestones").with(logins.as("thanhhoa.canbo")).with(csrf())
			.param("activityId", String.valueOf(health.getId())).param("title", "Khám bệnh miễn phí")
			.param("ownerUnitId", String.valueOf(officer.unitId())).param("dueOn", "30/09/2026").param("weight", "2")
			.param("version", "0"))
			.andExpect(redirectedUrl(back));
		Milestone clinic = roadmaps.roadmap(officer, id).activities().getLast().milestones().getFirst().milestone();

		String dropped = rejected("thanhhoa.canbo", post(back + "/milestones/" + clinic.getId() + "/status")
			.param("status", "DROPPED").param("version", String.valueOf(clinic.getVersion())));
		assertThat(dropped).contains("id=\"note-error\"", "Ghi lý do không thực hiện.");
		logins.mvc().perform(post(back + "/milestones/" + clinic.getId() + "/status").with(logins.as("thanhhoa.canbo"))
			.with(csrf()).param("status", "DONE").param("doneOn", "28/05/2026").param("evidenceLink", "/delegations/3")
			.param("version", String.valueOf(clinic.getVersion())))
			.andExpect(redirectedUrl(back));
		assertThat(roadmaps.milestone(officer, id, clinic.getId()).getStatus()).isEqualTo(MilestoneStatus.DONE);

		logins.mvc().perform(post(back + "/notes").with(logins.as("hacthanh.canbo")).with(csrf())
			.param("activityId", String.valueOf(activity.getId())).param("milestoneId", String.valueOf(open.getId()))
			.param("on", "01/06/2026").param("note", "Đã liên hệ nhà trường"))
			.andExpect(redirectedUrl(back));
		assertThat(page("thanhhoa.canbo", back, Locale.forLanguageTag("vi"))).contains("Đã liên hệ nhà trường",
				"Nhật ký tiến độ (1)");

		String review = page("thanhhoa.canbo", "/agreements/" + id + "/reviews/new", Locale.forLanguageTag("vi"));
		assertThat(review).contains("<option value=\"2026\"");
		logins.mvc().perform(post("/agreements/" + id + "/reviews").with(logins.as("thanhhoa.canbo")).with(csrf())
			.param("year", "2026").param("assessment", "PARTLY_IMPLEMENTED").param("reasons", "Mới triển khai hai hoạt động"))
			.andExpect(redirectedUrl(back + "#reviews"));
		assertThat(page("thanhhoa.canbo", back, Locale.forLanguageTag("vi"))).contains("Thực hiện một phần",
				"Mới triển khai hai hoạt động");
	}
}
