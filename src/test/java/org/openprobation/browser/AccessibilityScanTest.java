package org.openprobation.browser;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan every browser test runs on every page finds violations when a page has them,
 * and none on a page without.
 */
class AccessibilityScanTest extends BrowserTest {

	@Test
	void findsTheViolationsOfABrokenPage() {
		page.setContent("""
				<!DOCTYPE html>
				<html><head><title>Broken</title></head>
				<body><main>
				<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
				<input type="text" name="crn">
				<p style="color:#ccc;background:#fff">Pale text</p>
				</main></body></html>
				""");

		List<String> found = accessibilityViolations(page).stream().map(Rule::getId).toList();

		assertThat(found).contains("html-has-lang", "image-alt", "label", "color-contrast");
	}

	@Test
	void findsNoViolationOnAnAccessiblePage() {
		page.setContent("""
				<!DOCTYPE html>
				<html lang="en"><head><title>Fine</title></head>
				<body><main>
				<h1>Case</h1>
				<label for="crn">Case reference number</label>
				<input type="text" id="crn" name="crn">
				</main></body></html>
				""");

		assertThat(accessibilityViolations(page)).isEmpty();
	}

}
