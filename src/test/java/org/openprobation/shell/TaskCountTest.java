package org.openprobation.shell;

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
 * Issue 29, item 2: the count of things to do in the header is current after the user
 * changes something, not up to 30 seconds later.
 */
@IntegrationTest
class TaskCountTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private static int count(String page) {
		Matcher shown = Pattern.compile("Things to do \\((\\d+)\\)").matcher(page);
		assertThat(shown.find()).isTrue();
		return Integer.parseInt(shown.group(1));
	}

	@Test
	void theHeadersCountFollowsTheUsersOwnChangeAtOnce() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn limit 1""").query(String.class).single().strip();
		TestHttp officer = TestHttp.signedIn(port, "practitioner");
		int before = count(officer.page("/").body());

		// a task the officer sets for themselves, through the page
		String form = "/cases/" + crn + "/tasks/new";
		TestHttp.Response set = officer.postFormFrom(form, "/cases/" + crn + "/tasks",
				"title=Ring+the+hostel&assignee=practitioner&dueOn.day=30&dueOn.month=11&dueOn.year=2026");

		assertThat(set.status()).as(set.body()).isEqualTo(302);
		assertThat(count(officer.page("/").body())).isEqualTo(before + 1);
	}

}
