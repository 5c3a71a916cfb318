package vn.tre.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
