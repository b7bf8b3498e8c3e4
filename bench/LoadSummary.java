import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Summarises the Gatling runs of bench/load.sh: per dataset and number of users, each
 * request's count, errors, throughput and response-time percentiles; then, where both
 * datasets were run at the same number of users, the ratio national / London of each
 * request's 95th percentile. Run: java bench/LoadSummary.java [bench/results]
 */
public class LoadSummary {

	/** CPU seconds the platform and PostgreSQL used during a run (bench/load.sh writes them). */
	record Cpu(double app, double postgres) {
	}

	record Row(String request, long total, long ko, double perSecond, long p50, long p95, long p99, long max) {
	}

	static final Pattern ROW = Pattern.compile(
			"class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);

	static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)</td>");

	public static void main(String[] args) throws IOException {
		Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
		// dataset -> users -> rows
		Map<String, Map<Integer, List<Row>>> runs = new TreeMap<>();
		Map<Path, Cpu> cpu = new TreeMap<>();
		try (Stream<Path> dirs = Files.list(results)) {
			for (Path dataset : dirs.filter(d -> d.getFileName().toString().startsWith("load-")).sorted().toList()) {
				try (Stream<Path> userDirs = Files.list(dataset)) {
					for (Path run : userDirs.filter(d -> d.getFileName().toString().endsWith("-users")).toList()) {
						Path index = run.resolve("index.html");
						if (Files.exists(index)) {
							int users = Integer.parseInt(run.getFileName().toString().replace("-users", ""));
							runs.computeIfAbsent(dataset.getFileName().toString().substring(5), k -> new TreeMap<>())
								.put(users, parse(Files.readString(index)));
							Path seconds = run.resolve("cpu-seconds.txt");
							if (Files.exists(seconds)) {
								String[] words = Files.readString(seconds).trim().split("\\s+");
								cpu.put(Path.of(dataset.getFileName().toString().substring(5), String.valueOf(users)),
										new Cpu(Double.parseDouble(words[1]), Double.parseDouble(words[3])));
							}
						}
					}
				}
			}
		}
		for (var dataset : runs.entrySet()) {
			for (var run : dataset.getValue().entrySet()) {
				System.out.printf("%n%s data, %d concurrent users%n", dataset.getKey(), run.getKey());
				System.out.printf("%-36s %8s %6s %8s %7s %7s %7s %7s%n", "request (ms)", "count", "errors", "req/s",
						"median", "p95", "p99", "max");
				for (Row r : run.getValue()) {
					System.out.printf("%-36s %8d %6d %8.2f %7d %7d %7d %7d%n", r.request(), r.total(), r.ko(),
							r.perSecond(), r.p50(), r.p95(), r.p99(), r.max());
				}
				Cpu used = cpu.get(Path.of(dataset.getKey(), String.valueOf(run.getKey())));
				long requests = run.getValue()
					.stream()
					.filter(r -> r.request().equals("All Requests"))
					.mapToLong(Row::total)
					.sum();
				if (used != null && requests > 0) {
					System.out.printf("CPU: the platform %.0f s (%.1f ms a request), PostgreSQL %.0f s (%.1f ms a request)%n",
							used.app(), 1000 * used.app() / requests, used.postgres(), 1000 * used.postgres() / requests);
				}
			}
		}
		Map<Integer, List<Row>> london = runs.getOrDefault("london", Map.of());
		Map<Integer, List<Row>> national = runs.getOrDefault("national", Map.of());
		for (var entry : national.entrySet()) {
			List<Row> base = london.get(entry.getKey());
			if (base == null) {
				continue;
			}
			Map<String, Row> byName = new LinkedHashMap<>();
			base.forEach(r -> byName.put(r.request(), r));
			System.out.printf("%nRatio national / London at %d users (p95)%n", entry.getKey());
			System.out.printf("%-36s %9s %9s %7s%n", "request", "London", "national", "ratio");
			for (Row r : entry.getValue()) {
				Row l = byName.get(r.request());
				if (l != null) {
					System.out.printf("%-36s %9d %9d %7.2f%n", r.request(), l.p95(), r.p95(),
							l.p95() == 0 ? Double.NaN : (double) r.p95() / l.p95());
				}
			}
		}
	}

	static List<Row> parse(String html) {
		List<Row> rows = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Map<Integer, String> cells = new TreeMap<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
			}
			if (cells.size() < 13) {
				continue;
			}
			rows.add(new Row(row.group(1).trim().replace("&#39;", "'"), num(cells.get(2)), num(cells.get(4)),
					Double.parseDouble(cells.get(6).replace(",", "")), num(cells.get(8)), num(cells.get(10)),
					num(cells.get(11)), num(cells.get(12))));
		}
		return rows;
	}

	static long num(String text) {
		return text.isEmpty() || text.equals("-") ? 0 : Long.parseLong(text.replace(",", ""));
	}

}
