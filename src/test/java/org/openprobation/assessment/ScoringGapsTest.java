package org.openprobation.assessment;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What OGRS3 needs is asked for, never assumed (issue 28, item 7; assessment.md "OGRS3"):
 * a person whose gender is neither male nor female is not scored as male until the sex
 * for scoring is recorded with a reason; a missing first sanction date is asked for,
 * never taken as zero. Each is put right on the case and the tier recomputed with it.
 */
@IntegrationTest
class ScoringGapsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	/**
	 * One of the practitioner's cases with a current conviction and previous sanctions.
	 */
	private String practitionersCase(int offset) {
		return jdbc.sql("""
				select trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sanction_history h on h.person_id = p.id and h.previous_sanctions > 0
				  and h.first_sanction_date is not null
				where not p.restricted and p.gender = 'MALE'
				  and exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE')
				order by p.crn desc offset :offset limit 1""")
			.param("offset", 30 + offset)
			.query(String.class)
			.single();
	}

	@Test
	void aGenderNeitherMaleNorFemaleIsNotScoredUntilTheSexForScoringIsRecorded() {
		String crn = practitionersCase(0);
		jdbc.sql("update people.person set gender = 'OTHER' where crn = :crn").param("crn", crn).update();
		try {
			TestHttp.Response before = TestHttp.anonymous(port)
				.get("/api/v1/people/" + crn + "/assessment", "practitioner");
			assertThat(before.status()).isEqualTo(200);
			assertThat(before.json().get("ogrs3")).isNull();
			assertThat(before.json().get("ogrs3NotCalculated").asString()).contains("sex for scoring");
			TestHttp browser = TestHttp.signedIn(port, "practitioner");
			assertThat(browser.page("/cases/" + crn + "/risk").body()).contains("Record the sex for scoring");
			String form = "/cases/" + crn + "/scoring-sex";
			TestHttp.Response refused = browser.postFormFrom(form, form, "sex=MALE&reason=");
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("Enter why that model applies");
			assertThat(browser.postFormFrom(form, form, "sex=MALE&reason=" + TestHttp.encode("Asked; he chose it"))
				.status()).isEqualTo(302);
			TestHttp.Response after = TestHttp.anonymous(port)
				.get("/api/v1/people/" + crn + "/assessment", "practitioner");
			assertThat(after.json().get("ogrs3").get("twoYearPercent").asInt()).isPositive();
			assertThat(after.json().get("tier").get("reason").asString()).startsWith("Sex for scoring recorded");
		}
		finally {
			jdbc.sql("update people.person set gender = 'MALE' where crn = :crn").param("crn", crn).update();
			jdbc.sql(
					"delete from assessment.scoring_sex where person_id = (select id from people.person where crn = :crn)")
				.param("crn", crn)
				.update();
		}
	}

	@Test
	void aMissingFirstSanctionDateIsAskedForAndNeverTakenAsZero() {
		String crn = practitionersCase(1);
		java.time.LocalDate first = jdbc.sql(
				"select first_sanction_date from sentences.sanction_history h join people.person p on p.id = h.person_id "
						+ "where p.crn = :crn")
			.param("crn", crn)
			.query(java.time.LocalDate.class)
			.single();
		jdbc.sql("update sentences.sanction_history set first_sanction_date = null "
				+ "where person_id = (select id from people.person where crn = :crn)")
			.param("crn", crn)
			.update();
		try {
			TestHttp.Response before = TestHttp.anonymous(port)
				.get("/api/v1/people/" + crn + "/assessment", "practitioner");
			assertThat(before.json().get("ogrs3")).isNull();
			assertThat(before.json().get("ogrs3NotCalculated").asString())
				.isEqualTo("OGRS3 not calculated: first sanction date missing");
			TestHttp browser = TestHttp.signedIn(port, "practitioner");
			String form = "/cases/" + crn + "/first-sanction";
			assertThat(browser.page(form).body()).contains("Date of the first sanction");
			java.time.LocalDate future = java.time.LocalDate.now(clock).plusDays(3);
			TestHttp.Response refused = browser.postFormFrom(form, form, "on.day=" + future.getDayOfMonth()
					+ "&on.month=" + future.getMonthValue() + "&on.year=" + future.getYear());
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("must be in the past");
			assertThat(browser
				.postFormFrom(form, form,
						"on.day=" + first.getDayOfMonth() + "&on.month=" + first.getMonthValue() + "&on.year="
								+ first.getYear())
				.status()).isEqualTo(302);
			TestHttp.Response after = TestHttp.anonymous(port)
				.get("/api/v1/people/" + crn + "/assessment", "practitioner");
			assertThat(after.json().get("ogrs3")).isNotNull();
			assertThat(after.json().get("tier").get("reason").asString()).isEqualTo("First sanction date recorded");
		}
		finally {
			jdbc.sql("update sentences.sanction_history set first_sanction_date = :first "
					+ "where person_id = (select id from people.person where crn = :crn)")
				.param("first", first)
				.param("crn", crn)
				.update();
		}
	}

}
