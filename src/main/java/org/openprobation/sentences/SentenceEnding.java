package org.openprobation.sentences;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/**
 * How a sentence may end: completed on or after its end date; terminated early for good
 * progress (by the court, before the end date, with the reason); revoked or resentenced
 * after breach (a community order, suspended sentence order or post-sentence
 * supervision); recalled (a licence or post-sentence supervision). Never in the future,
 * never before it started.
 */
public final class SentenceEnding {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private SentenceEnding() {
	}

	public static List<FieldProblem> problems(SentenceKind kind, LocalDate startDate, LocalDate expectedEnd,
			@Nullable SentenceStatus outcome, @Nullable LocalDate on, LocalDate today, @Nullable String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		if (outcome == null || outcome == SentenceStatus.ACTIVE) {
			problems.add(new FieldProblem("outcome", "Select how the sentence ended"));
			return problems;
		}
		boolean licence = kind == SentenceKind.LICENCE || kind == SentenceKind.POST_SENTENCE_SUPERVISION;
		if (kind == SentenceKind.PRE_RELEASE) {
			problems.add(new FieldProblem("outcome", "A custodial sentence ends by release onto licence"));
			return problems;
		}
		if (outcome == SentenceStatus.RECALLED && !licence) {
			problems.add(new FieldProblem("outcome", "Only a licence or post-sentence supervision ends in recall"));
		}
		if (outcome == SentenceStatus.REVOKED && kind == SentenceKind.LICENCE) {
			problems.add(new FieldProblem("outcome", "A licence is not revoked by a court: record the recall"));
		}
		if (on == null) {
			problems.add(new FieldProblem("on", "Enter the date it ended"));
		}
		else if (on.isAfter(today)) {
			problems.add(new FieldProblem("on", "The date cannot be in the future"));
		}
		else if (on.isBefore(startDate)) {
			problems.add(new FieldProblem("on",
					"The date cannot be before the sentence started, on " + startDate.format(DAY)));
		}
		else if (outcome == SentenceStatus.COMPLETED && on.isBefore(expectedEnd)) {
			problems.add(new FieldProblem("on", "A sentence completes on or after its end date, "
					+ expectedEnd.format(DAY) + "; before that, record an early termination"));
		}
		else if (outcome == SentenceStatus.TERMINATED_EARLY && !on.isBefore(expectedEnd)) {
			problems
				.add(new FieldProblem("on", "An early termination is before the end date, " + expectedEnd.format(DAY)));
		}
		if (outcome != SentenceStatus.COMPLETED && (reason == null || reason.isBlank())) {
			problems.add(new FieldProblem("reason", "Enter the reason (the court's or the recall decision)"));
		}
		if (reason != null && reason.length() > 2000) {
			problems.add(new FieldProblem("reason", "Must be 2,000 characters or fewer"));
		}
		return problems;
	}

	/**
	 * Successful completion rates, as the contract measures count them: of community
	 * sentences (community orders and suspended sentence orders) and of licences and
	 * post-sentence supervision ended in a period, those completed or terminated early
	 * for good progress.
	 */
	public record CompletionRates(int communityEnded, int communitySuccessful, int licenceEnded,
			int licenceSuccessful) {

		/** Contract targets (domain: organisation-and-demo-data.md). */
		public static final int COMMUNITY_TARGET = 75;

		public static final int LICENCE_TARGET = 65;

		public @Nullable Integer communityPercent() {
			return communityEnded == 0 ? null : (int) Math.round(100.0 * communitySuccessful / communityEnded);
		}

		public @Nullable Integer licencePercent() {
			return licenceEnded == 0 ? null : (int) Math.round(100.0 * licenceSuccessful / licenceEnded);
		}

		public static CompletionRates of(java.util.Map<String, java.util.Map<String, Integer>> endedByKindAndStatus) {
			int[] counts = new int[4];
			endedByKindAndStatus.forEach((kind, byStatus) -> {
				SentenceKind sentenceKind = SentenceKind.valueOf(kind);
				boolean licence = sentenceKind == SentenceKind.LICENCE
						|| sentenceKind == SentenceKind.POST_SENTENCE_SUPERVISION;
				byStatus.forEach((status, n) -> {
					SentenceStatus ended = SentenceStatus.valueOf(status);
					boolean success = ended == SentenceStatus.COMPLETED || ended == SentenceStatus.TERMINATED_EARLY;
					counts[licence ? 2 : 0] += n;
					if (success) {
						counts[licence ? 3 : 1] += n;
					}
				});
			});
			return new CompletionRates(counts[0], counts[1], counts[2], counts[3]);
		}

	}

}
