package org.openprobation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie and the security headers: a new session at sign-in (no session
 * fixation), the cookie HttpOnly and SameSite always and Secure behind TLS, HSTS only
 * behind TLS, frames refused, and no inline script on any page the policy would block.
 */
@IntegrationTest
class SessionAndHeadersTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("OPENPROBATION_SESSION=([^;]+)");

	@Value("${local.server.port}")
	int port;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private HttpResponse<String> get(String path, Optional<String> session, boolean behindTls) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		session.ifPresent(s -> request.header("Cookie", "OPENPROBATION_SESSION=" + s));
		if (behindTls) {
			request.header("X-Forwarded-Proto", "https");
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("OPENPROBATION_SESSION="))
			.findFirst();
	}

	private static String sessionOf(String cookie) {
		Matcher m = SESSION.matcher(cookie);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	/** Signs in with the session the sign-in page gave; returns the sign-in response. */
	private HttpResponse<String> signIn(boolean behindTls, List<String> sessions) throws Exception {
		HttpResponse<String> form = get("/login", Optional.empty(), behindTls);
		String before = sessionOf(sessionCookie(form).orElseThrow());
		sessions.add(before);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "OPENPROBATION_SESSION=" + before)
			.POST(HttpRequest.BodyPublishers.ofString("username=practitioner&password=demo&_csrf=" + csrf.group(1)));
		if (behindTls) {
			post.header("X-Forwarded-Proto", "https");
		}
		return client.send(post.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void signingInStartsANewSessionAndTheOldOneCannotBeUsed() throws Exception {
		List<String> sessions = new java.util.ArrayList<>();
		HttpResponse<String> signedIn = signIn(false, sessions);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String cookie = sessionCookie(signedIn).orElseThrow();
		String after = sessionOf(cookie);
		assertThat(after).isNotEqualTo(sessions.get(0));
		// the cookie cannot be read by scripts nor sent by other sites' forms
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(get("/caseload", Optional.of(after), false).statusCode()).isEqualTo(200);
		// the session from before signing in (which an attacker could have planted) is
		// not signed in
		HttpResponse<String> planted = get("/caseload", Optional.of(sessions.get(0)), false);
		assertThat(planted.statusCode()).isEqualTo(302);
		assertThat(planted.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindTlsTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> signedIn = signIn(true, new java.util.ArrayList<>());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(sessionCookie(signedIn).orElseThrow()).contains("Secure").contains("HttpOnly");
		String session = sessionOf(sessionCookie(signedIn).orElseThrow());
		HttpResponse<String> page = get("/caseload", Optional.of(session), true);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
	}

	@Test
	void pagesRefuseFramesAndCarryNoInlineScript() throws Exception {
		List<String> sessions = new java.util.ArrayList<>();
		String session = sessionOf(sessionCookie(signIn(false, sessions)).orElseThrow());
		for (String path : List.of("/", "/caseload", "/tasks", "/diary", "/people?q=smith")) {
			HttpResponse<String> page = get(path, Optional.of(session), false);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
			// every script is a file (the policy blocks inline ones, so they must not be
			// relied on)
			assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.body()).find()).as(path).isFalse();
			assertThat(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find()).as(path).isFalse();
		}
	}

}
