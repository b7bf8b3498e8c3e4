package org.openprobation.sentences;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.Users;
import org.openprobation.sentences.application.SentenceEndings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29 (every figure right): licence and post-sentence supervision completions read
 * "0 ended" across thousands of licence cases. The demo now holds licences that ended
 * (completed or recalled); the rates are counted here again from the record.
 */
@IntegrationTest
class CompletionFiguresTest {

	@Autowired
	SentenceEndings endings;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	private int count(String kinds, String statuses, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select count(*) from sentences.sentence where kind in (" + kinds + ") and status in (" + statuses
					+ ") and ended_on between :from and :to")
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.single();
	}

	@Test
	void licenceAndCommunityCompletionsAreTheEndedSentencesOfTheLastTwelveMonths() {
		SentenceEndings.Completions completions = endings.completions(users.find("inspector").orElseThrow());
		LocalDate to = LocalDate.now(clock);
		LocalDate from = to.minusMonths(12).plusDays(1);
		assertThat(completions.from()).isEqualTo(from);

		String licence = "'LICENCE', 'POST_SENTENCE_SUPERVISION'";
		String community = "'COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER'";
		String ended = "'COMPLETED', 'TERMINATED_EARLY', 'REVOKED', 'RECALLED'";
		String successful = "'COMPLETED', 'TERMINATED_EARLY'";

		assertThat(completions.rates().licenceEnded()).isEqualTo(count(licence, ended, from, to)).isPositive();
		assertThat(completions.rates().licenceSuccessful()).isEqualTo(count(licence, successful, from, to))
			.isPositive();
		assertThat(completions.rates().licenceSuccessful()).isLessThan(completions.rates().licenceEnded());
		assertThat(completions.rates().communityEnded()).isEqualTo(count(community, ended, from, to)).isPositive();
		assertThat(completions.rates().communitySuccessful()).isEqualTo(count(community, successful, from, to));
	}

}
