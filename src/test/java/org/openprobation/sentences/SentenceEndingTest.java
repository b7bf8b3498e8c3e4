package org.openprobation.sentences;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** How sentences end, and the completion rates the contract measures count. */
class SentenceEndingTest {

	static final LocalDate START = LocalDate.of(2025, 12, 1);

	static final LocalDate END = LocalDate.of(2026, 12, 1);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void aSentenceCompletesOnlyOnOrAfterItsEndDate() {
		assertThat(SentenceEnding.problems(SentenceKind.COMMUNITY_ORDER, START, END, SentenceStatus.COMPLETED, TODAY,
				TODAY, null))
			.extracting(FieldProblem::message)
			.containsExactly(
					"A sentence completes on or after its end date, 1 December 2026; before that, record an early termination");
		assertThat(SentenceEnding.problems(SentenceKind.COMMUNITY_ORDER, START, TODAY.minusDays(1),
				SentenceStatus.COMPLETED, TODAY, TODAY, null))
			.isEmpty();
	}

	@Test
	void earlyTerminationRevocationAndRecallNeedAReasonAndTheRightKindOfSentence() {
		assertThat(SentenceEnding.problems(SentenceKind.COMMUNITY_ORDER, START, END, SentenceStatus.TERMINATED_EARLY,
				TODAY, TODAY, null))
			.extracting(FieldProblem::field)
			.containsExactly("reason");
		assertThat(SentenceEnding.problems(SentenceKind.COMMUNITY_ORDER, START, END, SentenceStatus.RECALLED, TODAY,
				TODAY, "Recalled"))
			.extracting(FieldProblem::message)
			.containsExactly("Only a licence or post-sentence supervision ends in recall");
		assertThat(SentenceEnding.problems(SentenceKind.LICENCE, START, END, SentenceStatus.REVOKED, TODAY, TODAY,
				"Breach"))
			.extracting(FieldProblem::message)
			.containsExactly("A licence is not revoked by a court: record the recall");
		assertThat(SentenceEnding.problems(SentenceKind.POST_SENTENCE_SUPERVISION, START, END, SentenceStatus.REVOKED,
				TODAY, TODAY, "Magistrates revoked PSS"))
			.isEmpty();
		assertThat(SentenceEnding.problems(SentenceKind.LICENCE, START, END, SentenceStatus.RECALLED, TODAY.plusDays(1),
				TODAY, "Recall"))
			.extracting(FieldProblem::field)
			.containsExactly("on");
		assertThat(SentenceEnding.problems(SentenceKind.PRE_RELEASE, START, END, SentenceStatus.COMPLETED, TODAY, TODAY,
				null))
			.extracting(FieldProblem::message)
			.containsExactly("A custodial sentence ends by release onto licence");
	}

	@Test
	void completionRatesCountCompletedAndEarlyTerminationsAsSuccessful() {
		// the London CRC's reported figures: 78% of community sentences, 80% of licences
		var rates = SentenceEnding.CompletionRates
			.of(Map.of("COMMUNITY_ORDER", Map.of("COMPLETED", 60, "TERMINATED_EARLY", 8, "REVOKED", 12),
					"SUSPENDED_SENTENCE_ORDER", Map.of("COMPLETED", 10, "REVOKED", 10), "LICENCE",
					Map.of("COMPLETED", 70, "RECALLED", 20), "POST_SENTENCE_SUPERVISION", Map.of("COMPLETED", 10)));
		assertThat(rates.communityEnded()).isEqualTo(100);
		assertThat(rates.communityPercent()).isEqualTo(78);
		assertThat(rates.licencePercent()).isEqualTo(80);
		assertThat(SentenceEnding.CompletionRates.of(Map.of()).communityPercent()).isNull();
	}

}
