import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the national view and one provider's dashboard of a running OpenProbation with the national demo data,
 * one request at a time, signed in as the demo inspector.
 * Run: java bench/NationalLatency.java [baseUrl] [requests]
 */
public class NationalLatency {

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		csrf.find();
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=inspector&password=demo&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
		String national = client.send(HttpRequest.newBuilder(URI.create(base + "/oversight/national")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		int providers = national.split("data-provider=").length - 1;
		System.out.println("national view lists " + providers + " providers");
		Matcher provider = Pattern.compile("/oversight/providers/([A-Za-z0-9-]+)").matcher(national);
		provider.find();
		String path = "/oversight/providers/" + provider.group(1);
		long cold = System.nanoTime();
		client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
		System.out.printf("%-32s %8d %8.1f%n", "provider dashboard (cold)", 1, (System.nanoTime() - cold) / 1e6);
		System.out.printf("%-32s %8s %8s %8s %8s %8s%n", "page (ms)", "n", "median", "p95", "p99", "max");
		measure(client, "national view (28 providers)", requests, () -> base + "/oversight/national");
		measure(client, "a provider's dashboard", requests, () -> base + path);
	}

	static void measure(HttpClient client, String label, int requests, Supplier<String> url) throws Exception {
		for (int i = 0; i < Math.min(50, requests); i++) {
			client.send(HttpRequest.newBuilder(URI.create(url.get())).build(), HttpResponse.BodyHandlers.discarding());
		}
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url.get())).build(),
					HttpResponse.BodyHandlers.discarding());
			millis[i] = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url.get() + " answered " + response.statusCode());
			}
		}
		Arrays.sort(millis);
		System.out.printf("%-32s %8d %8.1f %8.1f %8.1f %8.1f%n", label, requests, millis[requests / 2],
				millis[(int) Math.ceil(requests * 0.95) - 1], millis[(int) Math.ceil(requests * 0.99) - 1],
				millis[requests - 1]);
	}

}
