package org.openprobation.shell;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.organisation.StaffImport;
import org.openprobation.shared.BadRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff imports: all rows or none, each rejected row named, within a provider's teams,
 * administrators only, audited; and any text at all gives a clear answer with nothing
 * half-written.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesImportedStaff.class)
class StaffImportTest {

	private static final String HEADER = "code,forename,surname,grade,team,contracted_hours,employment,start_date";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffImports imports;

	@Autowired
	Users users;

	@Autowired
	StaffImport staffImport;

	private String team() {
		return jdbc.sql("select code from organisation.team order by id limit 1").query(String.class).single();
	}

	private long staff() {
		return jdbc.sql("select count(*) from organisation.staff").query(Long.class).single();
	}

	private TestHttp.Response post(String user, String csv) {
		return TestHttp.anonymous(port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/imports"))
				.header("Content-Type", "text/csv; charset=utf-8")
				.header("Accept", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
				.build());
	}

	@Test
	void anAdministratorImportsStaffIntoTheirTeamsOfficeAndTheImportIsAudited() {
		String team = team();
		String csv = HEADER + ",specialist_role,contract_ends_on\r\n" + "api-1,Grace,Mbeki,PO," + team
				+ ",37,EMPLOYED,2026-11-02,,\r\n" + "API-2,\"O'Neill, Ciarán\",O'Neill,probation_services_officer,"
				+ team + ",22.5,agency,2026-11-09,IOM,2027-05-08\r\n";

		TestHttp.Response response = post("admin", csv);

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("imported").asInt()).isEqualTo(2);
		assertThat(response.body()).contains("API-1", "API-2");
		record Row(String forename, String grade, long officeId, String employment, String specialistRole,
				String contractEndsOn) {
		}
		Row second = jdbc.sql("""
				select forename, grade, office_id, employment, specialist_role, contract_ends_on::text
				from organisation.staff where code = 'API-2'
				""").query(Row.class).single();
		long teamOffice = jdbc.sql("select office_id from organisation.team where code = :t")
			.param("t", team)
			.query(Long.class)
			.single();
		assertThat(second).isEqualTo(
				new Row("O'Neill, Ciarán", "PROBATION_SERVICES_OFFICER", teamOffice, "AGENCY", "IOM", "2027-05-08"));
		assertThat(
				jdbc.sql("select detail from access.audit_event where action = 'IMPORT_STAFF' order by id desc limit 1")
					.query(String.class)
					.single())
			.isEqualTo("2 staff: API-1, API-2");
	}

	@Test
	void eachRejectedRowIsNamedAndNothingIsImported() {
		String team = team();
		String existing = jdbc.sql("select code from organisation.staff order by id limit 1")
			.query(String.class)
			.single();
		String csv = HEADER + "\n" + "BAD-1,Asha,Patel,PO," + team + ",37,EMPLOYED,2026-11-02\n" + existing
				+ ",Tom,Reid,PO," + team + ",37,EMPLOYED,2026-11-02\n" + "BAD-1,Ola,Adeyemi,PO," + team
				+ ",37,EMPLOYED,2026-11-02\n" + "BAD 3,,Lewis,Governor,NO-SUCH-TEAM,50,STAFF,02/11/2026\n"
				+ "BAD-4,Sam,Lee,PO," + team + ",37,EMPLOYED,2026-11-02,extra\n";
		long before = staff();

		TestHttp.Response response = post("admin", csv);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body())
			.contains("Line 3 has the staff code " + existing + ", which someone already has",
					"Line 4 repeats the staff code BAD-1 of line 2", "Line 5 has a staff code \\\"BAD 3\\\"",
					"Line 5 has no forename", "Line 5 has a grade \\\"Governor\\\"",
					"Line 5 names a team \\\"NO-SUCH-TEAM\\\" that does not exist",
					"Line 5 has contracted hours \\\"50\\\"", "Line 5 has employment \\\"STAFF\\\"",
					"Line 5 has a start date \\\"02/11/2026\\\"", "Line 6 has 9 values but the header has 8 columns")
			.doesNotContain("Line 2 ");
		assertThat(staff()).isEqualTo(before);
	}

	@Test
	void theHeaderMustNameEveryColumnOnceAndNothingElse() {
		TestHttp.Response response = post("admin", "code,forename,surname,grade,grade,salary\nX,Y,Z,PO,PO,1\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("The header names the column grade twice",
				"The header names a column \\\"salary\\\"", "The header has no team column",
				"The header has no start_date column");
		assertThat(post("admin", "").body()).contains("The file is empty");
		assertThat(post("admin", HEADER + "\n\n").body()).contains("a header row but no staff");
		assertThat(post("admin", HEADER + "\n" + ("X,Y,Z,PO,T,1,EMPLOYED,2026-01-01\n").repeat(2001)).body())
			.contains("The file has 2001 staff: import at most 2000 at a time");
	}

	@Test
	void onlyAnAdministratorImportsAndOnlyIntoTheirOwnProvidersTeams() {
		String csv = HEADER + "\nROLE-1,Kim,Ng,PO," + team() + ",37,EMPLOYED,2026-11-02\n";
		assertThat(post("manager", csv).status()).isEqualTo(403);
		assertThat(post("area", csv).status()).isEqualTo(403);
		assertThat(TestHttp.anonymous(port).postJson("/api/v1/staff/imports", "nobody", csv).status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from organisation.staff where code = 'ROLE-1'").query(Long.class).single())
			.isZero();

		// the import itself keeps a provider's staff in that provider's teams
		assertThatThrownBy(() -> staffImport.importCsv(-1L, csv)).isInstanceOf(BadRequest.class)
			.hasMessageContaining("names the team " + team() + " of another provider");
	}

	/**
	 * Any text (from CSV-like pieces: quotes, commas, line ends, real and wrong values)
	 * is either imported whole or refused with nothing written; never an error.
	 */
	@Test
	void anyTextImportsWholeOrNotAtAllAndNeverFails() throws Throwable {
		net.jqwik.api.sessions.JqwikSession.run("20261202", this::fuzzImports);
	}

	private void fuzzImports() {
		Random random = new Random(20261202);
		String team = team();
		Arbitrary<String> piece = Arbitraries.oneOf(
				Arbitraries.of(",", "\"", "\n", "\r\n", "\"\"", ",,", " ", "\uFEFF", "\u0000",
						"<script>alert(1)</script>", "=SUM(A1)", "37", "22.5", "-1", "PO", "PSO", "EMPLOYED",
						"2026-11-02", "2026-02-30", team, "FUZZ-", "'"),
				Arbitraries.strings().ofMaxLength(6), Arbitraries.integers().between(0, 99).map(String::valueOf));
		Arbitrary<String> row = piece.list().ofMaxSize(12).map(p -> String.join("", p));
		Arbitrary<String> validRow = Arbitraries.integers()
			.between(0, 999_999)
			.map(n -> "FUZZ-" + n + ",Fuzz,Tester,PO," + team + ",37,EMPLOYED,2026-11-02");
		RandomGenerator<String> files = Arbitraries
			.oneOf(row.list().ofMaxSize(6).map(rows -> HEADER + "\n" + String.join("\n", rows)),
					Arbitraries.oneOf(row, validRow)
						.list()
						.ofMaxSize(6)
						.map(rows -> HEADER + "\n" + String.join("\n", rows)),
					piece.list().ofMaxSize(40).map(p -> String.join("", p)))
			.generator(1000);
		CurrentUser admin = users.find("admin").orElseThrow();
		int imported = 0;
		int refused = 0;
		for (int i = 0; i < 300; i++) {
			String file = files.next(random).value();
			long before = staff();
			try {
				StaffImport.Imported done = imports.importCsv(admin, file);
				assertThat(staff()).as(file).isEqualTo(before + done.count());
				imported++;
			}
			catch (BadRequest bad) {
				assertThat(bad.problems()).as(file).isNotEmpty();
				assertThat(staff()).as(file).isEqualTo(before);
				refused++;
			}
		}
		assertThat(imported).isPositive();
		assertThat(refused).isPositive();
		// and over HTTP: a clear answer, never a server error or a stack trace
		for (int i = 0; i < 40; i++) {
			TestHttp.Response response = post("admin", files.next(random).value());
			assertThat(response.status()).isIn(201, 400);
			// JSON, which no browser renders as a page, so values may be quoted as sent
			assertThat(response.contentType()).matches("application/(problem\\+)?json.*");
			assertThat(response.body()).doesNotContain("Exception", "\tat org.");
		}
	}

}
