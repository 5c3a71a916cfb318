package vn.tre.agreement.web;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.partner.PartnerDirectory;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** axe-core finds no serious or critical violation on the agreement pages, dialogs open or not. */
@TreIntegrationTest
class AgreementAccessibilityTests {

	@LocalServerPort
	int port;

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void agreementPagesHaveNoSeriousViolation() {
		clock.set(LocalDate.of(2026, 10, 5).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		AgreementPages pages = new AgreementPages(agreements, partners, logins);
		Agreement signed = AgreementFixtures.signed(agreements, logins.actor("thanhhoa.canbo"),
				pages.partner("Daegu Metropolitan City"), LocalDate.of(2026, 10, 1));
		long opinion = agreements.opinions(logins.actor("thanhhoa.canbo"), signed.getId()).getFirst().getId();
		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage();
			page.navigate("http://localhost:" + port + "/login");
			page.locator("#username").fill("thanhhoa.canbo");
			page.locator("#password").fill("Tre@2026");
			page.locator("form button[type=submit]").click();
			page.waitForURL(url -> !url.contains("/login"));
			for (String path : new String[] { "/agreements", "/agreements?q=daegu&country=KR", "/agreements/new",
					"/agreements/" + signed.getId(), "/agreements/" + signed.getId() + "/edit",
					"/agreements/" + signed.getId() + "/history", "/agreements/" + signed.getId() + "/timeline",
					"/agreements/" + signed.getId() + "/opinions/" + opinion,
					"/agreements/by-country-field?group=ALL" }) {
				page.navigate("http://localhost:" + port + path);
				Accessibility.assertNoSeriousViolations(page);
			}
			page.navigate("http://localhost:" + port + "/agreements/new");
			page.locator("#save-agreement").click();
			page.waitForSelector(".error-summary");
			Accessibility.assertNoSeriousViolations(page);
			page.navigate("http://localhost:" + port + "/agreements/" + signed.getId());
			page.locator("#open-report").click();
			page.waitForSelector("#dialog-report.show");
			page.waitForFunction("() => document.getAnimations().length === 0");
			Accessibility.assertNoSeriousViolations(page);
		}
	}
}
