package org.openprobation.assessment.safeguarding;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SafeguardingChecksTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aboutFortyPerCentOfChildrensServicesRequestsAreUnanswered() {
		double unanswered = jdbc.sql("""
				select avg(case when answered_on is null then 1.0 else 0 end) from assessment.safeguarding_check
				where kind = 'CHILDRENS_SOCIAL_CARE' and sent_on < date '2026-09-01'
				""").query(Double.class).single();
		assertThat(unanswered).isBetween(0.3, 0.5);
	}

	@Test
	void aDomesticAbuseRegistrationSendsBothChecksOnce() {
		String crn = withoutChecks("DOMESTIC_ABUSE_PERPETRATOR", "asc");
		TestHttp http = TestHttp.signedIn(port, "practitioner");
		String form = registrationForm("DOMESTIC_ABUSE_PERPETRATOR");
		assertThat(http.postForm("/cases/" + crn + "/registrations", form).status()).isEqualTo(302);
		assertThat(checksSent(crn)).containsExactly("CHILDRENS_SOCIAL_CARE", "POLICE_DOMESTIC_ABUSE");
		// a second indicator while both are awaiting replies sends nothing more
		assertThat(http
			.postForm("/cases/" + crn + "/registrations", form.replace("DOMESTIC_ABUSE_PERPETRATOR", "CHILD_CONCERNS"))
			.status()).isEqualTo(302);
		assertThat(jdbc.sql(
				"select count(*) from assessment.safeguarding_check c join people.person p on p.id = c.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aDomesticAbuseVictimRegistrationAloneAlsoSendsBothChecks() {
		// assessment.md: a child-contact, child-protection or domestic-abuse concern
		// needs
		// both checks (a victim's registration used to send the police check only)
		String crn = withoutChecks("DOMESTIC_ABUSE_VICTIM", "desc");
		TestHttp http = TestHttp.signedIn(port, "practitioner");
		assertThat(
				http.postForm("/cases/" + crn + "/registrations", registrationForm("DOMESTIC_ABUSE_VICTIM")).status())
			.isEqualTo(302);
		assertThat(checksSent(crn)).containsExactly("CHILDRENS_SOCIAL_CARE", "POLICE_DOMESTIC_ABUSE");
	}

	@Test
	void anAdultAtRiskRegistrationSendsAnAdultSafeguardingCheck() {
		// assessment.md, "Safeguarding checks" (clarified 2026-12-06): where an
		// adult-at-risk registration exists, an adult safeguarding check goes to adult
		// social care
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not exists (select 1 from assessment.safeguarding_check c where c.person_id = p.id)
				  and not exists (select 1 from assessment.registration r where r.person_id = p.id
				                  and r.type = 'ADULT_AT_RISK' and r.ended_on is null)
				order by p.crn offset 5 limit 1
				""").query(String.class).single().trim();
		TestHttp http = TestHttp.signedIn(port, "practitioner");
		assertThat(http.postForm("/cases/" + crn + "/registrations", registrationForm("ADULT_AT_RISK")).status())
			.isEqualTo(302);
		assertThat(checksSent(crn)).containsExactly("ADULT_SOCIAL_CARE");
		assertThat(jdbc
			.sql("select agency from assessment.safeguarding_check c join people.person p "
					+ "on p.id = c.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.single()).startsWith("Adult social care, ");
		assertThat(SafeguardingCheck.Kind.calledFor(true, true)).containsExactly(
				SafeguardingCheck.Kind.CHILDRENS_SOCIAL_CARE, SafeguardingCheck.Kind.POLICE_DOMESTIC_ABUSE,
				SafeguardingCheck.Kind.ADULT_SOCIAL_CARE);
		assertThat(SafeguardingCheck.Kind.calledFor(false, false)).isEmpty();
	}

	/**
	 * A case of the practitioner's with no safeguarding checks and no such registration.
	 */
	private String withoutChecks(String registration, String order) {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not exists (select 1 from assessment.safeguarding_check c where c.person_id = p.id)
				  and not exists (select 1 from assessment.registration r where r.person_id = p.id
				                  and r.type = :type and r.ended_on is null)
				order by p.crn %s limit 1
				""".formatted(order)).param("type", registration).query(String.class).single().trim();
	}

	private String registrationForm(String type) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		java.time.LocalDate review = today.plusMonths(6);
		return "type=" + type + "&startDate.day=" + today.getDayOfMonth() + "&startDate.month=" + today.getMonthValue()
				+ "&startDate.year=" + today.getYear() + "&nextReviewDate.day=" + review.getDayOfMonth()
				+ "&nextReviewDate.month=" + review.getMonthValue() + "&nextReviewDate.year=" + review.getYear();
	}

	private java.util.List<String> checksSent(String crn) {
		return jdbc.sql(
				"select kind from assessment.safeguarding_check c join people.person p on p.id = c.person_id where p.crn = :crn order by kind")
			.param("crn", crn)
			.query(String.class)
			.list();
	}

	@Test
	void aResponseSavedOnAStaleVersionIsRefusedAndNothingIsOverwritten() {
		var row = jdbc
			.sql("""
					select c.id, c.version, p.crn from assessment.safeguarding_check c join people.person p on p.id = c.person_id
					join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
					join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
					where c.answered_on is null order by c.id limit 1
					""")
			.query()
			.singleRow();
		String path = "/cases/" + ((String) row.get("crn")).trim() + "/safeguarding/" + row.get("id") + "/response";
		TestHttp http = TestHttp.signedIn(port, "practitioner");
		TestHttp.Response stale = http.postForm(path,
				"response=Known+to+us&version=" + ((Integer) row.get("version") + 5));
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("answered or changed by someone else");
		TestHttp.Response empty = http.postForm(path, "response=&version=" + row.get("version"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Enter what the agency said");
		TestHttp.Response saved = http.postForm(path,
				"response=Known+to+children%27s+services&whatChanged=Home+visit+booked&version=" + row.get("version"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(jdbc.sql("select response from assessment.safeguarding_check where id = :id")
			.param("id", row.get("id"))
			.query(String.class)
			.single()).isEqualTo("Known to children's services");
	}

	@Test
	void theTeamSeesItsOutstandingChecksOldestFirst() {
		TestHttp.Response page = TestHttp.signedIn(port, "manager").page("/team");
		String team = page.header("Location").replaceAll(".*/teams/([^/]+)/caseload", "$1");
		TestHttp.Response list = TestHttp.signedIn(port, "manager").page("/teams/" + team + "/safeguarding");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Outstanding safeguarding checks").contains("waiting for an answer");
		assertThat(TestHttp.signedIn(port, "practitioner").page("/teams/" + team + "/safeguarding").status())
			.isEqualTo(403);
	}

}
