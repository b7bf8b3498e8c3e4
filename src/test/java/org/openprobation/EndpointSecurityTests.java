package org.openprobation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request mapping of the application, found by reflection so a new one cannot be
 * missed, refuses anonymous callers; the sign-in page is the only page open to them.
 */
@IntegrationTest
class EndpointSecurityTests {

	private static final Set<String> OPEN = Set.of("/login");

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(String method, String path) {
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", "X123456");
				if (OPEN.contains(pattern) || pattern.startsWith("/error")) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint("GET", path));
				}
				methods.forEach(m -> endpoints.add(new Endpoint(m.name(), path)));
			}
		}
		return endpoints;
	}

	@Test
	void thereAreEndpointsToCheck() {
		assertThat(endpoints()).extracting(Endpoint::path)
			.contains("/people", "/cases/X123456", "/caseload", "/organisation", "/audit", "/api/v1/people",
					"/api/v1/people/X123456", "/api/v1/organisation/summary");
	}

	@Test
	void everyEndpointRefusesAnonymousCallers() {
		TestHttp http = TestHttp.anonymous(port);
		for (Endpoint endpoint : endpoints()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
				.header("Accept", "text/html")
				.method(endpoint.method(), HttpRequest.BodyPublishers.noBody())
				.build();
			TestHttp.Response response = http.send(request);
			boolean api = endpoint.path().startsWith("/api") || endpoint.path().startsWith("/v3");
			if (api) {
				assertThat(response.status()).as("%s %s", endpoint.method(), endpoint.path()).isEqualTo(401);
			}
			else {
				assertThat(response.status()).as("%s %s", endpoint.method(), endpoint.path()).isIn(302, 401, 403);
				if (response.status() == 302) {
					assertThat(response.header("Location")).as("%s %s", endpoint.method(), endpoint.path())
						.endsWith("/login");
				}
			}
		}
	}

	@Test
	void aRememberedApiSignInNeverLetsAWrongPasswordThrough() {
		TestHttp http = TestHttp.anonymous(port);
		assertThat(http.get("/api/v1/organisation/summary", "admin").status()).isEqualTo(200);
		assertThat(http.get("/api/v1/organisation/summary", "admin").status()).isEqualTo(200);
		HttpRequest wrong = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisation/summary"))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("admin:demo2".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.GET()
			.build();
		assertThat(http.send(wrong).status()).isEqualTo(401);
		HttpRequest other = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisation/summary"))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("nobody:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.GET()
			.build();
		assertThat(http.send(other).status()).isEqualTo(401);
	}

	@Test
	void anonymousApiCallsGetProblemJson() {
		TestHttp.Response response = TestHttp.anonymous(port).get("/api/v1/organisation/summary", null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void formsRequireACsrfToken() {
		TestHttp signedIn = TestHttp.signedIn(port, "practitioner");
		TestHttp.Response logout = signedIn
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
		assertThat(logout.status()).isEqualTo(403);
	}

	/**
	 * POST endpoints that compute an answer and store nothing, so anyone signed in may
	 * call them.
	 */
	private static final Set<String> STATELESS = Set.of("/api/v1/calculators/ogrs3", "/api/v1/calculators/tier",
			"/api/v1/inspection/ratings");

	/** Every user, an inspector too, changes their own password. */
	private static final Set<String> OWN_ACCOUNT = Set.of("/api/v1/users/me/password");

	@Test
	void theInspectorCanChangeNothingThroughTheApi() {
		for (Endpoint endpoint : endpoints()) {
			// An inspection's sample, answers and judgements are the inspector's own
			// work, not a case record.
			if (endpoint.method().equals("GET") || !endpoint.path().startsWith("/api")
					|| STATELESS.contains(endpoint.path()) || OWN_ACCOUNT.contains(endpoint.path())
					|| endpoint.path().startsWith("/api/v1/inspections")) {
				continue;
			}
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
				.header("Authorization", "Basic aW5zcGVjdG9yOmRlbW8=")
				.header("Content-Type", "application/json")
				.method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"))
				.build();
			assertThat(TestHttp.anonymous(port).send(request).status()).as("%s %s", endpoint.method(), endpoint.path())
				.isIn(403, 404, 405);
		}
	}

	@Test
	void pagesSendSecurityHeaders() {
		TestHttp.Response page = TestHttp.anonymous(port).get("/login", null);
		assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

}
