package vn.tre.agreement.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** In real Chromium: an officer builds the roadmap of a signed agreement and marks a milestone done. */
@TreIntegrationTest
class RoadmapBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Page login(String username) {
		return browser.login(port, username);
	}

	private void addMilestone(Page page, String title, String due, String weight) {
		page.locator("#activity-" + activityId(page)).getByText("Thêm mốc").click();
		assertThat(page.locator("h1")).hasText("Thêm mốc");
		page.locator("#title").fill(title);
		page.locator("#dueOn").fill(due);
		page.locator("#weight").fill(weight);
		page.locator("#save-item").click();
		assertThat(page.locator(".alert-success")).containsText("Đã thêm mốc.");
	}

	private static String activityId(Page page) {
		return page.locator("article[id^=activity-]").first().getAttribute("id").substring("activity-".length());
	}

	@Test
	void officerBuildsTheRoadmapAndMarksAMilestoneDone() {
		clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		var officer = logins.actor("thanhhoa.canbo");
		long partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Niigata Prefecture"),
				PageRequest.of(0, 1)).getContent().getFirst().getId();
		long id = AgreementFixtures.signed(agreements, officer, partner, LocalDate.of(2026, 5, 4)).getId();

		Page page = login("thanhhoa.canbo");
		page.navigate(url("/agreements/" + id + "/roadmap"));
		assertThat(page.locator("#roadmap .empty-state")).containsText("Chưa có lộ trình triển khai");
		Accessibility.assertNoSeriousViolations(page);

		page.locator("#add-activity").click();
		assertThat(page.locator("h1")).hasText("Thêm hoạt động");
		page.locator("#dueOn").fill("31/02/2026");
		page.locator("#save-item").click();
		assertThat(page.locator("#title-error")).hasText("Nhập tên.");
		assertThat(page.locator("#dueOn")).hasValue("31/02/2026");
		Accessibility.assertNoSeriousViolations(page);
		page.locator("#title").fill("Trao đổi sinh viên giữa Đại học Hồng Đức và Đại học Niigata");
		page.locator("#dueOn").fill("31/12/2026");
		page.locator("#weight").fill("3");
		page.locator("#save-item").click();
		assertThat(page.locator(".alert-success")).containsText("Đã thêm hoạt động.");

		addMilestone(page, "Ký kế hoạch trao đổi năm học 2026–2027", "30/06/2026", "1");
		addMilestone(page, "Đoàn 20 sinh viên sang Niigata", "30/09/2026", "2");
		addMilestone(page, "Đón đoàn sinh viên Niigata", "15/12/2026", "2");

		page.getByLabel("Cập nhật trạng thái mốc \"Ký kế hoạch trao đổi năm học 2026–2027\"").click();
		assertThat(page.locator("h1")).hasText("Cập nhật trạng thái");
		Accessibility.assertNoSeriousViolations(page);
		page.getByLabel("Hoàn thành", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#doneOn").fill("28/05/2026");
		page.locator("#evidenceLink").fill("/delegations/3");
		page.locator("#note").fill("Kế hoạch số 12/KH-UBND ngày 28/05/2026");
		page.locator("#save-status").click();

		assertThat(page.locator("#roadmap-progress")).containsText("Đã thực hiện 20%");
		assertThat(page.locator("#roadmap-progress")).containsText("Hoàn thành 1/3 mốc");
		Accessibility.assertNoSeriousViolations(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "agreement-roadmap.png"))
			.setFullPage(true));
	}
}
