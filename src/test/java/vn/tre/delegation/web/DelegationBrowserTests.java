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
		Page page = browser.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill("Tre@2026");
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Xin chào");
		return page;
	}

	/** Opens the dialog of a workflow button, once the page's scripts (Bootstrap's modal) have loaded. */
	private void act(Page page, String button) {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().click();
	}

	@Test
	void officerDraftsAndSubmitsLeaderApprovesOfficerReports() {
		String title = "Đoàn thử nghiệm thăm tỉnh Kumamoto";
		Page officer = login("thanhhoa.canbo");
		officer.navigate("http://localhost:" + port + "/delegations/new");
		Accessibility.assertNoSeriousViolations(officer);
		officer.getByLabel("Tên đoàn").fill(title);
		officer.getByLabel("Mục đích, nội dung").fill("Ký kết ý định thư hợp tác nông nghiệp");
		officer.getByLabel("Họ tên trưởng đoàn").fill("Nguyễn Hữu Thành");
		officer.getByLabel("Cấp trưởng đoàn").selectOption("DEPARTMENT_LEADER");
		officer.locator("#countries").selectOption("JP");
		officer.getByLabel("Ngày đi (ngày đến)").fill("11/01/2027");
		officer.getByLabel("Ngày về (ngày rời)").fill("15/01/2027");
		officer.getByLabel("Nguồn kinh phí").selectOption("STATE_BUDGET");
		officer.getByLabel("Họ tên 1").fill("Phạm Thu Trang");
		officer.getByLabel("Lý do ngoài kế hoạch").fill("Lời mời của tỉnh Kumamoto nhận sau khi lập kế hoạch");
		officer.locator("#save-delegation").click();
		assertThat(officer.locator("h1")).hasText(title);
		assertThat(officer.locator(".page-header")).containsText("Nháp");
		Accessibility.assertNoSeriousViolations(officer);

		act(officer, "Trình phê duyệt");
		officer.locator("#confirm-submit").click();
		assertThat(officer.locator(".alert-success")).containsText("Đã trình phê duyệt.");
		assertThat(officer.locator(".page-header")).containsText("Chờ phê duyệt");
		officer.context().close();

		Page leader = login("thanhhoa.lanhdao");
		leader.getByText("Phê duyệt đoàn: " + title).click();
		assertThat(leader.locator("h1")).hasText(title);
		act(leader, "Phê duyệt");
		leader.locator("#comment-approve").fill("12/QĐ-UBND");
		leader.locator("#confirm-approve").click();
		assertThat(leader.locator(".page-header")).containsText("Đã phê duyệt");
		leader.context().close();

		Page back = login("thanhhoa.canbo");
		back.navigate("http://localhost:" + port + "/delegations?q=kumamoto");
		back.getByText(title).click();
		back.locator("#action-start").click();
		assertThat(back.locator(".page-header")).containsText("Đang thực hiện");
		back.locator("#action-complete").click();
		assertThat(back.locator(".page-header")).containsText("Đã về, chờ báo cáo");
		back.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp báo cáo kết quả")).click();
		back.getByLabel("Các cuộc làm việc đã thực hiện").fill("Hội đàm với Thống đốc tỉnh Kumamoto");
		back.getByLabel("Việc cần làm 1").fill("Dự thảo ý định thư");
		back.getByLabel("Người/đơn vị phụ trách 1").fill("Sở Ngoại vụ");
		back.getByLabel("Hạn 1").fill("30/04/2027");
		back.locator("#file-report").click();
		assertThat(back.locator(".page-header")).containsText("Đã báo cáo");
		assertThat(back.locator("body")).containsText("Dự thảo ý định thư");

		back.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch sử thay đổi")).click();
		assertThat(back.locator("#transitions tbody tr")).hasCount(6);
		assertThat(back.locator("#transitions")).containsText("thanhhoa.lanhdao");
		back.context().close();
	}
}
