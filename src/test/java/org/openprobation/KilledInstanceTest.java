package org.openprobation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openprobation.organisation.StaffImport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the application while it generates the demo data, and while it imports
 * staff: the generation is one transaction, so the database holds nothing of it; the
 * database server the killed instance left running is stopped by the next start, which
 * generates the data again, whole. The instance runs in its own JVM on its own embedded
 * PostgreSQL (a smaller London, so that it runs in seconds).
 */
class KilledInstanceTest {

	@TempDir
	Path dataDir;

	/** A smaller London, so that it generates in seconds. */
	private ChildInstance instance() {
		return new ChildInstance(dataDir, "--openprobation.demo.as-of=" + IntegrationTest.AS_OF,
				"--openprobation.demo.london-people=2000", "--openprobation.demo.london-practitioners=40",
				"--openprobation.demo.batch-size=500");
	}

	private long count(ChildInstance instance, String table) throws Exception {
		return instance.count("select count(*) from " + table);
	}

	private static java.net.http.HttpRequest importRequest(int port, String csv) {
		return java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/staff/imports"))
			.header("Content-Type", "text/csv; charset=utf-8")
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
			.build();
	}

	@Test
	void killedWhileImportingStaffLeavesAllOrNoneOfTheImportAndTheImportThenCompletes() throws Exception {
		try (ChildInstance first = instance(); ChildInstance second = instance()) {
			first.start(300);
			StringBuilder csv = new StringBuilder(
					"code,forename,surname,grade,team,contracted_hours,employment,start_date\n");
			String team = firstTeam(first);
			for (int i = 1; i <= StaffImport.MAX_ROWS; i++) {
				csv.append("KILL-")
					.append(i)
					.append(",Test,Officer")
					.append(i)
					.append(",PO,")
					.append(team)
					.append(",37,EMPLOYED,2026-11-02\n");
			}
			long before = count(first, "organisation.staff");
			java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
			http.sendAsync(importRequest(first.port(), csv.toString()),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			first.await(line -> line.contains("Staff import: " + StaffImport.MAX_ROWS + " rows checked, writing them"),
					120);
			first.kill(); // SIGKILL while the rows are being written

			long afterKill = count(first, "organisation.staff") - before;
			assertThat(afterKill).as("all or nothing of the import").isIn(0L, (long) StaffImport.MAX_ROWS);

			second.start(300);
			java.net.http.HttpResponse<String> again = http.send(importRequest(second.port(), csv.toString()),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			// sent again: imported whole if the kill left nothing, refused whole (every
			// code taken) if it had committed
			assertThat(again.statusCode()).isEqualTo(afterKill == 0 ? 201 : 400);
			assertThat(count(second, "organisation.staff") - before).isEqualTo(StaffImport.MAX_ROWS);
		}
	}

	private static String firstTeam(ChildInstance instance) throws Exception {
		try (Connection c = instance.connection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select code from organisation.team order by id limit 1")) {
			rs.next();
			return rs.getString(1);
		}
	}

	@Test
	void killedWhileGeneratingLeavesNothingAndTheNextStartGeneratesItWhole() throws Exception {
		try (ChildInstance first = instance(); ChildInstance second = instance()) {
			first.launch();
			first.await(line -> line.contains("Demo data: [") && line.contains("people"), 240);
			first.kill(); // SIGKILL: no shutdown hook runs

			// the killed instance's database server is still running, and holds nothing
			// of the generation
			ProcessHandle leftRunning = first.databaseServer();
			assertThat(leftRunning.isAlive()).isTrue();
			assertThat(count(first, "organisation.provider")).isZero();
			assertThat(count(first, "people.person")).isZero();
			assertThat(count(first, "demo.generation")).isZero();

			second.start(300);
			assertThat(second.seen()).anyMatch(line -> line.contains("left running on"))
				.anyMatch(line -> line.contains("people generated in"));
			assertThat(leftRunning.isAlive()).isFalse();
			assertThat(count(second, "demo.generation")).isEqualTo(1);
			assertThat(count(second, "people.person")).isEqualTo(2000);
			assertThat(count(second, "organisation.provider")).isEqualTo(1);
			ProcessHandle server = second.databaseServer();
			second.process().destroy(); // SIGTERM: a clean stop stops its database server
										// too
			assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
		}
	}

}
