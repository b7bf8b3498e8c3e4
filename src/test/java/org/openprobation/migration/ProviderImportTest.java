package org.openprobation.migration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's API on the London demo (issue 27, item 4): only an administrator of the
 * whole platform imports; what is not a set, and a set of a provider the database already
 * holds, are refused with nothing written and said why; a run is followed by its id. The
 * whole round trip runs on an empty database in {@link ProviderRoundTripTest}.
 */
@IntegrationTest
class ProviderImportTest {

	@Value("${local.server.port}")
	int port;

	private TestHttp.Response post(@org.jspecify.annotations.Nullable String user, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
			.header("Content-Type", contentType)
			.header("Accept", "application/json");
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return TestHttp.anonymous(port).send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	/** The run once finished. */
	TestHttp.Response finished(String id) {
		java.util.concurrent.atomic.AtomicReference<TestHttp.Response> run = new java.util.concurrent.atomic.AtomicReference<>();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(120))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> {
				run.set(TestHttp.anonymous(port).get("/api/v1/imports/" + id, "admin"));
				assertThat(run.get().status()).isEqualTo(200);
				return run.get().json().get("status").asString().matches("DONE|FAILED");
			});
		return run.get();
	}

	@Test
	void onlyAnAdministratorOfThePlatformImportsOrFollowsImports() {
		assertThat(post("practitioner", "application/zip", new byte[] { 1 }).status()).isEqualTo(403);
		assertThat(post("manager", "application/zip", new byte[] { 1 }).status()).isEqualTo(403);
		assertThat(TestHttp.anonymous(port).get("/api/v1/imports", "practitioner").status()).isEqualTo(403);
		assertThat(post(null, "application/zip", new byte[] { 1 }).status()).isEqualTo(401);
	}

	@Test
	void whatIsNotAZipIsRefusedAndSaidWhy() throws Exception {
		assertThat(post("admin", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
		TestHttp.Response started = post("admin", "application/zip", "not a zip".getBytes(StandardCharsets.UTF_8));
		assertThat(started.status()).isEqualTo(202);
		String id = started.json().get("id").asString();
		assertThat(started.header("Location")).isEqualTo("/api/v1/imports/" + id);
		TestHttp.Response run = finished(id);
		assertThat(run.json().get("status").asString()).isEqualTo("FAILED");
		assertThat(run.json().get("errors").get(0).get("message").asString()).contains("This is not a ZIP file");
		assertThat(run.json().get("errorCount").asInt()).isEqualTo(1);
		assertThat(TestHttp.anonymous(port).get("/api/v1/imports", "admin").body()).contains(id);
		assertThat(
				TestHttp.anonymous(port).get("/api/v1/imports/00000000-0000-0000-0000-000000000000", "admin").status())
			.isEqualTo(404);
		assertThat(TestHttp.anonymous(port).get("/api/v1/imports/not-an-id", "admin").status()).isEqualTo(400);
	}

	@Test
	void aSetOfAnotherFormatVersionOrWithFilesTheManifestDoesNotMatchIsRefusedWhole() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("export.csv",
				"format_version,provider_code,exported_at,cases_left_out\n9,LDX,2026-11-23T08:00:00Z,0\n"
					.getBytes(StandardCharsets.UTF_8));
		files.put("person.csv", "id,crn\n".getBytes(StandardCharsets.UTF_8));
		files.put("spaceship.csv", "id\n1\n".getBytes(StandardCharsets.UTF_8));
		TestHttp.Response run = finished(
				post("admin", "application/zip", ImportSets.zip(files)).json().get("id").asString());
		assertThat(run.json().get("status").asString()).isEqualTo("FAILED");
		assertThat(run.body()).contains("This platform reads format version 1; the set says 9.");
		assertThat(run.json().get("message").asString()).contains("Nothing was written");
	}

	@Test
	void theLondonProviderCannotBeImportedIntoTheDatabaseThatHoldsIt() throws Exception {
		byte[] london = TestHttp.anonymous(port).getBytes("/api/v1/exports?provider=LDN", "admin");
		long people = TestHttp.anonymous(port)
			.get("/api/v1/organisation/summary", "admin")
			.json()
			.get("peopleUnderSupervision")
			.asLong();
		TestHttp.Response run = finished(post("admin", "application/zip", london).json().get("id").asString());
		assertThat(run.json().get("status").asString()).isEqualTo("FAILED");
		assertThat(run.json().get("provider").asString()).isEqualTo("LDN");
		assertThat(run.json().get("message").asString()).contains("Provider LDN is already in this database")
			.contains("Nothing was written");
		assertThat(TestHttp.anonymous(port)
			.get("/api/v1/organisation/summary", "admin")
			.json()
			.get("peopleUnderSupervision")
			.asLong()).isEqualTo(people);
	}

}
