package vn.tre.legal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.Browser;
import vn.tre.support.TreIntegrationTest;

/** A province officer computes a deadline with the tool of the calendar page, in a real browser. */
@TreIntegrationTest
class CalendarPageBrowserTests {

	private static Browser browser;

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

	@Test
	void computesTheDueDateOfAnAgreementOpinionAfterTet() {
		Page page = browser.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.fill("#username", "thanhhoa.canbo");
		page.fill("#password", "Tre@2026");
		page.click("button[type=submit]");
		page.waitForURL("http://localhost:" + port + "/");

		page.navigate("http://localhost:" + port + "/calendar?year=2026");
		assertThat(page.locator("h1")).containsText("2026");
		page.selectOption("#tool-rule", "agreement.opinion");
		page.fill("#tool-start", "12/02/2026");
		page.click("#deadline-tool button[type=submit]");

		assertThat(page.locator("#due-date")).hasText("02/03/2026");
		assertThat(page.locator("#deadline-result")).containsText("70/2020/QH14");
		assertThat(page).hasURL("http://localhost:" + port + "/calendar?year=2026");
	}
}
