package org.openprobation.access;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.shared.JobLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost or done twice: idempotent API retries, concurrent updates of one record,
 * scheduled jobs once across instances, and sign-in throttling.
 */
@IntegrationTest
class RequestGuardTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobLock jobLock;

	@Autowired
	TransactionTemplate transaction;

	private String practitionersCase(int offset) {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE')
				order by p.crn offset :offset limit 1
				""").param("offset", offset).query(String.class).single().trim();
	}

	private HttpRequest booking(String crn, String key, LocalDateTime start) {
		String json = "{\"type\":\"OFFICE_APPOINTMENT\",\"start\":\"" + start + "\",\"end\":\"" + start.plusMinutes(30)
				+ "\",\"location\":\"Office\",\"purpose\":\"Supervision\"}";
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people/" + crn + "/appointments"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", key)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("practitioner:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private int appointmentsAt(String crn, LocalDateTime start) {
		return jdbc.sql("""
				select count(*) from contacts.contact c join people.person p on p.id = c.person_id
				where p.crn = :crn and c.starts_at = :start
				""").param("crn", crn).param("start", start).query(Integer.class).single();
	}

	@Test
	void aRetriedCallWithTheSameIdempotencyKeyCreatesOneRecordAndAnswersTheSame() {
		String crn = practitionersCase(3);
		LocalDateTime start = LocalDateTime.now(clock).plusDays(60).withHour(6).withMinute(0).withSecond(0).withNano(0);
		TestHttp http = TestHttp.anonymous(port);
		TestHttp.Response first = http.send(booking(crn, "retry-" + start, start));
		TestHttp.Response again = http.send(booking(crn, "retry-" + start, start));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(appointmentsAt(crn, start)).isEqualTo(1);

		// the same key for another request, and a malformed key
		TestHttp.Response other = http.send(booking(practitionersCase(4), "retry-" + start, start));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(http.send(booking(crn, "not a key!", start.plusHours(1))).status()).isEqualTo(400);
		assertThat(appointmentsAt(crn, start.plusHours(1))).isZero();
	}

	@Test
	void concurrentRetriesWithOneKeyCreateOneRecord() throws Exception {
		String crn = practitionersCase(5);
		LocalDateTime start = LocalDateTime.now(clock).plusDays(61).withHour(6).withMinute(0).withSecond(0).withNano(0);
		List<Integer> statuses = inParallel(10,
				() -> TestHttp.anonymous(port).send(booking(crn, "burst-" + start, start)).status());
		assertThat(appointmentsAt(crn, start)).isEqualTo(1);
		assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
	}

	@Test
	void fiftyConcurrentUpdatesOfOneVersionGiveOneSuccessAndClearConflicts() throws Exception {
		record Found(long id, String crn) {
		}
		Found referral = jdbc.sql("""
				select r.id, p.crn from interventions.referral r join people.person p on p.id = r.person_id
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where r.status = 'SENT' order by r.id limit 1
				""").query((rs, n) -> new Found(rs.getLong(1), rs.getString(2))).single();
		int version = jdbc.sql("select version from interventions.referral where id = :id")
			.param("id", referral.id())
			.query(Integer.class)
			.single();
		String today = java.time.LocalDate.now(clock).toString();
		List<TestHttp.Response> responses = inParallel(50,
				() -> TestHttp.anonymous(port)
					.putJson("/api/v1/referrals/" + referral.id() + "/status", "practitioner",
							"{\"status\":\"ACCEPTED\",\"on\":\"" + today + "\",\"version\":" + version + "}"));
		assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
		assertThat(responses.stream().filter(r -> r.status() == 409)).hasSize(49)
			.allMatch(r -> r.contentType().startsWith("application/problem+json"));
		assertThat(jdbc.sql("select version from interventions.referral where id = :id")
			.param("id", referral.id())
			.query(Integer.class)
			.single()).isEqualTo(version + 1);
	}

	@Test
	void aScheduledJobRunsOnOneInstanceAtATime() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> first = other.submit(() -> transaction.execute(status -> {
				boolean got = jobLock.tryHold("test-job");
				held.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return got;
			}));
			held.await();
			assertThat(hold("test-job")).isFalse();
			assertThat(hold("another-job")).isTrue();
			release.countDown();
			assertThat(first.get()).isTrue();
			assertThat(hold("test-job")).isTrue();
		}
		finally {
			other.shutdownNow();
		}
	}

	private boolean hold(String job) {
		Boolean held = transaction.execute(status -> jobLock.tryHold(job));
		return Boolean.TRUE.equals(held);
	}

	@Test
	void repeatedFailedSignInsAreThrottled() {
		String user = "guess-" + System.nanoTime();
		HttpRequest guess = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people"))
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":wrong").getBytes(StandardCharsets.UTF_8)))
			.build();
		for (int i = 0; i < 5; i++) {
			assertThat(TestHttp.anonymous(port).send(guess).status()).isEqualTo(401);
		}
		TestHttp.Response throttled = TestHttp.anonymous(port).send(guess);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.body()).contains("Too many failed sign-ins");
		assertThat(throttled.header("Retry-After")).isNotBlank();
		assertThat(jdbc.sql("select count(*) from access.sign_in_failure where username = :u")
			.param("u", user)
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	private static <T> List<T> inParallel(int calls, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
