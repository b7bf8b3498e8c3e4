package org.openprobation.planning;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 3: a need saved again as it was is not a new needs assessment (which
 * would renew its 55 weeks of validity and re-tier the case) unless the officer says it
 * was reviewed and nothing changed; what was chosen stays on the page.
 */
@IntegrationTest
class NeedsReviewTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNeedSavedUnchangedIsRecordedOnlyAsAReviewSaidSo() {
		record Held(long personId, String crn, String severity, boolean offending, boolean harm) {
		}
		Held held = jdbc.sql("""
				select p.id, trim(p.crn), n.severity, n.linked_to_offending, n.linked_to_harm from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join lateral (select id from assessment.needs_assessment a where a.person_id = p.id
				              order by a.assessed_on desc, a.id desc limit 1) a on true
				join assessment.need n on n.needs_assessment_id = a.id and n.need = 'ACCOMMODATION'
				where not p.restricted order by p.crn offset 4 limit 1""")
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getBoolean(5)))
			.single();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		String page = "/cases/" + held.crn() + "/needs/ACCOMMODATION";
		String same = "severity=" + held.severity() + (held.offending() ? "&offending=yes" : "")
				+ (held.harm() ? "&harm=yes" : "");
		int before = count(held.personId());
		TestHttp.Response refused = practitioner.postFormFrom(page, page, same);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("<title>Error: ")
			.contains("Nothing is different from the current assessment of this need")
			.contains("value=\"" + held.severity() + "\" checked");
		assertThat(count(held.personId())).isEqualTo(before);
		TestHttp.Response reviewed = practitioner.postFormFrom(page, page, same + "&reviewedNoChange=yes");
		assertThat(reviewed.status()).isEqualTo(302);
		assertThat(count(held.personId())).isEqualTo(before + 1);
	}

	private int count(long personId) {
		return jdbc.sql("select count(*) from assessment.needs_assessment where person_id = :p")
			.param("p", personId)
			.query(Integer.class)
			.single();
	}

}
