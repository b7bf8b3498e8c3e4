package org.openprobation.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.assessment.Assessments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The oversight list's bulk plan states agree with each case's own plan page. */
@IntegrationTest
class PlanStatesTest {

	@Autowired
	Plans plans;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bulkGapsEqualEachCasesOwnGaps() {
		List<Long> ids = jdbc.sql("select id from people.person order by id limit 400 offset 5000")
			.query(Long.class)
			.list();
		Map<Long, Plans.PlanState> states = plans.statesOf(ids);
		assertThat(states).hasSize(ids.size());
		int withGaps = 0;
		for (long id : ids) {
			SentencePlan plan = plans.of(id, assessments.summary(id));
			assertThat(states.get(id).gaps()).as("person %d", id)
				.containsExactlyInAnyOrderElementsOf(plan.gapMessages());
			assertThat(states.get(id).objectives()).isEqualTo(plan.objectives().size());
			assertThat(states.get(id).nextReviewDue()).isEqualTo(plan.nextReviewDue());
			if (!plan.gaps().isEmpty()) {
				withGaps++;
			}
		}
		// the demo reproduces the inspected rate: about half of plans have gaps
		assertThat(withGaps).isBetween(100, 300);
	}

}
