package org.openprobation.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RsrEntryTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anRsrOfSevenPerCentOrMoreRaisesProtectToAtLeastB() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join assessment.tier t on t.person_id = p.id where t.tier like 'D%' order by p.crn limit 1
				""").query(String.class).single().trim();
		TestHttp http = TestHttp.signedIn(port, "practitioner");
		LocalDate today = LocalDate.now(clock);
		String date = "&scoredOn.day=" + today.getDayOfMonth() + "&scoredOn.month=" + today.getMonthValue()
				+ "&scoredOn.year=" + today.getYear();
		TestHttp.Response bad = http.postForm("/cases/" + crn + "/rsr", "percent=150&source=" + date);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Enter the RSR as a percentage from 0 to 100")
			.contains("Enter where the RSR comes from")
			.contains("value=\"150\"");
		assertThat(http.postForm("/cases/" + crn + "/rsr", "percent=8.50&source=OASys" + date).status()).isEqualTo(302);
		assertThat(jdbc
			.sql("select t.tier from assessment.tier t join people.person p on p.id = t.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.single()
			.charAt(0)).isIn('A', 'B');
		assertThat(http.page("/cases/" + crn + "/risk").body()).contains("8.50% (OASys");
	}

}
