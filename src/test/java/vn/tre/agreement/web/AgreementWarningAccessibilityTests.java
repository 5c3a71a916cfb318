package vn.tre.agreement.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.TreIntegrationTest;

/** axe-core finds no serious or critical violation on the warnings page and the home page with its warning card. */
@TreIntegrationTest
class AgreementWarningAccessibilityTests {

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
	@ValueSource(strings = { "/", "/agreements/warnings", "/agreements/warnings?kind=MILESTONE_OVERDUE" })
	void pageHasNoSeriousViolation(String path) {
		if (page == null) {
			page = browser.newPage();
			page.navigate("http://localhost:" + port + "/login");
			page.locator("#username").fill("thanhhoa.canbo");
			page.locator("#password").fill("Tre@2026");
			page.locator("form button[type=submit]").click();
			page.waitForURL(url -> !url.contains("/login"));
		}
		page.navigate("http://localhost:" + port + path);
		Accessibility.assertNoSeriousViolations(page);
	}
}
