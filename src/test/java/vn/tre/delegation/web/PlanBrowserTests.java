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

/** In real Chromium: an officer drafts the 2028 plan and submits it; the leader approves it from the task. */
@TreIntegrationTest
class PlanBrowserTests {

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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Page login(String username) {
		return browser.login(port, username);
	}

	@Test
	void officerDraftsAndSubmitsThePlanAndTheLeaderApprovesIt() {
		Page officer = login("thanhhoa.canbo");
		officer.locator("nav.tre-sidebar").getByText("Kế hoạch đoàn").click();
		assertThat(officer.locator("h1")).hasText("Kế hoạch đoàn ra, đoàn vào");
		assertThat(officer.locator("#results table")).containsText("Kế hoạch năm 2026");
		Accessibility.assertNoSeriousViolations(officer);

		officer.getByText("Năm khác…").click();
		officer.locator("#year").fill("2027");
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo kế hoạch")).click();
		assertThat(officer.locator("#year-error")).containsText("Đơn vị đã có kế hoạch cho năm này");
		officer.locator("#year").fill("2028");
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo kế hoạch")).click();
		assertThat(officer.locator("h1")).hasText("Kế hoạch đoàn ra, đoàn vào năm 2028");
		assertThat(officer.locator("#plan-status")).containsText("Dự thảo");

		officer.getByText("Thêm đoàn ra").first().click();
		assertThat(officer.locator("h1")).hasText("Thêm đoàn vào kế hoạch");
		Accessibility.assertNoSeriousViolations(officer);
		officer.locator("#purpose").fill("Xúc tiến đầu tư vào Khu kinh tế Nghi Sơn tại Nhật Bản");
		officer.locator("#country-filter").fill("nhat ban");
		officer.getByLabel("Nhật Bản", new Page.GetByLabelOptions().setExact(true)).check();
		officer.locator("#headLevel").selectOption("PROVINCE_LEADER");
		officer.locator("#period").selectOption("M5");
		officer.locator("#size").fill("8");
		officer.locator("#fundingSource").selectOption("STATE_BUDGET");
		officer.locator("#estimatedCost").fill("abc");
		officer.locator("#save-item").click();
		assertThat(officer.locator("#estimatedCost-error")).hasText("Hãy nhập kinh phí bằng chữ số, ví dụ 450.000.000.");
		assertThat(officer.locator("#purpose")).hasValue("Xúc tiến đầu tư vào Khu kinh tế Nghi Sơn tại Nhật Bản");
		assertThat(officer.getByLabel("Nhật Bản", new Page.GetByLabelOptions().setExact(true))).isChecked();
		Accessibility.assertNoSeriousViolations(officer);
		officer.locator("#estimatedCost").fill("850.000.000");
		officer.locator("#save-item").click();

		assertThat(officer.locator(".alert-success")).containsText("Đã thêm đoàn vào kế hoạch.");
		assertThat(officer.locator("#items-outgoing table")).containsText("Nhật Bản");
		assertThat(officer.locator("#items-outgoing table")).containsText("850.000.000 ₫");
		assertThat(officer.locator("#items-outgoing table")).containsText("Tháng 5");
		Accessibility.assertNoSeriousViolations(officer);
		officer.locator("#submit-plan").click();
		assertThat(officer.locator(".alert-success")).containsText("Đã trình kế hoạch");
		assertThat(officer.locator("#plan-status")).containsText("Chờ phê duyệt");
		assertThat(officer.locator("#approve-plan")).hasCount(0);
		officer.context().close();

		Page leader = login("thanhhoa.lanhdao");
		leader.navigate(url("/inbox"));
		leader.getByText("Phê duyệt kế hoạch đoàn năm 2028 của Thanh Hóa (lần 1)").first().click();
		assertThat(leader.locator("h1")).hasText("Kế hoạch đoàn ra, đoàn vào năm 2028");
		leader.locator("#approve-plan").click();
		assertThat(leader.locator("#approve-dialog")).isVisible();
		Accessibility.assertNoSeriousViolations(leader);
		leader.locator("#approve-comment").fill("Đồng ý.");
		leader.locator("#confirm-approve").click();
		assertThat(leader.locator(".alert-success")).containsText("Đã phê duyệt kế hoạch.");
		assertThat(leader.locator("#plan-status")).containsText("Đã phê duyệt");
		assertThat(leader.locator("#plan-status")).containsText("Đang có hiệu lực");
		assertThat(leader.locator("#transitions")).containsText("Đồng ý.");
		assertThat(leader.locator("#transitions")).containsText("Lê Thị Hoa");
		Accessibility.assertNoSeriousViolations(leader);
		leader.context().close();
	}

	@Test
	void showsEveryRevisionOfAnAmendedPlan() {
		Page leader = login("danang.lanhdao");
		leader.navigate(url("/delegation-plans?year=2026"));
		leader.getByText("Kế hoạch năm 2026").click();
		assertThat(leader.locator("#plan-status")).containsText("Lần 2");
		leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lần 1").setExact(true)).click();
		assertThat(leader.locator("#plan-status")).containsText("Đã được thay thế");
		Accessibility.assertNoSeriousViolations(leader);
		leader.context().close();
	}
}
