package org.openprobation.oversight;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team-level equality and workforce figures never show a count of one to four people:
 * such a count can point at a person, so it reads "fewer than 5" (issue 24, item 6).
 */
@IntegrationTest
class SmallGroupsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private String managersTeam() {
		return jdbc.sql("""
				select t.code from organisation.team t join organisation.staff s on s.team_id = t.id
				join access.app_user u on u.staff_id = s.id where u.username = 'manager'
				""").query(String.class).single().trim();
	}

	private static List<String[]> rows(String csv) {
		return csv.lines().skip(1).map(line -> line.split(",", -1)).toList();
	}

	@Test
	void aTeamsEqualityFiguresShowNoGroupOfOneToFour() {
		TestHttp quality = TestHttp.signedIn(port, "quality");
		String csv = quality.page("/oversight/equality.csv?scope=TEAM&code=" + managersTeam()).body();
		List<String[]> rows = rows(csv);
		assertThat(rows).isNotEmpty();
		for (String[] row : rows) {
			// people and with_outcome are the 5th and 6th columns
			assertThat(row[4]).as(String.join(",", row)).isNotIn("1", "2", "3", "4");
			assertThat(row[5]).as(String.join(",", row)).isNotIn("1", "2", "3", "4");
		}
		assertThat(csv).contains("fewer than 5");
		// a provider's figures are not a team's: shown as they are
		assertThat(quality.page("/oversight/equality.csv").body()).doesNotContain("fewer than 5");
	}

	@Test
	void aTeamsWorkforceFiguresShowNoAgencyOrSicknessCountOfOneToFour() {
		TestHttp quality = TestHttp.signedIn(port, "quality");
		String csv = quality.page("/oversight/workforce.csv?scope=TEAM&code=" + managersTeam()).body();
		for (String[] row : rows(csv)) {
			assertThat(row[3]).as("agency: " + String.join(",", row)).isNotIn("1", "2", "3", "4");
			assertThat(row[6]).as("on sickness: " + String.join(",", row)).isNotIn("1", "2", "3", "4");
		}
		String page = quality.page("/oversight/workforce").body();
		assertThat(page).contains("id=\"teams\"");
	}

}
