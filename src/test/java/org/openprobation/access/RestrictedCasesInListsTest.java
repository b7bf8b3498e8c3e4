package org.openprobation.access;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.people.People;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restricted access applies to lists too: a case the reader is not named on disappears
 * from every list of named people (caseloads, things to do, team oversight, allocation
 * queue, overdue list, the cases behind a figure, the unpaid work register), which says
 * how many it left out; an officer's diary keeps the slot without the name.
 */
@IntegrationTest
class RestrictedCasesInListsTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final Pattern CASE_LINK = Pattern.compile("/cases/([A-Z][0-9]{6})");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	record Listing(String username, String path) {
	}

	private String one(String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}

	@Test
	void aRestrictedCaseLeavesEveryListOfNamedPeopleAndTheListSaysSo() {
		String team = one("""
				select t.code from organisation.team t join organisation.staff s on s.team_id = t.id
				join access.app_user u on u.staff_id = s.id where u.username = 'manager'
				""");
		String provider = one("""
				select p.code from organisation.provider p join access.app_user u on u.provider_id = p.id
				where u.username = 'quality'
				""");
		String session = one(
				"""
						select b.session_id::text from unpaidwork.booking b group by b.session_id order by count(*) desc, b.session_id
						limit 1
						""");
		List<Listing> listings = List.of(new Listing("practitioner", "/caseload"),
				new Listing("practitioner", "/tasks"), new Listing("manager", "/teams/" + team + "/oversight"),
				new Listing("manager", "/teams/" + team + "/allocations"), new Listing("area", "/overdue"),
				new Listing("quality", "/oversight/providers/" + provider + "/cases/plan-gaps"),
				new Listing("quality", "/oversight/providers/" + provider + "/cases/at-risk-of-loss"),
				new Listing("unpaidwork", "/unpaid-work/sessions/" + session));
		List<String> checked = new ArrayList<>();
		for (Listing listing : listings) {
			TestHttp reader = TestHttp.signedIn(port, listing.username());
			TestHttp.Response before = reader.page(listing.path());
			assertThat(before.status()).as(listing.path()).isEqualTo(200);
			Matcher link = CASE_LINK.matcher(before.body());
			assertThat(link.find()).as("a case is listed on " + listing.path()).isTrue();
			String crn = link.group(1);
			long personId = jdbc.sql("select id from people.person where crn = :crn")
				.param("crn", crn)
				.query(Long.class)
				.single();
			try {
				people.setRestricted(personId, true);
				TestHttp.Response after = reader.page(listing.path());
				assertThat(after.status()).as(listing.path()).isEqualTo(200);
				assertThat(after.body()).as(listing.path()).doesNotContain(crn).contains("not shown here");
				checked.add(listing.path());
			}
			finally {
				people.setRestricted(personId, false);
			}
			assertThat(reader.page(listing.path()).body()).as(listing.path()).contains(crn);
		}
		assertThat(checked).hasSize(listings.size());

		// and the API's lists
		TestHttp api = TestHttp.anonymous(port);
		String queue = api.get("/api/v1/teams/" + team + "/allocations", "manager").body();
		Matcher waiting = Pattern.compile("\"crn\":\"([A-Z][0-9]{6})\"").matcher(queue);
		assertThat(waiting.find()).isTrue();
		String crn = waiting.group(1);
		long personId = jdbc.sql("select id from people.person where crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single();
		try {
			people.setRestricted(personId, true);
			assertThat(api.get("/api/v1/teams/" + team + "/allocations", "manager").body()).doesNotContain(crn);
		}
		finally {
			people.setRestricted(personId, false);
		}
	}

	@Test
	void anOfficersDiaryKeepsTheSlotButNotTheNameOfARestrictedCase() {
		record Booked(long personId, String name, String officer, String day) {
		}
		Booked booked = jdbc.sql("""
				select p.id, p.surname, s.code, c.starts_at::date::text from contacts.contact c
				join people.person p on p.id = c.person_id join organisation.staff s on s.id = c.staff_id
				join access.app_user u on u.staff_id = s.id and u.username = 'practitioner'
				where c.starts_at >= :now order by c.starts_at limit 1
				""")
			.param("now", java.time.LocalDateTime.now(clock))
			.query((rs, n) -> new Booked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		TestHttp manager = TestHttp.signedIn(port, "manager");
		String path = "/diary/" + booked.officer() + "?date=" + booked.day() + "&view=day";
		assertThat(manager.page(path).body()).contains(booked.name());
		try {
			people.setRestricted(booked.personId(), true);
			String body = manager.page(path).body();
			assertThat(body).doesNotContain(booked.name()).contains("Restricted case");
		}
		finally {
			people.setRestricted(booked.personId(), false);
		}
	}

}
