import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures page response times of a running OpenProbation on loopback, one request at a time:
 * case overview, my caseload and a partial-surname search, signed in as the demo practitioner.
 * Run: java bench/PageLatency.java [baseUrl] [requestsPerPage]
 */
public class PageLatency {

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(client, base, "practitioner");

		// CRNs and surname prefixes to spread the load over the whole caseload, from the API.
		String auth = "Basic " + Base64.getEncoder().encodeToString("practitioner:demo".getBytes(StandardCharsets.UTF_8));
		List<String> crns = new ArrayList<>();
		Pattern crn = Pattern.compile("\"crn\":\"([A-Z][0-9]{6})\"");
		Pattern name = Pattern.compile("\"name\":\"[^\" ]+ ([A-Za-z']{3})");
		List<String> prefixes = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/people?size=200&page=" + page * 29))
				.header("Authorization", auth)
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = crn.matcher(body);
			while (m.find()) {
				crns.add(m.group(1));
			}
			Matcher n = name.matcher(body);
			while (n.find()) {
				prefixes.add(n.group(1).toLowerCase());
			}
		}
		Random random = new Random(42);
		System.out.printf("%-28s %8s %8s %8s %8s %8s%n", "page (ms)", "n", "median", "p95", "p99", "max");
		measure(client, "case overview", requests, () -> base + "/cases/" + crns.get(random.nextInt(crns.size())));
		measure(client, "my caseload", requests, () -> base + "/caseload");
		measure(client, "officer's week diary", requests, () -> base + "/diary");
		measure(client, "things to do (practitioner)", requests, () -> base + "/tasks");
		measure(client, "contact history", requests,
				() -> base + "/cases/" + crns.get(random.nextInt(crns.size())) + "/contacts");
		apiBasic = "practitioner";
		measure(client, "compliance summary (API)", requests,
				() -> base + "/api/v1/people/" + crns.get(random.nextInt(crns.size())) + "/compliance");
		apiBasic = null;
		measure(client, "partial-surname search", requests, () -> base + "/people?q="
				+ URLEncoder.encode(prefixes.get(random.nextInt(prefixes.size())), StandardCharsets.UTF_8));
		HttpClient manager = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(manager, base, "manager");
		String team = manager.send(HttpRequest.newBuilder(URI.create(base + "/team")).build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow()
			.replaceAll(".*/teams/([^/]+)/caseload", "$1");
		measure(manager, "team caseload (manager)", requests, () -> base + "/teams/" + team + "/caseload");
		measure(manager, "team workload (manager)", requests, () -> base + "/teams/" + team + "/workload");
		measure(manager, "team oversight (manager)", requests, () -> base + "/teams/" + team + "/oversight");
		String queue = manager.send(HttpRequest.newBuilder(URI.create(base + "/teams/" + team + "/allocations")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher waiting = Pattern.compile("/teams/[^/]+/allocations/([0-9]+)").matcher(queue);
		if (waiting.find()) {
			String id = waiting.group(1);
			measure(manager, "allocation recommendation", requests, () -> base + "/teams/" + team + "/allocations/" + id);
		}
		HttpClient area = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(area, base, "area");
		String areaPath = area.send(HttpRequest.newBuilder(URI.create(base + "/area/workload")).build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow()
			.replaceAll(".*(/areas/.*)", "$1");
		measure(area, "area workload (area manager)", Math.max(50, requests / 5), () -> base + areaPath);
		measure(area, "overdue list (provider)", Math.max(50, requests / 10), () -> base + "/overdue");
		HttpClient upw = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(upw, base, "unpaidwork");
		String day = upw.send(HttpRequest.newBuilder(URI.create(base + "/unpaid-work/sessions")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher session = Pattern.compile("/unpaid-work/sessions/([0-9]+)").matcher(day);
		List<String> sessions = new ArrayList<>();
		while (session.find()) {
			sessions.add(session.group(1));
		}
		measure(upw, "unpaid work: day's sessions", requests, () -> base + "/unpaid-work/sessions");
		if (!sessions.isEmpty()) {
			measure(upw, "unpaid work: register", requests,
					() -> base + "/unpaid-work/sessions/" + sessions.get(random.nextInt(sessions.size())));
		}
		measure(upw, "unpaid work: manager's view", Math.max(20, requests / 20), () -> base + "/unpaid-work/overview");
		measure(upw, "unpaid work: next week's plan", Math.max(10, requests / 50), () -> base + "/unpaid-work/plan");

		HttpClient quality = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(quality, base, "quality");
		String provider = quality.send(HttpRequest.newBuilder(URI.create(base + "/oversight")).build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow()
			.replaceAll(".*(/oversight/providers/.*)", "$1");
		long cold = System.nanoTime();
		get(quality, base + provider);
		System.out.printf("%-28s %8d %8.1f%n", "provider dashboard (cold)", 1, (System.nanoTime() - cold) / 1e6);
		measure(quality, "oversight: provider dashboard", requests, () -> base + provider);
		measure(quality, "oversight: team dashboard", requests, () -> base + "/oversight/teams/" + team);
		measure(quality, "oversight: cases behind a figure", Math.max(50, requests / 5),
				() -> base + provider + "/cases/plan-gaps");
		measure(quality, "equality monitoring", Math.max(20, requests / 20), () -> base + "/oversight/equality");
		measure(quality, "workforce information", Math.max(50, requests / 5), () -> base + "/oversight/workforce");
		measure(quality, "self-inspection projection", Math.max(50, requests / 5),
				() -> base + "/inspections/self-inspection");
		Matcher inspection = Pattern.compile("/inspections/([0-9]+)\"")
			.matcher(quality.send(HttpRequest.newBuilder(URI.create(base + "/inspections")).build(),
					HttpResponse.BodyHandlers.ofString()).body());
		if (inspection.find()) {
			String id = inspection.group(1);
			measure(quality, "inspection report (HTML)", Math.max(20, requests / 20),
					() -> base + "/inspections/" + id + "/report");
			measure(quality, "inspection report (PDF)", Math.max(20, requests / 20),
					() -> base + "/inspections/" + id + "/report.pdf");
		}
		HttpClient inspector = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(inspector, base, "inspector");
		measure(inspector, "national view", Math.max(50, requests / 5), () -> base + "/oversight/national");
		drawSamples(client, base, Math.max(10, requests / 50));
	}

	/** Draws samples of 150 through the API as the inspector, one at a time. */
	static void drawSamples(HttpClient client, String base, int draws) throws Exception {
		String auth = "Basic " + Base64.getEncoder().encodeToString("inspector:demo".getBytes(StandardCharsets.UTF_8));
		double[] millis = new double[draws];
		for (int i = 0; i < draws; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inspections"))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"size\": 150, \"sizeReason\": \"benchmark\", \"seed\": " + (1000 + i) + "}"))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			millis[i] = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 201) {
				throw new IllegalStateException("drawing a sample answered " + response.statusCode() + ": " + response.body());
			}
		}
		Arrays.sort(millis);
		System.out.printf("%-28s %8d %8.1f %8.1f %8.1f %8.1f%n", "draw a sample of 150 (API)", draws, millis[draws / 2],
				millis[(int) Math.ceil(draws * 0.95) - 1], millis[(int) Math.ceil(draws * 0.99) - 1], millis[draws - 1]);
	}

	static void signIn(HttpClient client, String base, String username) throws Exception {
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no sign-in form at " + base);
		}
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	static void measure(HttpClient client, String label, int requests, Supplier<String> url) throws Exception {
		if (requests == 0) {
			return;
		}
		for (int i = 0; i < Math.min(200, requests); i++) {
			get(client, url.get());
		}
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			String u = url.get();
			long start = System.nanoTime();
			int status = get(client, u);
			millis[i] = (System.nanoTime() - start) / 1e6;
			if (status != 200) {
				throw new IllegalStateException(u + " answered " + status);
			}
		}
		Arrays.sort(millis);
		System.out.printf("%-28s %8d %8.1f %8.1f %8.1f %8.1f%n", label, requests, millis[requests / 2],
				millis[(int) Math.ceil(requests * 0.95) - 1], millis[(int) Math.ceil(requests * 0.99) - 1],
				millis[requests - 1]);
	}

	/** When set, requests go to the API with HTTP Basic as this user (password demo). */
	static String apiBasic;

	static int get(HttpClient client, String url) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (apiBasic != null) {
			request.header("Accept", "application/json")
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((apiBasic + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request.header("Accept", "text/html");
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
