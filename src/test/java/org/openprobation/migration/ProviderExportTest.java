package org.openprobation.migration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's export (issue 27, item 3): a ZIP of CSV files, one per record type, with a
 * manifest of rows and checksums that match the files, every file and column described in
 * docs/data-format.md; administrators only, audited.
 */
@IntegrationTest
class ProviderExportTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private java.net.http.HttpResponse<byte[]> export(String user, String provider) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exports?provider=" + provider))
					.header("Authorization",
							"Basic " + java.util.Base64.getEncoder()
								.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
					.GET()
					.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theLondonProviderExportsWholeWithAManifestThatMatchesItsFiles() throws Exception {
		String code = jdbc.sql("select code from organisation.provider order by id limit 1")
			.query(String.class)
			.single();
		// one case restricted to named staff, the administrator not among them
		String restricted = jdbc
			.sql("""
					select trim(p.crn) from people.person p where not p.restricted
					and not exists (select 1 from access.case_restriction r where r.person_id = p.id) order by p.id limit 1""")
			.query(String.class)
			.single();
		jdbc.sql("update people.person set restricted = true where crn = :crn").param("crn", restricted).update();
		// the cases hidden from the administrator (restricted without naming them) are
		// left out, and counted
		String hidden = """
				p.restricted and not exists (select 1 from access.case_restriction r where r.person_id = p.id
				and r.username = 'admin' and r.kind = 'ALLOWED')
				or exists (select 1 from access.case_restriction r where r.person_id = p.id and r.username = 'admin'
				and r.kind = 'EXCLUDED')""";
		String ofProvider = "from people.person p where p.provider_id = "
				+ "(select id from organisation.provider where code = :c) and ";
		long people = jdbc.sql("select count(*) " + ofProvider + "not (" + hidden + ")")
			.param("c", code)
			.query(Long.class)
			.single();
		java.util.List<String> hiddenCrns = jdbc.sql("select trim(p.crn) " + ofProvider + "(" + hidden + ")")
			.param("c", code)
			.query(String.class)
			.list();
		long started = System.nanoTime();
		java.net.http.HttpResponse<byte[]> response;
		try {
			response = export("admin", code);
		}
		finally {
			jdbc.sql("update people.person set restricted = false where crn = :crn").param("crn", restricted).update();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(response.body().length).as(response.headers().map().toString()).isGreaterThan(1000);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
			.contains("openprobation-" + code.toLowerCase());
		Map<String, byte[]> files = ImportSets.unzip(response.body());
		// a skeleton of the format's columns, to write the documentation from
		StringBuilder columns = new StringBuilder();
		files.forEach((name, bytes) -> columns.append(name)
			.append(": ")
			.append(new String(bytes, StandardCharsets.UTF_8).split("\n", 2)[0])
			.append('\n'));
		Files.writeString(Path.of("target/export-columns.txt"), columns);
		assertThat(files).containsKeys("provider.csv", "person.csv", "contact.csv", "sentence.csv", "requirement.csv",
				"rosh_assessment.csv", "enforcement_action.csv", "referral.csv", "booking.csv", "staff.csv",
				"responsible_officer.csv", "tier_history.csv", "plan.csv", "manifest.csv", "export.csv");

		String[] manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8).split("\n");
		assertThat(manifest[0]).isEqualTo("file,rows,sha256");
		for (int i = 1; i < manifest.length; i++) {
			String[] line = manifest[i].split(",");
			byte[] file = files.get(line[0]);
			assertThat(file).as(line[0]).isNotNull();
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).as(line[0])
				.isEqualTo(line[2]);
		}
		assertThat(hiddenCrns).contains(restricted);
		String personFile = new String(files.get("person.csv"), StandardCharsets.UTF_8);
		hiddenCrns.forEach(crn -> assertThat(personFile).doesNotContain(crn));
		assertThat(new String(files.get("export.csv"), StandardCharsets.UTF_8).strip())
			.endsWith("," + hiddenCrns.size());
		assertThat(new String(files.get("manifest.csv"), StandardCharsets.UTF_8))
			.contains("person.csv," + people + ",");

		// every file and column is described in the open format
		String format = Files.readString(Path.of("docs/data-format.md"));
		StringBuilder missing = new StringBuilder();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			if (file.getKey().equals("manifest.csv") || file.getKey().equals("export.csv")) {
				continue;
			}
			if (!format.contains("### " + file.getKey())) {
				missing.append("\n### ").append(file.getKey());
			}
			String header = new String(file.getValue(), StandardCharsets.UTF_8).split("\n", 2)[0];
			for (String column : header.split(",")) {
				if (!format.contains("### " + file.getKey())
						|| !section(format, file.getKey()).contains("| `" + column + "` |")) {
					missing.append("\n").append(file.getKey()).append(": ").append(column);
				}
			}
		}
		assertThat(missing.toString()).as("files and columns docs/data-format.md does not describe").isEmpty();
		System.out.printf("Export of %s: %d files, %,d bytes zipped, %d ms%n", code, files.size(),
				response.body().length, millis);

		assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'EXPORT_PROVIDER'")
			.query(Long.class)
			.single()).isPositive();
	}

	private static String section(String format, String file) {
		String rest = format.substring(format.indexOf("### " + file));
		int next = rest.indexOf("\n### ", 4);
		return next < 0 ? rest : rest.substring(0, next);
	}

	@Test
	void onlyAdministratorsExportAndAnUnknownProviderIsNotFound() {
		String code = jdbc.sql("select code from organisation.provider order by id limit 1")
			.query(String.class)
			.single();
		assertThat(export("area", code).statusCode()).isEqualTo(403);
		assertThat(export("inspector", code).statusCode()).isEqualTo(403);
		assertThat(export("admin", "NO-SUCH").statusCode()).isEqualTo(404);
	}

}
