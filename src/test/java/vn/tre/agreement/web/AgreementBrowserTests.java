package vn.tre.agreement.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.agreement.AgreementMonitoring;
import vn.tre.partner.LocalityLevel;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerDraft;
import vn.tre.partner.PartnerKind;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/**
 * The acceptance path in real Chromium: a province drafts an agreement with a Japanese prefecture
 * and asks the ministry's opinion; the ministry answers "agree with comments"; the province records the
 * decision to sign and the signing; 60 days later the daily job warns that there is no roadmap; the officer
 * adds three milestones; one falls overdue and shows as late on the home page; the partner's timeline
 * shows the signing. It plays in 2015, before any other record of the shared test database, so that the
 * home page's newest warnings are this agreement's.
 */
@TreIntegrationTest
class AgreementBrowserTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String TITLE = "Bản ghi nhớ hợp tác giữa tỉnh Thanh Hóa và tỉnh Toyama";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	AgreementMonitoring monitoring;

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
	void backToToday() {
		clock.reset();
		monitoring.run();
	}

	private void today(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(9, 0).atZone(VIETNAM));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Page login(String username) {
		return browser.login(port, username);
	}

	private static void step(Page page, String step) {
		page.waitForLoadState(LoadState.LOAD);
		Locator opener = page.locator("#open-" + step);
		if (!opener.isVisible()) {
			page.locator("#more-steps").click();
		}
		opener.click();
		assertThat(page.locator("#dialog-" + step)).isVisible();
	}

	private static void confirm(Page page, String step) {
		page.locator("#confirm-" + step).click();
		page.waitForLoadState(LoadState.LOAD);
	}

	private static void addMilestone(Page page, String title, String due, String weight) {
		page.locator("article[id^=activity-]").first().getByText("Thêm mốc").click();
		assertThat(page.locator("h1")).hasText("Thêm mốc");
		page.locator("#title").fill(title);
		page.locator("#dueOn").fill(due);
		page.locator("#weight").fill(weight);
		page.locator("#save-item").click();
		assertThat(page.locator(".alert-success")).containsText("Đã thêm mốc.");
	}

	@Test
	void provinceTakesAnAgreementFromDraftThroughTheMinistrysOpinionToAFollowedRoadmap() {
		today(2015, 3, 2);
		partners.create(logins.actor("admin"), new PartnerDraft(PartnerKind.FOREIGN_LOCALITY, LocalityLevel.PREFECTURE,
				"富山県", "Toyama Prefecture", "Tỉnh Toyama", "JP", null, null, null, null, List.of(), List.of()), null);

		// The province drafts the agreement with the Japanese prefecture.
		Page officer = login("thanhhoa.canbo");
		officer.navigate(url("/agreements/new"));
		officer.locator("#titleVi").fill(TITLE);
		officer.locator("#titleForeign").fill("Memorandum of understanding between Thanh Hoa and Toyama");
		officer.locator("#kind").selectOption("MEMORANDUM_OF_UNDERSTANDING");
		officer.locator("#party0-search").fill("toyama");
		officer.locator("#party0-options [data-picker-option]").first().click();
		officer.locator("#fields input[value=LABOUR]").check();
		officer.locator("#fields input[value=TOURISM]").check();
		officer.locator("#languages input[value=ja]").check();
		officer.locator("#save-agreement").click();
		assertThat(officer.locator("h1")).hasText(TITLE);
		String agreementPath = officer.url().substring(officer.url().indexOf("/agreements/"));

		// It asks the ministry's opinion: the ministry's unit is ticked by default.
		step(officer, "request-opinions");
		confirm(officer, "request-opinions");
		assertThat(officer.locator(".page-header")).containsText("Đang lấy ý kiến");
		officer.context().close();

		// The ministry's officer finds the request among the tasks and answers "agree with comments".
		Page ministry = login("bng.canbo");
		ministry.locator("a[href*='" + agreementPath + "/opinions/']").first().click();
		assertThat(ministry.locator("#answer-form")).isVisible();
		Accessibility.assertNoSeriousViolations(ministry);
		ministry.locator("#answer-form input[value=AGREE_WITH_COMMENTS]").check();
		ministry.locator("#answer-form textarea[name=answerText]").fill("Đề nghị bổ sung cơ chế phối hợp tại Điều 4.");
		ministry.locator("#send-answer").click();
		assertThat(ministry.locator("#answer")).containsText("Đồng ý, có góp ý");
		ministry.context().close();

		// The province records the chairman's decision to sign, then the signing.
		today(2015, 3, 10);
		officer = login("thanhhoa.canbo");
		officer.navigate(url(agreementPath));
		assertThat(officer.locator("body")).containsText("Đề nghị bổ sung cơ chế phối hợp tại Điều 4.");
		step(officer, "decide");
		officer.locator("#decide-decisionReference").fill("512/QĐ-UBND");
		officer.locator("#decide-decidedBy").fill("Đỗ Minh Tuấn");
		confirm(officer, "decide");
		assertThat(officer.locator(".page-header")).containsText("Đã quyết định ký");
		step(officer, "sign");
		officer.locator("#sign-place").fill("Toyama");
		officer.locator("#sign-entryIntoForceOn").fill("10/03/2015");
		officer.locator("#sign-expiresOn").fill("10/03/2020");
		confirm(officer, "sign");
		assertThat(officer.locator(".page-header")).containsText("Đang có hiệu lực");
		// The report to the Prime Minister, with the copy to the ministry, is sent the same week.
		today(2015, 3, 12);
		officer.reload();
		step(officer, "report");
		officer.locator("#report-reference").fill("88/BC-UBND");
		confirm(officer, "report");
		assertThat(officer.locator("body")).containsText("88/BC-UBND");
		assertThat(officer.locator(".agreement-warnings")).hasCount(0);
		officer.context().close();

		// Sixty-one days later the daily job warns that the agreement still has no roadmap.
		today(2015, 5, 11);
		monitoring.run();
		officer = login("thanhhoa.canbo");
		officer.navigate(url(agreementPath));
		assertThat(officer.locator(".agreement-warnings")).containsText("chưa có lộ trình triển khai");

		// The officer adds a roadmap: one activity holding three milestones.
		officer.locator("#add-activity").click();
		assertThat(officer.locator("h1")).hasText("Thêm hoạt động");
		officer.locator("#title").fill("Đưa thực tập sinh kỹ năng sang Toyama");
		officer.locator("#dueOn").fill("31/12/2015");
		officer.locator("#save-item").click();
		assertThat(officer.locator(".alert-success")).containsText("Đã thêm hoạt động.");
		addMilestone(officer, "Ký kế hoạch tuyển chọn thực tập sinh", "20/05/2015", "1");
		addMilestone(officer, "Đào tạo tiếng Nhật cho 50 học viên", "30/09/2015", "2");
		addMilestone(officer, "Xuất cảnh đợt đầu", "15/12/2015", "2");
		monitoring.run();
		officer.navigate(url(agreementPath));
		assertThat(officer.locator("#roadmap")).containsText("Xuất cảnh đợt đầu");
		assertThat(officer.locator(".agreement-warnings")).hasCount(0);
		officer.context().close();

		// The first milestone falls overdue: the job marks it late and the home page says so.
		today(2015, 5, 25);
		monitoring.run();
		officer = login("thanhhoa.canbo");
		Locator warnings = officer.locator("#agreement-warnings");
		assertThat(warnings).containsText(TITLE);
		assertThat(warnings.locator("li", new Locator.LocatorOptions().setHasText(TITLE)))
			.containsText("Ký kế hoạch tuyển chọn thực tập sinh");
		assertThat(warnings.locator("li", new Locator.LocatorOptions().setHasText(TITLE))).containsText("Chậm");
		Accessibility.assertNoSeriousViolations(officer);
		officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "agreement-home.png"))
			.setFullPage(true));

		officer.navigate(url(agreementPath));
		assertThat(officer.locator("#roadmap")).containsText("Chậm tiến độ");
		Accessibility.assertNoSeriousViolations(officer);
		officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "agreement-detail.png"))
			.setFullPage(true));

		// The list, filtered by the partner chosen in its picker, finds the agreement.
		officer.navigate(url("/agreements"));
		officer.locator("details summary").click();
		officer.locator("#partnerId-search").fill("toyama");
		officer.locator("#partnerId-options [data-picker-option]").first().click();
		officer.waitForURL(address -> address.contains("partnerId="));
		assertThat(officer.locator("#results")).containsText(TITLE);
		assertThat(officer.locator("#q")).hasValue("");

		// The partner's timeline shows the signing.
		officer.navigate(url(agreementPath));
		officer.locator("a[href^='/partners/']").filter(new Locator.FilterOptions().setHasText("Toyama")).first().click();
		officer.waitForLoadState(LoadState.LOAD);
		assertThat(officer.locator("body")).containsText("Ký kết: " + TITLE);
		officer.context().close();
	}
}
