package vn.tre.organisation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.support.Browser;
import vn.tre.support.TreIntegrationTest;

/** A province officer in real Chromium: languages, their own province and communes, another province refused, logout. */
@TreIntegrationTest
class OrganisationBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	OrgUnitManagement units;

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
	void provinceOfficerWorksInThreeLanguagesWithinTheirProvince() {
		Page page = login("thanhhoa.canbo");
		assertThat(page.locator("header")).containsText("Thanh Hóa");

		page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).containsText("Hello");
		assertThat(page.locator("nav.tre-sidebar")).containsText("Org units");
		page.getByText("Français", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).containsText("Bonjour");
		assertThat(page.locator("nav.tre-sidebar")).containsText("Unités");
		page.getByText("Tiếng Việt", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).containsText("Xin chào");

		page.locator("nav.tre-sidebar").getByText("Đơn vị").click();
		assertThat(page.locator("h1")).hasText("Đơn vị");
		assertThat(page.locator(".tree")).containsText("Thanh Hóa");
		assertThat(page.locator(".tree")).not().containsText("Đà Nẵng");
		page.locator("[data-tree-toggle]").first().click();
		assertThat(page.locator(".tree")).containsText("Phường Hạc Thành");
		assertThat(page.locator(".tree")).containsText("Xã Na Mèo");

		page.getByLabel("Tìm theo tên hoặc mã").fill("sam son");
		assertThat(page.locator("#results table")).containsText("Phường Sầm Sơn");

		long daNang = units.findCurrentByCode("48", OrgUnitType.PROVINCE).orElseThrow().getId();
		var response = page.navigate(url("/org-units/" + daNang));
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
		assertThat(page.content()).doesNotContain("Hải Châu").doesNotContain("Da Nang");

		page.locator("#account-menu").click();
		page.locator("#logout").click();
		assertThat(page.locator(".alert-success")).hasText("Bạn đã đăng xuất.");
		page.navigate(url("/"));
		assertThat(page.locator("h1")).hasText("Đăng nhập");
		page.context().close();
	}
}
