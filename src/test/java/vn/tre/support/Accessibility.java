package vn.tre.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** Runs axe-core on a page and fails on any serious or critical violation (the bar of UI.md). */
public final class Accessibility {

	private Accessibility() {
	}

	public static void assertNoSeriousViolations(Page page) {
		List<Rule> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious.isEmpty())
			.withFailMessage(() -> page.url() + ": " + serious.stream()
				.map(rule -> rule.getId() + " " + rule.getNodes().stream()
					.map(node -> node.getTarget() + " " + node.getFailureSummary().replace('\n', ' '))
					.toList())
				.toList())
			.isTrue();
	}
}
