package org.openprobation.access;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded input (issue 24, item 5): bodies over the limit answer 413 before anything
 * parses them, JSON nesting and size are bounded, an API call must say its body is JSON
 * (the staff import: CSV), and an idempotency key reused with another body answers 422.
 */
@IntegrationTest
class BoundedInputTest {

	@Value("${local.server.port}")
	int port;

	private HttpRequest.Builder api(String path, String user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
	}

	private TestHttp.Response send(HttpRequest request) {
		return TestHttp.anonymous(port).send(request);
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
		byte[] big = ("{\"purpose\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		TestHttp.Response declared = send(
				api("/api/v1/calculators/tier", "practitioner").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofByteArray(big))
					.build());
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.contentType()).startsWith("application/problem+json");
		assertThat(declared.body()).contains("larger than 1 MB");
		// no Content-Length: sent in chunks, read only up to the limit
		TestHttp.Response chunked = send(
				api("/api/v1/calculators/tier", "practitioner").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
					.build());
		assertThat(chunked.status()).isEqualTo(413);
		// a page's form too
		TestHttp page = TestHttp.signedIn(port, "practitioner");
		TestHttp.Response form = page.postForm("/cases/X000000/appointments", "purpose=" + "x".repeat(1_100_000));
		assertThat(form.status()).isEqualTo(413);
		assertThat(form.body()).contains("The request is too large").doesNotContain("Exception");
	}

	@Test
	void deepNestingAndHugeArraysAreRefusedAsUnreadableNamingTheBody() {
		String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
		TestHttp.Response nested = TestHttp.anonymous(port).postJson("/api/v1/calculators/tier", "practitioner", deep);
		assertThat(nested.status()).isEqualTo(400);
		assertThat(nested.body()).contains("\"body\"").containsIgnoringCase("nesting depth");
		StringBuilder array = new StringBuilder("{\"needs\":[");
		for (int i = 0; i < 150_000; i++) {
			array.append(i == 0 ? "" : ",").append('1');
		}
		array.append("]}");
		TestHttp.Response huge = TestHttp.anonymous(port)
			.postJson("/api/v1/calculators/tier", "practitioner", array.toString());
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.body()).contains("\"body\"").containsIgnoringCase("token count");
	}

	@Test
	void anApiBodyMustSayItIsJsonAndAnImportThatItIsCsv() {
		String csv = "code,forename,surname,grade,team,contracted_hours,employment,start_date\n";
		// a cross-site form can post plain text or form fields, with a remembered sign-in
		TestHttp.Response plain = send(api("/api/v1/staff/imports", "admin").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
		assertThat(plain.status()).isEqualTo(415);
		assertThat(plain.body()).contains("text/csv");
		TestHttp.Response fields = send(api("/api/v1/calculators/tier", "practitioner")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("tier=A1"))
			.build());
		assertThat(fields.status()).isEqualTo(415);
		assertThat(fields.body()).contains("application/json");
		// anonymous callers still hear that they must sign in
		assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/imports"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build()).status()).isEqualTo(401);
	}

	@Test
	void anIdempotencyKeyReusedWithAnotherBodyAnswers422AndTheSameBodyIsReplayed() {
		String key = "bounded-" + System.nanoTime();
		HttpRequest first = api("/api/v1/calculators/tier", "practitioner").header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString("{\"rosh\":\"LOW\"}"))
			.build();
		TestHttp.Response answered = send(first);
		assertThat(answered.status()).isLessThan(500);
		TestHttp.Response again = send(first);
		assertThat(again.status()).isEqualTo(answered.status());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		TestHttp.Response other = send(
				api("/api/v1/calculators/tier", "practitioner").header("Content-Type", "application/json")
					.header("Idempotency-Key", key)
					.POST(HttpRequest.BodyPublishers.ofString("{\"rosh\":\"HIGH\"}"))
					.build());
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.body()).contains("different request");
	}

}
