package org.openprobation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP against the running test server: the API with HTTP Basic, pages with a
 * signed-in session.
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private TestHttp(int port, HttpClient client) {
		this.base = "http://localhost:" + port;
		this.client = client;
	}

	/** A client with no session, for the API and anonymous calls. */
	public static TestHttp anonymous(int port) {
		return new TestHttp(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
	}

	/**
	 * A browser-like client that keeps cookies and does not follow redirects, not signed
	 * in.
	 */
	public static TestHttp browser(int port) {
		return new TestHttp(port,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.connectTimeout(Duration.ofSeconds(10))
					.build());
	}

	/**
	 * A browser-like client signed in through the sign-in form, keeping its session
	 * cookie.
	 */
	public static TestHttp signedIn(int port, String username) {
		return signedIn(port, username, "demo");
	}

	/** The same, with the user's own password. */
	public static TestHttp signedIn(int port, String username, String password) {
		TestHttp http = browser(port);
		Response form = http.get("/login", null);
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + csrf(form.body());
		Response signIn = http.send(HttpRequest.newBuilder(URI.create(http.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		if (signIn.status() != 302 || signIn.header("Location").contains("error")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + signIn.status());
		}
		return http;
	}

	public record Response(int status, String body, HttpResponse<String> raw) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse("");
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String contentType() {
			return header("Content-Type");
		}

	}

	/** GET with HTTP Basic as {@code user} (password demo), or anonymously when null. */
	public Response get(String path, String user) {
		return getWithPassword(path, user, "demo");
	}

	/**
	 * GET with HTTP Basic as {@code user} with the password, or anonymously when null.
	 */
	public Response getWithPassword(String path, String user, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", path.startsWith("/api") || path.startsWith("/v3") ? "application/json" : "text/html");
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return send(request.GET().build());
	}

	/** The body of a GET with HTTP Basic as {@code user} (password demo), as bytes. */
	public byte[] getBytes(String path, String user) {
		try {
			return client
				.send(HttpRequest.newBuilder(URI.create(base + path))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray())
				.body();
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** POST JSON to the API with HTTP Basic as {@code user} (password demo). */
	public Response postJson(String path, String user, String json) {
		return sendJson("POST", path, user, json);
	}

	/** PUT JSON to the API with HTTP Basic as {@code user} (password demo). */
	public Response putJson(String path, String user, String json) {
		return sendJson("PUT", path, user, json);
	}

	private Response sendJson(String method, String path, String user, String json) {
		return sendJson(method, path, user, "demo", json);
	}

	/** JSON to the API with HTTP Basic as {@code user} with the password given. */
	public Response sendJson(String method, String path, String user, String password, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * POSTs bytes as the body with HTTP Basic as {@code user} (password demo), with the
	 * content type and a Content-Disposition naming the file when given.
	 */
	public Response postBytes(String path, String user, String contentType, String fileName, byte[] bytes) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		if (fileName != null) {
			request.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
	}

	/**
	 * POSTs a multipart form as this signed-in client, with the CSRF token of the page
	 * given: the fields, and one file under {@code fileField}.
	 */
	public Response postMultipartFrom(String tokenPage, String path, java.util.Map<String, String> fields,
			String fileField, String fileName, byte[] file) {
		String token = csrf(page(tokenPage).body());
		String boundary = "----openprobation-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
		all.put("_csrf", token);
		all.putAll(fields);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** GET a page with this client's session. */
	public Response page(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	/**
	 * POSTs a form as this signed-in client, with the CSRF token its home page carries.
	 */
	public Response postForm(String path, String form) {
		return postFormFrom("/", path, form);
	}

	/** POSTs a form with the CSRF token of the page given (the form's own page, say). */
	public Response postFormFrom(String tokenPage, String path, String form) {
		String token = csrf(page(tokenPage).body());
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&" + form))
			.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return m.group(1);
	}

}
