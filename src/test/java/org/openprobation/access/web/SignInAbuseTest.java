package org.openprobation.access.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.persistence.UserRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in that cannot be turned against users (issue 24, item 4): guesses in parallel are
 * counted one by one, one address cannot lock out every account, and a change to an
 * account ends the sessions and remembered API sign-ins it had.
 */
@IntegrationTest
class SignInAbuseTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserRepository users;

	private HttpRequest basic(String path, String username, String password, String forwardedFor) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request.build();
	}

	private int failures(String column, String value) {
		return jdbc.sql("select count(*) from access.sign_in_failure where " + column + " = :v")
			.param("v", value)
			.query(Integer.class)
			.single();
	}

	private List<Integer> inParallel(int calls, HttpRequest request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return TestHttp.anonymous(port).send(request).status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void sixtyWrongPasswordsSentAtOnceRecordAtMostFiveFailuresAndAreCheckedAtMostFiveTimes() throws Exception {
		String user = "parallel-" + System.nanoTime();
		List<Integer> statuses = inParallel(60, basic("/api/v1/people", user, "wrong", null));
		assertThat(failures("username", user)).isEqualTo(5);
		assertThat(statuses).filteredOn(s -> s == 401).hasSize(5);
		assertThat(statuses).filteredOn(s -> s == 429).hasSize(55);
	}

	@Test
	void aBurstOfRightPasswordsIsNeverRefusedForTheAttemptsStillBeingChecked() throws Exception {
		String user = "burst-" + System.nanoTime();
		jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name, provider_id)
				select :u, password_hash, 'Burst', provider_id from access.app_user where username = 'quality'
				""").param("u", user).update();
		jdbc.sql("insert into access.user_role (user_id, role) select id, 'QUALITY' from access.app_user where "
				+ "username = :u")
			.param("u", user)
			.update();
		List<Integer> statuses = inParallel(30, basic("/api/v1/people?q=a", user, "demo", null));
		assertThat(statuses).containsOnly(200);
		assertThat(failures("username", user)).isZero();
	}

	@Test
	void oneAddressCannotLockOutEveryAccountNorSpendTheServersTimeOnPasswordChecks() throws Exception {
		String address = "203.0.113." + (10 + (int) (System.nanoTime() % 200));
		jdbc.sql("delete from access.sign_in_failure where address = :a").param("a", address).update();
		// 100 guesses, four for each of 25 usernames: under the per-username limit, at
		// the
		// per-address one
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> guesses = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				String user = "spray-" + (i % 25) + "-" + address;
				guesses.add(pool.submit(
						() -> TestHttp.anonymous(port).send(basic("/api/v1/people", user, "wrong", address)).status()));
			}
			for (Future<Integer> guess : guesses) {
				assertThat(guess.get()).isEqualTo(401);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(failures("address", address)).isEqualTo(100);
		// the address is now refused before any password is checked, even a right one
		TestHttp.Response refused = TestHttp.anonymous(port).send(basic("/api/v1/people", "sprayed", "x", address));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many failed sign-ins from your network");
		TestHttp browser = TestHttp.browser(port);
		String token = TestHttp.csrf(browser.page("/login").body());
		TestHttp.Response signIn = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", address)
				.POST(HttpRequest.BodyPublishers.ofString("username=quality&password=demo&_csrf=" + token))
				.build());
		assertThat(signIn.header("Location")).endsWith("/login?locked");
		assertThat(failures("address", address)).isEqualTo(100);
		// the same user from elsewhere is not affected, and their username was never
		// locked
		assertThat(TestHttp.signedIn(port, "quality").page("/").status()).isEqualTo(200);
	}

	@Test
	void disablingAUserOrChangingTheirRoleEndsTheirSessionAndTheirRememberedApiSignInAtOnce() {
		String user = "leaver-" + System.nanoTime();
		jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name, provider_id)
				select :u, password_hash, 'Leaver', provider_id from access.app_user where username = 'quality'
				""").param("u", user).update();
		jdbc.sql("insert into access.user_role (user_id, role) select id, 'QUALITY' from access.app_user where "
				+ "username = :u")
			.param("u", user)
			.update();
		TestHttp page = TestHttp.signedIn(port, user);
		assertThat(page.page("/").status()).isEqualTo(200);
		TestHttp api = TestHttp.anonymous(port);
		assertThat(api.get("/api/v1/people?q=a", user).status()).isEqualTo(200);

		jdbc.sql("update access.app_user set enabled = false where username = :u").param("u", user).update();
		TestHttp.Response ended = page.page("/");
		assertThat(ended.status()).isEqualTo(302);
		assertThat(ended.header("Location")).endsWith("/login?ended");
		assertThat(page.page("/login").body()).contains("Your account is no longer active");
		// the API remembered the sign-in for a minute: no longer
		TestHttp.Response refused = api.get("/api/v1/people?q=a", user);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body()).contains("no longer active");

		jdbc.sql("update access.app_user set enabled = true where username = :u").param("u", user).update();
		TestHttp again = TestHttp.signedIn(port, user);
		assertThat(again.page("/").status()).isEqualTo(200);
		jdbc.sql("""
				update access.user_role set role = 'INSPECTOR'
				where user_id = (select id from access.app_user where username = :u)
				""").param("u", user).update();
		assertThat(again.page("/").header("Location")).endsWith("/login?ended");
		assertThat(api.get("/api/v1/people?q=a", user).status()).isEqualTo(401);
	}

	@Test
	void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy() {
		var stored = users.findByUsername("quality");
		var quality = new org.openprobation.access.SignedInUser(stored.orElseThrow().user(), "", true,
				stored.orElseThrow().passwordGeneration());
		Duration lifetime = Duration.ofHours(12);
		CurrentAccountFilter now = new CurrentAccountFilter(users, Clock.systemUTC(), lifetime);
		CurrentAccountFilter later = new CurrentAccountFilter(users,
				Clock.offset(Clock.systemUTC(), lifetime.plusMinutes(1)), lifetime);
		MockHttpSession session = new MockHttpSession();
		assertThat(now.ended(quality, stored, session)).isNull();
		assertThat(later.ended(quality, stored, session)).contains("time limit");
		// an API call has no session, and so no lifetime of its own
		assertThat(later.ended(quality, stored, null)).isNull();
	}

}
