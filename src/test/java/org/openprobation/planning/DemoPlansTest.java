package org.openprobation.planning;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.assessment.Assessments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoPlansTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	Assessments assessments;

	@Test
	void aboutHalfOfThePlansLeaveOutSomethingTheAssessmentFound() {
		List<Long> sample = jdbc.sql("""
				select p.person_id from planning.plan p where exists (
				  select 1 from assessment.needs_assessment na join assessment.need n on n.needs_assessment_id = na.id
				  where na.person_id = p.person_id and (n.linked_to_offending or n.linked_to_harm))
				order by p.person_id % 89, p.person_id limit 400
				""").query(Long.class).list();
		long withGaps = sample.stream().filter(id -> !plans.of(id, assessments.summary(id)).gaps().isEmpty()).count();
		assertThat(withGaps / (double) sample.size()).isBetween(0.35, 0.7);
	}

}
