package org.openprobation.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The working day's mix of journeys against a running OpenProbation, each virtual user
 * signed in once and then repeating its journey with a reading pause between pages.
 * <ul>
 * <li>Practitioners (70%), each signed in as a different responsible officer
 * ({@code load-officer-N}, made by bench/load.sh): their caseload, a case's overview and
 * contact history, the outcome of a past appointment awaiting one, a new appointment
 * (given a reason when it clashes, as a practitioner would).</li>
 * <li>Senior probation officers (15%): the team dashboard, the team's cases needing
 * attention, the allocation queue and a case's recommendation.</li>
 * <li>Unpaid work supervisors (15%): the day's sessions and a session's register.</li>
 * </ul>
 * System properties: baseUrl, users (concurrent), minutes, officers (load-officer
 * accounts), pauseMin and pauseMax (seconds).
 */
public class SupervisionLoad extends Simulation {

	static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 50);

	static final int MINUTES = Integer.getInteger("minutes", 10);

	static final int OFFICERS = Integer.getInteger("officers", 200);

	static final int PAUSE_MIN = Integer.getInteger("pauseMin", 2);

	static final int PAUSE_MAX = Integer.getInteger("pauseMax", 5);

	static final Duration RAMP = Duration.ofSeconds(Math.min(60, USERS));

	static final AtomicInteger NEXT_OFFICER = new AtomicInteger();

	// Gatling's HTTP client pays for its own start on its first request, and hides it by
	// warming up against https://gatling.io, which a machine without the internet cannot
	// reach: the first sign-in pages of each run then measured the client (120 ms in the
	// run's first second, 5 ms after). It warms up on the platform instead, unreported.
	HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.warmUp(BASE + "/login")
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("en-GB")
		.userAgentHeader("OpenProbation load test")
		.disableCaching()
		.shareConnections();

	static ChainBuilder signIn(String username) {
		return exec(session -> session.set("username", username.startsWith("load-officer-")
				? "load-officer-" + (1 + NEXT_OFFICER.getAndIncrement() % OFFICERS) : username))
			.exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "demo")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("form[action='/logout']").exists()));
	}

	static ChainBuilder think() {
		return pause(Duration.ofSeconds(PAUSE_MIN), Duration.ofSeconds(PAUSE_MAX));
	}

	/** The csrf token of the form on the page just fetched. */
	static io.gatling.javaapi.core.CheckBuilder.Final csrf() {
		return css("form[method=post] input[name=_csrf]", "value").saveAs("csrf");
	}

	static Iterator<Map<String, Object>> slots() {
		return Stream.generate(() -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			LocalDate day = LocalDate.now().plusDays(1 + random.nextInt(40));
			while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				day = day.plusDays(1);
			}
			int start = 9 * 60 + 15 * random.nextInt(28);
			Map<String, Object> slot = Map.of("day", day.getDayOfMonth(), "month", day.getMonthValue(), "year",
					day.getYear(), "start", "%02d:%02d".formatted(start / 60, start % 60), "end",
					"%02d:%02d".formatted((start + 30) / 60, (start + 30) % 60));
			return slot;
		}).iterator();
	}

	static ChainBuilder book(String name, String reason) {
		return exec(http(name).post("/cases/#{crn}/appointments")
			.formParam("_csrf", "#{csrf}")
			.formParam("type", "OFFICE_APPOINTMENT")
			.formParam("date.day", "#{day}")
			.formParam("date.month", "#{month}")
			.formParam("date.year", "#{year}")
			.formParam("startTime", "#{start}")
			.formParam("endTime", "#{end}")
			.formParam("location", "Probation office")
			.formParam("requirementId", "")
			.formParam("purpose", "Supervision appointment")
			.formParam("overrideReason", reason)
			.check(status().in(200, 409).saveAs("booked"))
			.check(css("form[method=post] input[name=_csrf]", "value").optional().saveAs("csrf")));
	}

	ScenarioBuilder practitioners = scenario("Practitioner").exec(signIn("load-officer-"))
		.during(Duration.ofMinutes(MINUTES))
		.on(exec(http("caseload").get("/caseload")
			.check(regex("href=\"/cases/([A-Z][0-9]{6})\"").findRandom().saveAs("crn")))
			.exec(think())
			.exec(http("case overview").get("/cases/#{crn}").check(status().is(200)))
			.exec(think())
			.exec(http("contact history").get("/cases/#{crn}/contacts")
				.check(regex("/appointments/([0-9]+)/outcome\"\\s*>Record the outcome").findRandom()
					.optional()
					.saveAs("awaiting")))
			.exec(think())
			.doIf(session -> session.contains("awaiting"))
			.then(exec(http("outcome form").get("/appointments/#{awaiting}/outcome").check(csrf()))
				.exec(think())
				.exec(http("record an outcome").post("/appointments/#{awaiting}/outcome")
					.formParam("_csrf", "#{csrf}")
					.formParam("outcome", "ATTENDED_COMPLIED")
					.formParam("reason", "")
					.formParam("evidence", "")
					.check(status().is(200)))
				.exec(session -> session.remove("awaiting"))
				.exec(think()))
			.feed(slots())
			.exec(http("booking form").get("/cases/#{crn}/appointments/new").check(csrf()))
			.exec(think())
			.exec(book("book an appointment", ""))
			.doIf(session -> session.getInt("booked") == 409)
			.then(exec(book("book an appointment over a clash", "Only time the person can attend this week")))
			.exec(think()));

	ScenarioBuilder managers = scenario("Senior probation officer").exec(signIn("manager"))
		.exec(http("my team").get("/team").check(currentLocationRegex("/teams/([^/]+)/caseload").saveAs("team")))
		.during(Duration.ofMinutes(MINUTES))
		.on(exec(http("team dashboard").get("/oversight/teams/#{team}").check(status().is(200)))
			.exec(think())
			.exec(http("team cases needing attention").get("/teams/#{team}/oversight").check(status().is(200)))
			.exec(think())
			.exec(http("allocation queue").get("/teams/#{team}/allocations")
				.check(regex("/teams/[^/]+/allocations/([0-9]+)\"").findRandom().optional().saveAs("waiting")))
			.exec(think())
			.doIf(session -> session.contains("waiting"))
			.then(exec(http("allocation recommendation").get("/teams/#{team}/allocations/#{waiting}")
				.check(status().is(200))).exec(think())));

	ScenarioBuilder supervisors = scenario("Unpaid work supervisor").exec(signIn("unpaidwork"))
		.during(Duration.ofMinutes(MINUTES))
		.on(exec(http("day's sessions").get("/unpaid-work/sessions")
			.check(regex("/unpaid-work/sessions/([0-9]+)\"").findRandom().optional().saveAs("session")))
			.exec(think())
			.doIf(session -> session.contains("session"))
			.then(exec(http("session register").get("/unpaid-work/sessions/#{session}").check(status().is(200)))
				.exec(think())));

	{
		int practitionerUsers = Math.round(USERS * 0.7f);
		int managerUsers = Math.round(USERS * 0.15f);
		int supervisorUsers = USERS - practitionerUsers - managerUsers;
		setUp(practitioners.injectOpen(rampUsers(practitionerUsers).during(RAMP)),
				managers.injectOpen(rampUsers(managerUsers).during(RAMP)),
				supervisors.injectOpen(rampUsers(supervisorUsers).during(RAMP)))
			.protocols(protocol);
	}

}
