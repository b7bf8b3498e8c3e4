package org.openprobation.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.NeedsAssessment;
import org.openprobation.assessment.RoshAssessment;
import org.openprobation.assessment.RoshOverall;

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

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/** The same 400 demo cases for each comparison. */
	private List<Long> fourHundredCases() {
		return jdbc.sql("select id from people.person order by id limit 400 offset 5000").query(Long.class).list();
	}

	@Test
	void bulkGapsEqualEachCasesOwnGaps() {
		List<Long> ids = fourHundredCases();
		Map<Long, Plans.PlanState> states = plans.statesOf(ids);
		assertThat(states).hasSize(ids.size());
		int withGaps = 0;
		for (long id : ids) {
			SentencePlan plan = plans.of(id, assessments.summary(id));
			assertThat(states.get(id).gaps()).as("person %d", id)
				.containsExactlyInAnyOrderElementsOf(plan.gapMessages());
			assertThat(states.get(id).objectives()).isEqualTo(plan.objectives().size());
			assertThat(states.get(id).nextReviewDue(plan.timescales())).isEqualTo(plan.nextReviewDue());
			if (!plan.gaps().isEmpty()) {
				withGaps++;
			}
		}
		// the demo reproduces the inspected rate: about half of plans have gaps
		assertThat(withGaps).isBetween(100, 300);
	}

	@Test
	void listsReadEachLatestRoshAssessmentsDateAndHighestLevel() {
		List<Long> ids = fourHundredCases();
		Map<Long, RoshAssessment> whole = assessments.latestRosh(ids);
		Map<Long, RoshOverall> overall = assessments.latestRoshOverall(ids);
		assertThat(overall.keySet()).isEqualTo(whole.keySet());
		assertThat(whole).isNotEmpty();
		whole.forEach((id, rosh) -> assertThat(overall.get(id)).as("person %d", id)
			.isEqualTo(new RoshOverall(rosh.id(), rosh.assessedOn(), rosh.overall())));
		// the demo has cases at every level, so the highest of five is really chosen
		assertThat(overall.values().stream().map(RoshOverall::overall).distinct()).hasSizeGreaterThan(2);
	}

	@Test
	void theLinkedNeedsReadForGapsAreTheLatestAssessmentsNeedsLinkedToOffendingOrHarm() {
		List<Long> ids = fourHundredCases();
		Map<Long, NeedsAssessment> all = assessments.latestNeeds(ids);
		Map<Long, NeedsAssessment> linked = assessments.latestLinkedNeeds(ids);
		assertThat(linked.keySet()).isEqualTo(all.keySet());
		int unlinked = 0;
		for (long id : all.keySet()) {
			NeedsAssessment whole = all.get(id);
			assertThat(linked.get(id).id()).isEqualTo(whole.id());
			assertThat(linked.get(id).assessedOn()).isEqualTo(whole.assessedOn());
			assertThat(linked.get(id).needs()).as("person %d", id)
				.containsExactlyElementsOf(
						whole.needs().stream().filter(n -> n.linkedToOffending() || n.linkedToHarm()).toList());
			unlinked += whole.needs().size() - linked.get(id).needs().size();
		}
		// the demo's assessments have needs not linked to either, which are left unread
		assertThat(unlinked).isPositive();
	}

	@Test
	void theLastReviewDatesAreThosePlanStatesGive() {
		List<Long> ids = jdbc.sql("select person_id from planning.plan order by person_id limit 300")
			.query(Long.class)
			.list();
		// no demo plan has been reviewed yet: two are, inside a transaction rolled back
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update planning.plan set last_reviewed_on = created_on + 30 where person_id in (:a, :b)")
				.param("a", ids.get(0))
				.param("b", ids.get(150))
				.update();
			Map<Long, Plans.PlanState> states = plans.statesOf(ids);
			Map<Long, java.time.LocalDate> reviewed = plans.lastReviewedOn(ids);
			assertThat(reviewed).containsKeys(ids.get(0), ids.get(150));
			assertThat(reviewed.get(ids.get(0))).isEqualTo(states.get(ids.get(0)).startedOn().plusDays(30));
			for (long id : ids) {
				assertThat(reviewed.get(id)).as("person %d", id).isEqualTo(states.get(id).lastReviewedOn());
			}
			status.setRollbackOnly();
		});
		assertThat(plans.lastReviewedOn(List.of())).isEmpty();
	}

}
