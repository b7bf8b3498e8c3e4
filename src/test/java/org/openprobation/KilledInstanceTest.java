package org.openprobation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

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

	private final List<Process> started = new ArrayList<>();

	private record Running(Process process, BlockingQueue<String> lines, List<String> seen) {

		/** Waits for a line of the instance's output, and returns it. */
		String await(Predicate<String> line, int seconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < deadline) {
				String next = lines.poll(1, TimeUnit.SECONDS);
				if (next != null) {
					seen.add(next);
					if (line.test(next)) {
						return next;
					}
				}
				else if (!process.isAlive()) {
					throw new AssertionError("the instance stopped (exit " + process.exitValue() + "):\n" + tail());
				}
			}
			throw new AssertionError("the instance did not log what was awaited within " + seconds + " s:\n" + tail());
		}

		String tail() {
			return String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size()));
		}

	}

	private Running start() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				OpenProbationApplication.class.getName(), "--server.port=0", "--openprobation.data-dir=" + dataDir,
				"--openprobation.demo.as-of=" + IntegrationTest.AS_OF, "--openprobation.demo.london-people=2000",
				"--openprobation.demo.london-practitioners=40", "--openprobation.demo.batch-size=500",
				"--logging.file.name=" + dataDir.resolve("app.log"))
			.redirectErrorStream(true);
		Process process = builder.start();
		started.add(process);
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					lines.add(line);
				}
			}
			catch (IOException ex) {
				// the process has gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		return new Running(process, lines, new ArrayList<>());
	}

	private long count(String table) throws Exception {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
		try (Connection c = DriverManager
			.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "postgres");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private String firstTeam() throws Exception {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
		try (Connection c = DriverManager
			.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "postgres");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select code from organisation.team order by id limit 1")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static int port(Running running) {
		return running.seen()
			.stream()
			.map(java.util.regex.Pattern.compile("OpenProbation is running on http://localhost:(\\d+)")::matcher)
			.filter(java.util.regex.Matcher::find)
			.map(m -> Integer.parseInt(m.group(1)))
			.findFirst()
			.orElseThrow();
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
		try {
			Running first = start();
			first.await(line -> line.contains("OpenProbation is running"), 300);
			StringBuilder csv = new StringBuilder(
					"code,forename,surname,grade,team,contracted_hours,employment,start_date\n");
			String team = firstTeam();
			for (int i = 1; i <= StaffImport.MAX_ROWS; i++) {
				csv.append("KILL-")
					.append(i)
					.append(",Test,Officer")
					.append(i)
					.append(",PO,")
					.append(team)
					.append(",37,EMPLOYED,2026-11-02\n");
			}
			long before = count("organisation.staff");
			java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
			http.sendAsync(importRequest(port(first), csv.toString()),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			first.await(line -> line.contains("Staff import: " + StaffImport.MAX_ROWS + " rows checked, writing them"),
					120);
			first.process().destroyForcibly(); // SIGKILL while the rows are being written
			assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

			long afterKill = count("organisation.staff") - before;
			assertThat(afterKill).as("all or nothing of the import").isIn(0L, (long) StaffImport.MAX_ROWS);

			Running second = start();
			second.await(line -> line.contains("OpenProbation is running"), 300);
			java.net.http.HttpResponse<String> again = http.send(importRequest(port(second), csv.toString()),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			// sent again: imported whole if the kill left nothing, refused whole (every
			// code
			// taken) if it had committed
			assertThat(again.statusCode()).isEqualTo(afterKill == 0 ? 201 : 400);
			assertThat(count("organisation.staff") - before).isEqualTo(StaffImport.MAX_ROWS);
			second.process().destroy();
			assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			stopEverything();
		}
	}

	/** Whatever a test leaves running: its instances, then the database they started. */
	private void stopEverything() throws IOException {
		for (Process p : started) {
			p.destroyForcibly();
		}
		if (Files.exists(dataDir.resolve("postgres/postmaster.pid"))) {
			ProcessHandle
				.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip()))
				.ifPresent(ProcessHandle::destroy);
		}
	}

	private ProcessHandle databaseServer() throws IOException {
		long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
		return ProcessHandle.of(pid).orElseThrow();
	}

	@Test
	void killedWhileGeneratingLeavesNothingAndTheNextStartGeneratesItWhole() throws Exception {
		try {
			Running first = start();
			first.await(line -> line.contains("Demo data: [") && line.contains("people"), 240);
			first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
			assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

			// the killed instance's database server is still running, and holds nothing
			// of
			// the generation
			ProcessHandle leftRunning = databaseServer();
			assertThat(leftRunning.isAlive()).isTrue();
			assertThat(count("organisation.provider")).isZero();
			assertThat(count("people.person")).isZero();
			assertThat(count("demo.generation")).isZero();

			Running second = start();
			second.await(line -> line.contains("OpenProbation is running"), 300);
			assertThat(second.seen()).anyMatch(line -> line.contains("left running on"))
				.anyMatch(line -> line.contains("people generated in"));
			assertThat(leftRunning.isAlive()).isFalse();
			assertThat(count("demo.generation")).isEqualTo(1);
			assertThat(count("people.person")).isEqualTo(2000);
			assertThat(count("organisation.provider")).isEqualTo(1);
			ProcessHandle server = databaseServer();
			second.process().destroy(); // SIGTERM: a clean stop stops its database server
										// too
			assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
		}
		finally {
			stopEverything();
		}
	}

}
