package org.openprobation.planning;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.assessment.Assessments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recorded reason closes a gap; an empty reason is refused; an item that is not a gap
 * is not found.
 */
@IntegrationTest
class GapReasonTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	Assessments assessments;

	@Test
	void aRecordedReasonClosesTheGap() {
		var cases = jdbc.sql("""
				select p.id, p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				order by p.crn
				""").query().listOfRows();
		long personId = 0;
		String crn = null;
		String item = null;
		for (var row : cases) {
			long id = ((Number) row.get("id")).longValue();
			var gaps = plans.of(id, assessments.summary(id)).gaps();
			if (!gaps.isEmpty()) {
				personId = id;
				crn = ((String) row.get("crn")).trim();
				item = gaps.get(0).item();
				break;
			}
		}
		assertThat(item).as("a case of the practitioner with a plan gap").isNotNull();
		TestHttp http = TestHttp.signedIn(port, "practitioner");
		TestHttp.Response empty = http.postForm("/cases/" + crn + "/plan/gaps/" + item, "reason=");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Enter why this is not in the plan");
		assertThat(http.postForm("/cases/" + crn + "/plan/gaps/NOT_A_GAP", "reason=x").status()).isEqualTo(404);
		TestHttp.Response saved = http.postForm("/cases/" + crn + "/plan/gaps/" + item,
				"reason=Already+addressed+by+the+housing+officer");
		assertThat(saved.status()).isEqualTo(302);
		final String closed = item;
		assertThat(plans.of(personId, assessments.summary(personId)).gaps()).noneMatch(g -> g.item().equals(closed));
		assertThat(http.page("/cases/" + crn + "/plan").body()).contains("Already addressed by the housing officer");
	}

}
