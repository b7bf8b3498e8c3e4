package org.openprobation.access;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent twice saves once: every posting form carries a one-off submission token; a
 * repeat (in turn or at the same moment) is sent where the first was sent and saves
 * nothing; a form shown again with its errors gives its token back.
 */
@IntegrationTest
class FormDoubleSubmitTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final Pattern SUBMISSION = Pattern.compile("name=\"_submission\" value=\"([0-9a-f\\-]{36})\"");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private String crn() {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn limit 1
				""").query(String.class).single().trim();
	}

	/** The submission token of the booking form (not the sign-out form's). */
	private static String token(String page, String action) {
		int form = page.indexOf("action=\"" + action + "\"");
		assertThat(form).as("the form posting to " + action).isNotNegative();
		Matcher m = SUBMISSION.matcher(page);
		assertThat(m.find(form)).as("a submission token in the form").isTrue();
		return m.group(1);
	}

	private int booked(String purpose) {
		return jdbc.sql("select count(*) from contacts.contact where purpose = :p")
			.param("p", purpose)
			.query(Integer.class)
			.single();
	}

	private String booking(String token, String purpose, int hour) {
		LocalDate day = LocalDate.now(clock).plusDays(20);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return "_submission=" + token + "&type=TELEPHONE&date.day=" + day.getDayOfMonth() + "&date.month="
				+ day.getMonthValue() + "&date.year=" + day.getYear() + "&startTime=" + hour + ":00&endTime=" + hour
				+ ":20&location=&requirementId=&purpose=" + TestHttp.encode(purpose) + "&overrideReason="
				+ TestHttp.encode("Test of double submission");
	}

	@Test
	void aFormSentTwiceInTurnSavesOnceAndTheRepeatGoesWhereTheFirstWent() {
		String crn = crn();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		String action = "/cases/" + crn + "/appointments";
		String token = token(practitioner.page(action + "/new").body(), action);
		String purpose = "Double submission in turn " + token;
		TestHttp.Response first = practitioner.postForm(action, booking(token, purpose, 8));
		TestHttp.Response second = practitioner.postForm(action, booking(token, purpose, 8));
		assertThat(first.status()).isEqualTo(302);
		assertThat(second.status()).isEqualTo(302);
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(second.header("Submission-Replayed")).isEqualTo("true");
		assertThat(booked(purpose)).isEqualTo(1);
		// a new form (a new token) books again
		String next = token(practitioner.page(action + "/new").body(), action);
		assertThat(next).isNotEqualTo(token);
		assertThat(practitioner.postForm(action, booking(next, purpose, 9)).status()).isEqualTo(302);
		assertThat(booked(purpose)).isEqualTo(2);
	}

	@Test
	void aFormSentManyTimesAtOnceSavesOnce() throws Exception {
		String crn = crn();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		String action = "/cases/" + crn + "/appointments";
		String token = token(practitioner.page(action + "/new").body(), action);
		String purpose = "Double submission at once " + token;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<TestHttp.Response>> sends = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				sends.add(() -> practitioner.postForm(action, booking(token, purpose, 10)));
			}
			List<String> locations = new ArrayList<>();
			for (Future<TestHttp.Response> sent : pool.invokeAll(sends)) {
				assertThat(sent.get().status()).isEqualTo(302);
				locations.add(sent.get().header("Location"));
			}
			assertThat(locations).containsOnly(locations.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(booked(purpose)).isEqualTo(1);
	}

	@Test
	void aFormShownAgainWithItsErrorsGivesItsTokenBack() {
		String crn = crn();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		String action = "/cases/" + crn + "/appointments";
		String token = token(practitioner.page(action + "/new").body(), action);
		String purpose = "Corrected after errors " + token;
		TestHttp.Response wrong = practitioner.postForm(action,
				booking(token, purpose, 11).replace("type=TELEPHONE", "type="));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("Select the type of appointment");
		assertThat(practitioner.postForm(action, booking(token, purpose, 11)).status()).isEqualTo(302);
		assertThat(booked(purpose)).isEqualTo(1);
	}

}
