package org.openprobation;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testidp.TestIdentityProvider;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real provider's first days (issue 26), on an empty database with demo data off: the
 * operator's first start makes the administrator, who builds the organisation from a
 * provider down to a team, brings in a member of staff and gives them an account; that
 * practitioner signs in with their one-time password and then their own. People also sign
 * in through the organisation's identity provider, a real OpenID Connect provider started
 * here (Spring Authorization Server): matched to their account by email, signed out there
 * too, and refused when their account is disabled or missing.
 */
class RealProviderJourneyTest {

	private static final String OPERATOR = "operator";

	private static final String OPERATOR_PASSWORD = "the operator's first password";

	private static ConfigurableApplicationContext identityProvider;

	private static ConfigurableApplicationContext application;

	private static int port;

	@BeforeAll
	static void start() {
		identityProvider = TestIdentityProvider.start();
		application = new SpringApplicationBuilder(OpenProbationApplication.class).run("--server.port=0",
				"--openprobation.demo.generate=never", "--openprobation.data-dir=" + Path.of("target", "real-provider"),
				"--openprobation.embedded-database.clean-on-start=true",
				"--logging.file.name=target/real-provider/openprobation.log",
				"--openprobation.oversight.record-on-start=false", "--openprobation.oversight.warm-on-start=false",
				"--spring.jmx.enabled=false", "--openprobation.admin.username=" + OPERATOR,
				"--openprobation.admin.password=" + OPERATOR_PASSWORD,
				"--openprobation.oidc.issuer-uri=" + TestIdentityProvider.issuer(identityProvider),
				"--openprobation.oidc.client-id=" + TestIdentityProvider.CLIENT_ID,
				"--openprobation.oidc.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
				"--openprobation.oidc.username-claim=email", "--openprobation.oidc.name=the test identity provider");
		port = ((WebServerApplicationContext) application).getWebServer().getPort();
		TestIdentityProvider.client("http://localhost:" + port);
		organisation();
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		if (identityProvider != null) {
			identityProvider.close();
		}
	}

	/**
	 * The operator builds a provider down to a team, and brings in one member of staff.
	 */
	private static void organisation() {
		TestHttp api = TestHttp.anonymous(port);
		String[][] units = {
				{ "providers", "{\"code\": \"WM\", \"name\": \"West Midlands\", \"type\": \"UNIFIED_REGION\"}" },
				{ "areas", "{\"code\": \"WM-BHM\", \"name\": \"Birmingham\", \"providerCode\": \"WM\"}" },
				{ "boroughs", "{\"code\": \"WM-BHM-N\", \"name\": \"Birmingham North\", \"areaCode\": \"WM-BHM\"}" },
				{ "offices",
						"{\"code\": \"WM-BHM-O1\", \"name\": \"Lancaster Circus\", \"boroughCode\": \"WM-BHM-N\"}" },
				{ "teams",
						"{\"code\": \"WM-BHM-T1\", \"name\": \"Birmingham North 1\", \"officeCode\": \"WM-BHM-O1\"}" } };
		for (String[] unit : units) {
			TestHttp.Response created = api.sendJson("POST", "/api/v1/organisation/" + unit[0], OPERATOR,
					OPERATOR_PASSWORD, unit[1]);
			assertThat(created.status()).as("%s: %s", unit[0], created.body()).isEqualTo(201);
		}
		TestHttp.Response staff = api.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/staff/imports"))
			.header("Content-Type", "text/csv")
			.header("Accept", "application/json")
			.header("Authorization", basic(OPERATOR, OPERATOR_PASSWORD))
			.POST(HttpRequest.BodyPublishers.ofString("""
					code,forename,surname,grade,team,contracted_hours,employment,start_date
					WM0001,Alex,Example,PROBATION_OFFICER,WM-BHM-T1,37,EMPLOYED,2026-01-05
					"""))
			.build());
		assertThat(staff.status()).as(staff.body()).isEqualTo(201);
	}

	@Test
	void aPractitionerGivenAnAccountSignsInWithTheirOneTimePasswordThenTheirOwn() {
		TestHttp api = TestHttp.anonymous(port);
		TestHttp.Response created = api.sendJson("POST", "/api/v1/users", OPERATOR, OPERATOR_PASSWORD, """
				{"username": "alex.example", "name": "Alex Example", "email": "alex.example@example.org",
				 "roles": ["PRACTITIONER"], "providerCode": "WM", "staffCode": "WM0001"}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String oneTime = created.json().get("oneTimePassword").asString();

		TestHttp practitioner = TestHttp.signedIn(port, "alex.example", oneTime);
		assertThat(practitioner.page("/caseload").header("Location")).endsWith("/account/password");
		TestHttp.Response changed = practitioner.postFormFrom("/account/password", "/account/password",
				"currentPassword=" + TestHttp.encode(oneTime) + "&newPassword=alex+chose+this+one"
						+ "&confirmPassword=alex+chose+this+one");
		assertThat(changed.status()).isEqualTo(302);

		TestHttp again = TestHttp.signedIn(port, "alex.example", "alex chose this one");
		TestHttp.Response caseload = again.page("/caseload");
		assertThat(caseload.status()).isEqualTo(200);
		assertThat(caseload.body()).contains("No cases are allocated");
		TestHttp.Response home = again.page("/");
		assertThat(home.body()).contains("Welcome, Alex Example").doesNotContain("id=\"demo-sign-ins\"");
		// no demo sign-in exists on a real deployment
		assertThat(api.get("/api/v1/organisation/summary", "admin").status()).isEqualTo(401);
	}

	@Test
	void aPersonSignsInThroughTheIdentityProviderAndOutOfBoth() {
		account("pat.sso", "Pat Single");
		Browser browser = new Browser();
		String landed = browser.signInThroughIdentityProvider("pat.sso");
		assertThat(landed).isEqualTo(base() + "/");
		HttpResponse<String> home = browser.get(base() + "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Welcome, Pat Single");

		// signing out here signs out at the identity provider too, and comes back here
		HttpResponse<String> out = browser.post(base() + "/logout", "_csrf=" + csrf(home.body()));
		String there = location(out);
		assertThat(there).startsWith(TestIdentityProvider.issuer(identityProvider)).contains("id_token_hint");
		String back = location(browser.get(there));
		assertThat(back).isEqualTo(base() + "/login?signedOut");
		assertThat(location(browser.get(base() + "/"))).endsWith("/login");
		// the identity provider asks for the password again
		String authorize = location(browser.get(base() + "/oauth2/authorization/oidc"));
		assertThat(location(browser.get(authorize))).endsWith("/login");
	}

	@Test
	void aDisabledAccountOrNoneIsRefusedAndDisablingEndsASingleSignOnSession() {
		account("sam.disabled", "Sam Disabled");
		Browser browser = new Browser();
		assertThat(browser.signInThroughIdentityProvider("sam.disabled")).isEqualTo(base() + "/");
		assertThat(browser.get(base() + "/").statusCode()).isEqualTo(200);

		TestHttp api = TestHttp.anonymous(port);
		int version = api.getWithPassword("/api/v1/users/sam.disabled", OPERATOR, OPERATOR_PASSWORD)
			.json()
			.get("version")
			.asInt();
		assertThat(api
			.sendJson("PATCH", "/api/v1/users/sam.disabled", OPERATOR, OPERATOR_PASSWORD,
					"{\"enabled\": false, \"version\": %d}".formatted(version))
			.status()).isEqualTo(200);
		assertThat(location(browser.get(base() + "/"))).endsWith("/login?ended");

		Browser later = new Browser();
		assertThat(later.signInThroughIdentityProvider("sam.disabled")).endsWith("/login?refused");
		assertThat(later.get(base() + "/login").body()).contains("id=\"sign-in-refused\"").contains("disabled");

		Browser stranger = new Browser();
		assertThat(stranger.signInThroughIdentityProvider("no.account")).endsWith("/login?refused");
		assertThat(stranger.get(base() + "/login").body()).contains("no OpenProbation account");
	}

	@Test
	void theSignInPageOffersTheIdentityProvider() {
		HttpResponse<String> page = new Browser().get(base() + "/login");
		assertThat(page.body()).contains("id=\"single-sign-on\"")
			.contains("Sign in with the test identity provider")
			.contains("id=\"password-sign-in\"");
	}

	private static void account(String username, String name) {
		TestHttp.Response created = TestHttp.anonymous(port)
			.sendJson("POST", "/api/v1/users", OPERATOR, OPERATOR_PASSWORD, """
					{"username": "%s", "name": "%s", "email": "%s@example.org", "roles": ["QUALITY"],
					 "providerCode": "WM"}""".formatted(username, name, username));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	private static String base() {
		return "http://localhost:" + port;
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect: %s", response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.startsWith("/") ? response.uri().resolve(location).toString() : location;
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token in %s", html).isTrue();
		return m.group(1);
	}

	/** A browser: cookies kept per host, redirects followed by hand. */
	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		HttpResponse<String> get(String url) {
			return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
		}

		HttpResponse<String> post(String url, String form) {
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		}

		/**
		 * Starts at OpenProbation, signs in at the identity provider, and answers where
		 * OpenProbation sent the browser at the end.
		 */
		String signInThroughIdentityProvider(String username) {
			String authorize = location(get(base() + "/oauth2/authorization/oidc"));
			assertThat(authorize).startsWith(TestIdentityProvider.issuer(identityProvider));
			String login = location(get(authorize));
			HttpResponse<String> form = get(login);
			String resumed = location(post(login, "username=" + username + "&password="
					+ TestHttp.encode(TestIdentityProvider.PASSWORD) + "&_csrf=" + csrf(form.body())));
			String callback = location(get(resumed));
			assertThat(callback).startsWith(base() + "/login/oauth2/code/oidc");
			return location(get(callback));
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
