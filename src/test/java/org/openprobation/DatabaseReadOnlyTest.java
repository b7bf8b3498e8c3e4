package org.openprobation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.openprobation.shared.DatabaseDown;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that turns read-only (maintenance, a switch to a standby) or runs out of
 * space gives a clear 503 saying so, on pages and in the API, and saves nothing; when it
 * is writable again the platform carries on by itself.
 */
@IntegrationTest
class DatabaseReadOnlyTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The embedded server's superuser: the application's own role may not change the
	 * server.
	 */
	@Autowired
	io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	private Connection administrator() throws SQLException {
		Connection c = postgres.getPostgresDatabase().getConnection();
		try (Statement s = c.createStatement()) {
			s.execute("set default_transaction_read_only = off");
		}
		return c;
	}

	private void readOnly(boolean on) throws Exception {
		try (Connection c = administrator(); Statement s = c.createStatement()) {
			s.execute(on ? "alter system set default_transaction_read_only = on"
					: "alter system reset default_transaction_read_only");
			s.execute("select pg_reload_conf()");
		}
		// the reload reaches each connection at its next statement
		org.awaitility.Awaitility.await("the configuration reloaded")
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.sql("show default_transaction_read_only").query(String.class).single(),
					org.hamcrest.Matchers.equalTo(on ? "on" : "off"));
	}

	/**
	 * The practitioner's first or last unrestricted case by CRN (two tests, two cases).
	 */
	private String practitionersCase(boolean first) {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn %s limit 1
				""".formatted(first ? "asc" : "desc")).query(String.class).single().trim();
	}

	private long contacts() {
		return jdbc.sql("select count(*) from contacts.contact").query(Long.class).single();
	}

	@Test
	void aReadOnlyDatabaseGivesAClearUnavailableAnswerAndSavesNothing() throws Exception {
		String crn = practitionersCase(true);
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		TestHttp api = TestHttp.anonymous(port);
		assertThat(practitioner.page("/cases/" + crn).status()).isEqualTo(200);
		long before = contacts();
		String booking = """
				{"type": "TELEPHONE", "start": "2027-01-11T09:00:00", "end": "2027-01-11T09:20:00",
				 "purpose": "Read-only test", "overrideReason": "Read-only test"}
				""";
		try {
			readOnly(true);
			TestHttp.Response page = practitioner.page("/cases/" + crn);
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.header("Retry-After")).isEqualTo("10");
			assertThat(page.body()).contains("The database is read-only just now").doesNotContain("Exception");
			TestHttp.Response problem = api.postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
					booking);
			assertThat(problem.status()).isEqualTo(503);
			assertThat(problem.contentType()).startsWith("application/problem+json");
			assertThat(problem.json().path("detail").asString()).contains("read-only");
		}
		finally {
			readOnly(false);
		}
		assertThat(contacts()).isEqualTo(before);
		assertThat(practitioner.page("/cases/" + crn).status()).isEqualTo(200);
		assertThat(api.postJson("/api/v1/people/" + crn + "/appointments", "practitioner", booking).status())
			.isEqualTo(201);
		assertThat(contacts()).isEqualTo(before + 1);
	}

	/**
	 * PostgreSQL's own "could not extend file" error (disk_full), raised where a full
	 * disk raises it: when a write needs a table to grow. A real full disk needs a file
	 * system the tests cannot make on every machine.
	 */
	private void outOfSpace(String table, boolean full) {
		String trigger = "test_out_of_space_" + table.replace('.', '_');
		JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		if (full) {
			jdbc.sql("""
					create or replace function public.test_out_of_space() returns trigger language plpgsql as $$
					begin
					  raise exception 'could not extend file "base/16384/16385": No space left on device'
					    using errcode = 'disk_full', hint = 'Check free disk space.';
					end $$
					""").update();
			jdbc.sql("create trigger " + trigger + " before insert on " + table
					+ " for each row execute function public.test_out_of_space()")
				.update();
		}
		else {
			jdbc.sql("drop trigger if exists " + trigger + " on " + table).update();
		}
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void aDatabaseOutOfSpaceGivesAClearUnavailableAnswerAndSavesNothingThenCarriesOn() {
		String crn = practitionersCase(false);
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		TestHttp api = TestHttp.anonymous(port);
		String booking = """
				{"type": "TELEPHONE", "start": "2027-01-12T09:00:00", "end": "2027-01-12T09:20:00",
				 "purpose": "Out of space test", "overrideReason": "Out of space test"}
				""";
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		String rsr = "percent=8.50&source=OASys&scoredOn.day=" + today.getDayOfMonth() + "&scoredOn.month="
				+ today.getMonthValue() + "&scoredOn.year=" + today.getYear();
		long contacts = contacts();
		long scores = rows("assessment.rsr_score");
		String tier = jdbc
			.sql("select t.tier from assessment.tier t join people.person p on p.id = t.person_id"
					+ " where p.crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.optional()
			.orElse("none");
		try {
			outOfSpace("contacts.contact", true);
			outOfSpace("assessment.rsr_score", true);
			TestHttp.Response problem = api.postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
					booking);
			assertThat(problem.status()).isEqualTo(503);
			assertThat(problem.header("Retry-After")).isEqualTo("10");
			assertThat(problem.contentType()).startsWith("application/problem+json");
			assertThat(problem.json().path("detail").asString()).contains("run out of space")
				.contains("nothing was saved");
			TestHttp.Response page = practitioner.postForm("/cases/" + crn + "/rsr", rsr);
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.body()).contains("The database has run out of space")
				.doesNotContain("Exception")
				.doesNotContain("base/16384");
			// reading still works: only what needs more space fails
			assertThat(practitioner.page("/cases/" + crn).status()).isEqualTo(200);
		}
		finally {
			outOfSpace("contacts.contact", false);
			outOfSpace("assessment.rsr_score", false);
		}
		assertThat(contacts()).isEqualTo(contacts);
		assertThat(rows("assessment.rsr_score")).isEqualTo(scores);
		assertThat(jdbc
			.sql("select t.tier from assessment.tier t join people.person p on p.id = t.person_id"
					+ " where p.crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.optional()
			.orElse("none")).isEqualTo(tier);
		assertThat(api.postJson("/api/v1/people/" + crn + "/appointments", "practitioner", booking).status())
			.isEqualTo(201);
		assertThat(contacts()).isEqualTo(contacts + 1);
	}

	@Test
	void eachKindOfUnavailableDatabaseIsToldApartFromAFaultInARequest() {
		assertThat(DatabaseDown.reason(new UncategorizedSQLException("insert", "insert into x",
				new SQLException("cannot execute INSERT in a read-only transaction", "25006"))))
			.contains(DatabaseDown.Reason.READ_ONLY);
		assertThat(DatabaseDown.reason(new DataAccessResourceFailureException("insert",
				new SQLException("could not extend file: No space left on device", "53100"))))
			.contains(DatabaseDown.Reason.OUT_OF_SPACE);
		assertThat(DatabaseDown
			.reason(new DataAccessResourceFailureException("connect", new SQLException("Connection refused", "08001"))))
			.contains(DatabaseDown.Reason.UNREACHABLE);
		assertThat(DatabaseDown.reason(new DataAccessResourceFailureException("shutting down",
				new SQLException("the database system is shutting down", "57P03"))))
			.contains(DatabaseDown.Reason.UNREACHABLE);
		assertThat(DatabaseDown
			.reason(new UncategorizedSQLException("select", "select", new SQLException("division by zero", "22012"))))
			.isEmpty();
		assertThat(DatabaseDown.reason(new IllegalStateException("a fault"))).isEmpty();
	}

}
