package vn.tre.home.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.TreIntegrationTest;

/** axe-core finds no serious or critical violation on the pages of the platform, as an administrator. */
@TreIntegrationTest
class AccessibilityBrowserTests {

	static Browser browser;

	static Page page;

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

	@ParameterizedTest
	@ValueSource(strings = { "/", "/org-units", "/org-units?q=thanh", "/org-units/import", "/clusters", "/org-units/new",
			"/no-such-page", "/account", "/admin/users", "/admin/users?q=thanh", "/admin/users/new", "/inbox",
			"/legal-bases", "/calendar?year=2026", "/calendar/rules", "/admin/security-log" })
	void pageHasNoSeriousViolation(String path) {
		if (page == null) {
			page = browser.newPage();
			page.navigate("http://localhost:" + port + "/login");
			Accessibility.assertNoSeriousViolations(page);
			page.locator("#username").fill("admin");
			page.locator("#password").fill("Tre@2026");
			page.locator("form button[type=submit]").click();
			page.waitForURL(url -> !url.contains("/login"));
		}
		page.navigate("http://localhost:" + port + path);
		Accessibility.assertNoSeriousViolations(page);
	}
}
