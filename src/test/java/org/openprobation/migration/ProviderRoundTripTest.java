package org.openprobation.migration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openprobation.ChildInstance;
import org.openprobation.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27, items 4 and 5: a provider moves out and in losslessly. A small London (600
 * people, the same seed and date as the suite's) is exported from one instance and
 * imported into a second on an empty database, through the API: a set with a bad row in
 * every file is refused naming each, with nothing written; the instance killed (kill -9)
 * while it loads leaves nothing, and its run is shown failed; the set then imports, a
 * second import changes nothing, the imported provider exports the very same files, and
 * its cases answer the API and show their pages as the original's do.
 */
class ProviderRoundTripTest {

	private static final String OPERATOR = "operator";

	private static final String OPERATOR_PASSWORD = "correct horse battery";

	private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

	@TempDir
	Path original;

	@TempDir
	Path empty;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> send(ChildInstance instance, String user, String password, HttpRequest.Builder request)
			throws Exception {
		return http.send(request
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String get(ChildInstance instance, String user, String password, String path) throws Exception {
		HttpResponse<byte[]> response = send(instance, user, password,
				HttpRequest.newBuilder(URI.create(instance.url(path))).GET());
		return response.statusCode() + "\n" + new String(response.body(), StandardCharsets.UTF_8);
	}

	private String startImport(ChildInstance instance, byte[] set) throws Exception {
		HttpResponse<byte[]> started = send(instance, OPERATOR, OPERATOR_PASSWORD,
				HttpRequest.newBuilder(URI.create(instance.url("/api/v1/imports")))
					.header("Content-Type", "application/zip")
					.POST(HttpRequest.BodyPublishers.ofByteArray(set)));
		String body = new String(started.body(), StandardCharsets.UTF_8);
		assertThat(started.statusCode()).as(body).isEqualTo(202);
		assertThat(started.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/imports/"));
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	/** The run's answer once it has finished. */
	private String finished(ChildInstance instance, String id) {
		java.util.concurrent.atomic.AtomicReference<String> run = new java.util.concurrent.atomic.AtomicReference<>();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofMinutes(5))
			.pollInterval(java.time.Duration.ofMillis(250))
			.until(() -> {
				run.set(get(instance, OPERATOR, OPERATOR_PASSWORD, "/api/v1/imports/" + id));
				Matcher status = STATUS.matcher(run.get());
				return status.find() && status.group(1).matches("DONE|FAILED");
			});
		return run.get();
	}

	@Test
	void aProviderExportedImportsIntoAnEmptyDatabaseWholeOnceAndExportsTheSameFiles() throws Exception {
		try (ChildInstance source = new ChildInstance(original, "--openprobation.demo.as-of=" + IntegrationTest.AS_OF,
				"--openprobation.clock.start=" + IntegrationTest.CLOCK_START, "--openprobation.demo.london-people=600",
				"--openprobation.demo.london-practitioners=40", "--openprobation.demo.batch-size=500",
				"--openprobation.oversight.warm-on-start=false");
				ChildInstance target = new ChildInstance(empty, "--openprobation.demo.generate=never",
						"--openprobation.clock.start=" + IntegrationTest.CLOCK_START,
						"--openprobation.admin.username=" + OPERATOR,
						"--openprobation.admin.password=" + OPERATOR_PASSWORD,
						"--openprobation.imports.silent-after=PT3S", "--openprobation.oversight.warm-on-start=false",
						"--openprobation.oversight.record-on-start=false")) {
			source.start(600);
			target.start(300);
			HttpResponse<byte[]> export = send(source, "admin", "demo",
					HttpRequest.newBuilder(URI.create(source.url("/api/v1/exports?provider=LDN"))).GET());
			assertThat(export.statusCode()).isEqualTo(200);
			byte[] set = export.body();
			Map<String, byte[]> files = ImportSets.unzip(set);

			// a bad row in every file: refused, every one named, nothing written
			Map<String, Long> badLines = new LinkedHashMap<>();
			byte[] bad = ImportSets.zip(withABadRowInEveryFile(files, badLines));
			String refused = finished(target, startImport(target, bad));
			assertThat(refused).contains("\"status\":\"FAILED\"").contains("Nothing was written");
			badLines.forEach((file, line) -> assertThat(refused).as(file)
				.containsPattern("\\{\"file\":\"" + Pattern.quote(file) + "\",\"line\":" + line + ","));
			assertThat(refused).contains("Refers to person.csv with id = 999999999")
				.contains("expected_end_date >= start_date");
			assertThat(target.count("select count(*) from organisation.provider")).isZero();
			assertThat(target.count("select count(*) from people.person")).isZero();

			// killed while it loads: nothing written, the run shown failed after the
			// restart
			String killed = startImport(target, set);
			target.await(line -> line.contains("Import " + killed + ": Loading contact.csv"), 300);
			target.kill();
			assertThat(target.count("select count(*) from people.person")).isZero();
			assertThat(target.count("select count(*) from contacts.contact")).isZero();
			assertThat(target.count("select count(*) from organisation.provider")).isZero();
			target.start(300);
			// the run is shown failed once it has been silent for silent-after (3 s here)
			assertThat(finished(target, killed)).contains("\"status\":\"FAILED\"")
				.contains("The platform stopped while this import ran. Nothing of the set was written");

			// imported whole; then once only
			String loaded = finished(target, startImport(target, set));
			assertThat(loaded).contains("\"status\":\"DONE\"").contains("\"alreadyImported\":false");
			String again = finished(target, startImport(target, set));
			assertThat(again).contains("\"status\":\"DONE\"").contains("\"alreadyImported\":true");
			assertThat(again).contains("nothing was changed");
			assertThat(target.count("select count(*) from people.person")).isEqualTo(600);

			// the same files out again, and the same answers about each case
			HttpResponse<byte[]> exportAgain = send(target, OPERATOR, OPERATOR_PASSWORD,
					HttpRequest.newBuilder(URI.create(target.url("/api/v1/exports?provider=LDN"))).GET());
			assertThat(exportAgain.statusCode()).isEqualTo(200);
			Map<String, byte[]> filesAgain = ImportSets.unzip(exportAgain.body());
			assertThat(new String(filesAgain.get("manifest.csv"), StandardCharsets.UTF_8))
				.isEqualTo(new String(files.get("manifest.csv"), StandardCharsets.UTF_8));

			List<List<String>> people = ImportSets.parse(files.get("person.csv"));
			int crn = people.get(0).indexOf("crn");
			for (int row = 1; row < people.size(); row += 119) {
				String person = people.get(row).get(crn).strip();
				for (String path : List.of("/api/v1/people/%s/compliance", "/api/v1/people/%s/contacts",
						"/api/v1/people/%s/referrals", "/api/v1/people/%s/unpaid-work",
						"/api/v1/people/%s/reallocation", "/cases/%s", "/cases/%s/contacts", "/cases/%s/plan",
						"/cases/%s/personal-details", "/cases/%s/enforcement")) {
					String page = path.formatted(person);
					assertThat(withoutSession(get(target, OPERATOR, OPERATOR_PASSWORD, page))).as(page)
						.isEqualTo(withoutSession(get(source, "admin", "demo", page)));
				}
			}
		}
	}

	/**
	 * A page without what belongs to the session: the user's name and the form tokens.
	 */
	private static String withoutSession(String page) {
		return page.replaceAll("op-header__name\">[^<]*", "")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
			.replaceAll("name=\"_submission\" value=\"[^\"]*\"", "");
	}

	/**
	 * The set with one bad row added to (or, for two files, changed in) every file,
	 * recording the line of each: a row whose key is not a number, a row repeating
	 * another's key, an empty row in an empty file, a reference to a person nobody has
	 * and a sentence that ends before it starts.
	 */
	private static Map<String, byte[]> withABadRowInEveryFile(Map<String, byte[]> files, Map<String, Long> badLines) {
		Map<String, byte[]> bad = new LinkedHashMap<>(files);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String name = file.getKey();
			if (name.equals("manifest.csv") || name.equals("export.csv")) {
				continue;
			}
			List<List<String>> rows = new ArrayList<>(ImportSets.parse(file.getValue()));
			List<String> header = rows.get(0);
			if (rows.size() == 1) {
				List<String> empty = new ArrayList<>();
				header.forEach(c -> empty.add(null));
				rows.add(empty);
			}
			else if (header.get(0).endsWith("id")) {
				List<String> copy = new ArrayList<>(rows.get(rows.size() - 1));
				copy.set(0, "not-a-number");
				rows.add(copy);
			}
			else {
				rows.add(new ArrayList<>(rows.get(rows.size() - 1)));
			}
			badLines.put(name, (long) rows.size());
			if (name.equals("address.csv")) {
				List<String> last = new ArrayList<>(rows.get(rows.size() - 2));
				last.set(header.indexOf("person_id"), "999999999");
				rows.set(rows.size() - 2, last);
			}
			if (name.equals("sentence.csv")) {
				List<String> last = new ArrayList<>(rows.get(rows.size() - 2));
				last.set(header.indexOf("expected_end_date"), "1999-01-01");
				rows.set(rows.size() - 2, last);
			}
			bad.put(name, ImportSets.write(rows));
		}
		return bad;
	}

}
