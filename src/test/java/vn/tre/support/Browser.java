package vn.tre.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium for the browser tests: Debian's {@code /usr/bin/chromium} where it is installed (the
 * machine has no internet to download one), otherwise the Chromium Playwright manages.
 */
public final class Browser implements AutoCloseable {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Browser launch() {
		boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
		var options = new Playwright.CreateOptions();
		if (system) {
			options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		Playwright playwright = Playwright.create(options);
		var launch = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
		if (system) {
			launch.setExecutablePath(SYSTEM_CHROMIUM);
		}
		return new Browser(playwright, playwright.chromium().launch(launch));
	}

	/** A fresh page in a new context (no cookies), 1280×800. */
	public Page newPage() {
		BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	/** A fresh page of the application on the port, logged in as the demo user (its demo password), at home. */
	public Page login(int port, String username) {
		Page page = newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill("Tre@2026");
		page.locator("form button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Xin chào");
		return page;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
