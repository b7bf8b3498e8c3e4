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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform in its own JVM on its own embedded PostgreSQL, for tests that kill it
 * (kill -9) or need a second database: its output is read line by line, and its database
 * is reached directly through the port in {@code postmaster.pid}.
 */
public final class ChildInstance implements AutoCloseable {

	private static final Pattern RUNNING = Pattern.compile("OpenProbation is running on http://localhost:(\\d+)");

	private final Path dataDir;

	private final List<String> arguments;

	private final List<String> seen = new ArrayList<>();

	private Process process;

	private BlockingQueue<String> lines;

	private int port;

	/** An instance on this data directory with these arguments (besides a free port). */
	public ChildInstance(Path dataDir, String... arguments) {
		this.dataDir = dataDir;
		this.arguments = List.of(arguments);
	}

	/** Starts it and waits until it says it is running (at most {@code seconds}). */
	public ChildInstance start(int seconds) throws IOException, InterruptedException {
		launch();
		return awaitRunning(seconds);
	}

	/** Starts it, without waiting. */
	public ChildInstance launch() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				OpenProbationApplication.class.getName(), "--server.port=0", "--openprobation.data-dir=" + dataDir,
				"--logging.file.name=" + dataDir.resolve("app.log")));
		command.addAll(arguments);
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		lines = new LinkedBlockingQueue<>();
		BlockingQueue<String> queue = lines;
		Process started = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					queue.add(line);
				}
			}
			catch (IOException ex) {
				// the process has gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		return this;
	}

	/** Waits until it says it is running, and learns its port. */
	public ChildInstance awaitRunning(int seconds) throws InterruptedException {
		Matcher running = RUNNING.matcher(await(line -> RUNNING.matcher(line).find(), seconds));
		running.find();
		port = Integer.parseInt(running.group(1));
		return this;
	}

	/** Waits for a line of its output, and returns it. */
	public String await(Predicate<String> line, int seconds) throws InterruptedException {
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

	private String tail() {
		return String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size()));
	}

	/** Every line of its output read so far. */
	public List<String> seen() {
		return List.copyOf(seen);
	}

	public Process process() {
		return process;
	}

	/** The database server it started (or left running). */
	public ProcessHandle databaseServer() throws IOException {
		return ProcessHandle
			.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip()))
			.orElseThrow();
	}

	public int port() {
		return port;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * kill -9: the JVM stops at once, mid-transaction, leaving its database server
	 * running.
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("the instance did not die");
		}
	}

	/** A connection to its database, as the superuser. */
	public Connection connection() throws Exception {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
				"postgres", "postgres");
	}

	/** A number the instance's database answers, read directly. */
	public long count(String sql) throws Exception {
		try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Stops the instance, then the database server it started. */
	@Override
	public void close() throws IOException, InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		Path pid = dataDir.resolve("postgres/postmaster.pid");
		if (Files.exists(pid)) {
			ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(ProcessHandle::destroy);
		}
	}

}
