package org.openprobation;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of every API request body and every form, found by reflection:
 * whatever arrives, the answer is never a server error or a stack trace, and what was
 * typed is never echoed as markup.
 */
@IntegrationTest
class HostileInputTest {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final List<String> FIELDS = List.of("crn", "start", "end", "type", "status", "on", "version",
			"reason", "outcome", "answers", "size", "seed", "confidence", "margin", "serviceId", "attendance",
			"arrived", "left", "breakMinutes", "travelPence", "framework", "standards", "sessionId", "staffCode",
			"overrideReason", "providerId", "windowFrom", "windowTo", "note", "text", "name", "day", "capacity", "q",
			"page", "id");

	/** Signing out ends the fuzzing session. */
	private static final Set<String> SKIP = Set.of("/logout", "/login");

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	record Endpoint(String method, String pattern) {
	}

	private List<Endpoint> changing(boolean api) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				if (method == RequestMethod.GET) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith("/api") == api && !SKIP.contains(pattern)) {
						endpoints.add(new Endpoint(method.name(), pattern));
					}
				}
			}
		}
		return endpoints;
	}

	/**
	 * Hostile JSON: wrong types, huge and negative numbers, markup, nulls, deep nesting,
	 * not JSON at all.
	 */
	static Arbitrary<String> bodies() {
		Arbitrary<String> scalars = Arbitraries.oneOf(
				Arbitraries.strings().ofMaxLength(40).map(HostileInputTest::quoted),
				Arbitraries.of("\"" + SCRIPT + "\"", "\"2026-02-30\"", "\"25:99\"", "\"X123456\"",
						"\"'; drop table x;--\"", "\"\\u0000\"", "\"" + "9".repeat(400) + "\"", "true", "null", "[]",
						"{}", "-1", "0", "1e308", "-9223372036854775809", "3.14159", "\"NaN\""),
				Arbitraries.longs().map(String::valueOf));
		Arbitrary<String> objects = Arbitraries
			.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS),
					Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)), scalars)
			.ofMaxSize(6)
			.map(m -> {
				StringBuilder json = new StringBuilder("{");
				m.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(quoted(k)).append(':').append(v));
				return json.append('}').toString();
			});
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, objects), net.jqwik.api.Tuple.of(1, scalars),
				net.jqwik.api.Tuple.of(1, Arbitraries.of("{\"a\":", "not json", "{{}}", "[" + "[".repeat(500),
						"{\"answers\":{\"2.1.1\":{\"answer\":[1]}}}")));
	}

	static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private String path(String pattern, Random random) {
		// one real case takes the fuzzing (the last generated, which no other test uses);
		// ids never resolve
		String crn = jdbc.sql("select crn from people.person order by id desc limit 1")
			.query(String.class)
			.single()
			.trim();
		List<String> values = List.of(crn, "X123456", "-1", "99999999999999999999", "%3Cscript%3E", "abc", "999999999");
		return pattern.replaceAll("\\{[^}:]+:[^}]+}", "teams")
			.replaceAll("\\{[^}]+}", values.get(random.nextInt(values.size())));
	}

	@Test
	void everyApiRequestBodyAnswersWithoutAServerError() throws Throwable {
		// jqwik's generators, seeded, outside a property (the running application is the
		// subject)
		net.jqwik.api.sessions.JqwikSession.run("20261123", this::fuzzApiBodies);
	}

	private void fuzzApiBodies() {
		Random random = new Random(20261123);
		RandomGenerator<String> generator = bodies().generator(1000);
		TestHttp http = TestHttp.anonymous(port);
		String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		List<Endpoint> endpoints = changing(true);
		assertThat(endpoints).hasSizeGreaterThan(15);
		for (Endpoint endpoint : endpoints) {
			for (int i = 0; i < 25; i++) {
				String path = path(endpoint.pattern(), random);
				String body = generator.next(random).value();
				TestHttp.Response response = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
						.header("Content-Type", "application/json")
						.header("Accept", "application/json")
						.header("Authorization", admin)
						.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body))
						.build());
				assertThat(response.status()).as("%s %s with %s: %s", endpoint.method(), path, body, response.body())
					.isLessThan(500);
				assertThat(response.body()).as("%s %s", endpoint.method(), path)
					.doesNotContain("Exception", "\tat org.", "\tat java.");
			}
		}
	}

	@Test
	void everyFormAnswersWithoutAServerErrorAndNeverEchoesMarkup() throws Throwable {
		net.jqwik.api.sessions.JqwikSession.run("1123", this::fuzzForms);
	}

	private void fuzzForms() {
		Random random = new Random(1123);
		TestHttp admin = TestHttp.signedIn(port, "admin");
		String token = TestHttp.csrf(admin.page("/").body());
		RandomGenerator<String> values = Arbitraries
			.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.of(SCRIPT, "2026-02-30", "-1", "", "   ",
					"99999999999999999999", "X123456", "\u0000", "a".repeat(5000)))
			.generator(1000);
		List<Endpoint> endpoints = changing(false);
		assertThat(endpoints).hasSizeGreaterThan(20);
		for (Endpoint endpoint : endpoints) {
			for (int i = 0; i < 8; i++) {
				String path = path(endpoint.pattern(), random);
				StringBuilder form = new StringBuilder("_csrf=").append(token);
				int fields = 1 + random.nextInt(6);
				for (int f = 0; f < fields; f++) {
					form.append('&')
						.append(FIELDS.get(random.nextInt(FIELDS.size())))
						.append('=')
						.append(URLEncoder.encode(values.next(random).value(), StandardCharsets.UTF_8));
				}
				TestHttp.Response response = admin
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Accept", "text/html")
						.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(form.toString()))
						.build());
				assertThat(response.status()).as("%s %s with %s", endpoint.method(), path, form).isLessThan(500);
				assertThat(response.body()).as("%s %s", endpoint.method(), path)
					.doesNotContain(SCRIPT, "Exception", "\tat org.");
			}
		}
	}

}
