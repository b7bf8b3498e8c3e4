package org.openprobation.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Debian's Chromium with Playwright against the running test server; every page a
 * test visits is scanned with axe for WCAG 2.2 A and AA violations.
 */
abstract class BrowserTest {

	private static Playwright playwright;

	private static Browser browser;

	@Value("${local.server.port}")
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void newContext() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page and checks it for accessibility. */
	void visit(String path) {
		page.navigate(url(path));
		assertAccessible();
	}

	void signIn(String username) {
		visit("/login");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill("demo");
		follow(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")));
		assertThat(page.locator("h1").textContent()).startsWith("Welcome");
		assertAccessible();
	}

	/**
	 * Clicks a link or button that loads another page, and waits for that page to load.
	 */
	void follow(com.microsoft.playwright.Locator target) {
		target.click();
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
	}

	void assertAccessible() {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		List<Rule> violations = accessibilityViolations(page);
		assertThat(violations).as("accessibility violations on %s:%n%s", page.url(), describe(violations)).isEmpty();
	}

	/**
	 * Runs axe in the page itself ("legacy mode"): our pages have no frames, and the
	 * default mode opens a second browser page for every scan, which tripled the time of
	 * the browser tests. Only violations are reported in full.
	 */
	static List<Rule> accessibilityViolations(Page page) {
		AxeRunOptions onlyViolationsInFull = new AxeRunOptions();
		onlyViolationsInFull.setResultTypes(List.of("violations"));
		AxeResults results = new AxeBuilder(page).setLegacyMode(true)
			.options(onlyViolationsInFull)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			.analyze();
		assertThat(results.getErrorMessage()).as("axe could not scan %s", page.url()).isNull();
		return results.getViolations();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
