package vn.tre.delegation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.TreIntegrationTest;

/** The main flow in real Chromium: an officer drafts and submits, the leader approves, the officer reports. */
@TreIntegrationTest
class DelegationBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	private Page login(String username) {
		return browser.login(port, username);
	}

	/** Opens the dialog of a workflow button, once the page's scripts (Bootstrap's modal) have loaded. */
	private void act(Page page, String button) {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().click();
	}

	@Test
	void planToDelegationToReportCountedOnTheTimelineAndInPlanVersusActual() {
		String title = "Đoàn thử nghiệm thăm tỉnh Shizuoka năm 2029";
		Page officer = login("thanhhoa.canbo");
		officer.navigate(url("/delegation-plans"));
		officer.getByText("Năm khác…").click();
		officer.locator("#year").fill("2029");
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo kế hoạch")).click();
		assertThat(officer.locator("h1")).hasText("Kế hoạch đoàn ra, đoàn vào năm 2029");
		officer.getByText("Thêm đoàn ra").first().click();
		officer.locator("#purpose").fill("Hợp tác nông nghiệp công nghệ cao với tỉnh Shizuoka");
		officer.locator("#country-filter").fill("nhat ban");
		officer.getByLabel("Nhật Bản", new Page.GetByLabelOptions().setExact(true)).check();
		officer.locator("#headLevel").selectOption("DEPARTMENT_LEADER");
		officer.locator("#period").selectOption("M1");
		officer.locator("#size").fill("5");
		officer.locator("#fundingSource").selectOption("STATE_BUDGET");
		officer.locator("#estimatedCost").fill("300.000.000");
		officer.locator("#save-item").click();
		officer.locator("#submit-plan").click();
		assertThat(officer.locator("#plan-status")).containsText("Chờ phê duyệt");
		officer.context().close();

		Page leader = login("thanhhoa.lanhdao");
		leader.navigate(url("/inbox"));
		leader.getByText("Phê duyệt kế hoạch đoàn năm 2029 của Thanh Hóa (lần 1)").first().click();
		leader.locator("#approve-plan").click();
		leader.locator("#approve-comment").fill("Đồng ý.");
		leader.locator("#confirm-approve").click();
		assertThat(leader.locator("#plan-status")).containsText("Đã phê duyệt");
		leader.context().close();

		officer = login("thanhhoa.canbo");
		officer.navigate(url("/delegations/new"));
		Accessibility.assertNoSeriousViolations(officer);
		officer.getByLabel("Tên đoàn").fill(title);
		officer.getByLabel("Mục đích, nội dung").fill("Ký kết ý định thư hợp tác nông nghiệp");
		officer.getByLabel("Họ tên trưởng đoàn").fill("Nguyễn Hữu Thành");
		officer.getByLabel("Cấp trưởng đoàn").selectOption("DEPARTMENT_LEADER");
		officer.locator("#countries").selectOption("JP");
		officer.getByLabel("Ngày đi (ngày đến)").fill("15/01/2029");
		officer.getByLabel("Ngày về (ngày rời)").fill("19/01/2029");
		officer.getByLabel("Nguồn kinh phí").selectOption("STATE_BUDGET");
		officer.getByLabel("Họ tên 1").fill("Phạm Thu Trang");
		officer.locator("#partnerA-search").fill("shizuoka");
		officer.locator("#partnerA-options [data-picker-option]").first().click();
		officer.locator("#save-delegation").click();
		assertThat(officer.locator(".error-summary")).containsText("Hãy chọn mục kế hoạch");
		officer.locator("#planItemRef").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Ra · Q1 · Nhật Bản · Hợp tác nông nghiệp công nghệ cao với tỉnh Shizuoka"));
		officer.locator("#save-delegation").click();
		assertThat(officer.locator("h1")).hasText(title);
		assertThat(officer.locator(".page-header")).containsText("Trong kế hoạch");
		Accessibility.assertNoSeriousViolations(officer);
		act(officer, "Trình phê duyệt");
		officer.locator("#confirm-submit").click();
		assertThat(officer.locator(".page-header")).containsText("Chờ phê duyệt");
		officer.context().close();

		leader = login("thanhhoa.lanhdao");
		leader.getByText("Phê duyệt đoàn: " + title).click();
		assertThat(leader.locator("h1")).hasText(title);
		act(leader, "Phê duyệt");
		leader.locator("#comment-approve").fill("12/QĐ-UBND");
		leader.locator("#confirm-approve").click();
		assertThat(leader.locator(".page-header")).containsText("Đã phê duyệt");
		leader.context().close();

		Page back = login("thanhhoa.canbo");
		back.navigate(url("/delegations?q=shizuoka&year=2029"));
		back.getByText(title).first().click();
		back.locator("#action-start").click();
		assertThat(back.locator(".page-header")).containsText("Đang thực hiện");
		back.locator("#action-complete").click();
		assertThat(back.locator(".page-header")).containsText("Đã về, chờ báo cáo");
		back.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp báo cáo kết quả")).click();
		back.getByLabel("Các cuộc làm việc đã thực hiện").fill("Hội đàm với Thống đốc tỉnh Shizuoka");
		back.getByLabel("Việc cần làm 1").fill("Dự thảo ý định thư");
		back.getByLabel("Người/đơn vị phụ trách 1").fill("Sở Ngoại vụ");
		back.getByLabel("Hạn 1").fill("30/04/2029");
		back.locator("#file-report").click();
		assertThat(back.locator(".page-header")).containsText("Đã báo cáo");
		assertThat(back.locator("body")).containsText("Dự thảo ý định thư");

		back.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch sử thay đổi")).click();
		assertThat(back.locator("#transitions tbody tr")).hasCount(6);
		assertThat(back.locator("#transitions")).containsText("thanhhoa.lanhdao");

		back.navigate(url("/delegations/plan-vs-actual?year=2029"));
		assertThat(back.locator("#pva-planned")).hasText("1");
		assertThat(back.locator("#pva-carried")).hasText("1 (100 %)");

		back.navigate(url("/delegations?q=shizuoka&year=2029"));
		back.getByText(title).first().click();
		back.locator("dd a[href^='/partners/']").first().click();
		for (int attempt = 0; attempt < 20 && !back.content().contains(title); attempt++) {
			back.waitForTimeout(500);
			back.reload();
		}
		assertThat(back.locator("body")).containsText(title);
		back.context().close();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
