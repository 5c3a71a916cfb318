package vn.tre.partner.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.Accessibility;
import vn.tre.support.Browser;
import vn.tre.support.TreIntegrationTest;

/**
 * A province officer in real Chromium: searches the directory without accents, opens the partner, reads its
 * relations and timeline, exports the filtered list to Excel; and every partner page passes axe-core.
 */
@TreIntegrationTest
class PartnerBrowserTests {

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
	void officerSearchesOpensThePartnerAndExportsTheList() throws Exception {
		Page page = login("thanhhoa.canbo");
		page.locator("nav.tre-sidebar").getByText("Đối tác nước ngoài").click();
		assertThat(page.locator("h1")).hasText("Đối tác nước ngoài");
		page.waitForLoadState(LoadState.LOAD);

		page.getByLabel("Tìm theo tên (có dấu hoặc không dấu)").fill("kinh ki");
		assertThat(page.locator("#partner-table tbody tr")).hasCount(1);
		assertThat(page.locator("#partner-table")).containsText("Tỉnh Gyeonggi");
		page.waitForURL("**/partners?q=kinh%20ki*");

		Download download = page.waitForDownload(() -> page.locator("#export-partners").click());
		List<String> names = new ArrayList<>();
		try (InputStream in = Files.newInputStream(download.path()); var workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				names.add(row.getCell(2).getStringCellValue());
			}
		}
		assertThat(names).containsExactly("Tên tiếng Anh", "Gyeonggi Province");

		page.locator("#partner-table").getByText("Tỉnh Gyeonggi").click();
		assertThat(page.locator("h1")).hasText("Tỉnh Gyeonggi");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#relations")).containsText("Thanh Hóa");
		assertThat(page.locator("#relations")).not().containsText("Đà Nẵng");
		var slow = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
		assertThat(page.locator("#timeline-entries")).containsText("Đoàn lãnh đạo tỉnh Gyeonggi thăm và làm việc tại Thanh Hóa", slow);
		assertThat(page.locator("#timeline-entries")).not().containsText("Hội nghị xúc tiến đầu tư Gyeonggi – Đà Nẵng");

		page.getByLabel("Loại hoạt động").selectOption("AGREEMENT");
		assertThat(page.locator("#timeline-entries li")).hasCount(1);
		assertThat(page.locator("#timeline-entries")).containsText("Ký kế hoạch hợp tác");
		page.context().close();
	}

	@Test
	void ministrySeesEveryProvincesRelationsOnThePartnerPage() {
		Page page = login("bng.canbo");
		page.navigate(url("/partners?q=gyeonggi-do"));
		page.locator("#partner-table").getByText("Tỉnh Gyeonggi").click();
		assertThat(page.locator("#relations")).containsText("Thanh Hóa");
		assertThat(page.locator("#relations")).containsText("Đà Nẵng");
		assertThat(page.locator("#timeline-entries")).containsText("Hội nghị xúc tiến đầu tư Gyeonggi – Đà Nẵng",
				new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		page.context().close();
	}

	@Test
	void partnerPagesHaveNoSeriousAccessibilityViolations() {
		Page page = login("thanhhoa.canbo");
		for (String path : List.of("/partners", "/partners?q=shizuoka&region=NORTHEAST_ASIA", "/partners/new", "/relations",
				"/relations/new", "/countries", "/partners/import")) {
			page.navigate(url(path));
			Accessibility.assertNoSeriousViolations(page);
		}
		page.navigate(url("/partners?q=hua+phan"));
		page.locator("#partner-table a").first().click();
		page.waitForLoadState(LoadState.LOAD);
		Accessibility.assertNoSeriousViolations(page);
		page.locator("#relations a").first().click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("h1")).containsText("Thanh Hóa");
		Accessibility.assertNoSeriousViolations(page);
		page.navigate(url("/partners/map"));
		page.waitForSelector("#partner-map.loaded");
		Accessibility.assertNoSeriousViolations(page);
		page.context().close();
	}
}
