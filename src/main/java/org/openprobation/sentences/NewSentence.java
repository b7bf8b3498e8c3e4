package org.openprobation.sentences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/**
 * A sentence passed at court, as recorded on intake: the conviction, its main offence and
 * the sentence. A custodial sentence is recorded as pre-release supervision until
 * release.
 */
public record NewSentence(@Nullable LocalDate convictionDate, @Nullable String court, @Nullable String offence,
		@Nullable OffenceCategory offenceCategory, @Nullable LocalDate offenceDate, @Nullable SentenceKind kind,
		@Nullable LocalDate sentenceDate, @Nullable Integer lengthMonths, List<NewRequirement> requirements) {

	public NewSentence {
		requirements = List.copyOf(requirements);
	}

	/** A requirement the court attached, with the amount ordered where it has a unit. */
	public record NewRequirement(RequirementKind kind, @Nullable Integer amount) {

		/** The lawful or sensible range of the amount, by kind. */
		public int[] range() {
			return switch (kind) {
				case UNPAID_WORK -> new int[] { 40, 300 };
				case ATTENDANCE_CENTRE -> new int[] { 12, 36 };
				case ACCREDITED_PROGRAMME -> new int[] { 1, 100 };
				case ALCOHOL_ABSTINENCE_MONITORING -> new int[] { 1, 120 };
				case CURFEW -> new int[] { 1, 730 };
				default -> new int[] { 1, 365 };
			};
		}

	}

	/** The kinds a court passes (licence and PSS begin on release, not at court). */
	public static final List<SentenceKind> AT_COURT = List.of(SentenceKind.COMMUNITY_ORDER,
			SentenceKind.SUSPENDED_SENTENCE_ORDER, SentenceKind.PRE_RELEASE);

	/** What is wrong with it, field by field; empty when it can be recorded. */
	public List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (convictionDate == null) {
			problems.add(new FieldProblem("convictionDate", "Enter the date of conviction"));
		}
		else if (convictionDate.isAfter(today)) {
			problems.add(new FieldProblem("convictionDate", "The date of conviction must be today or in the past"));
		}
		if (court == null || court.isBlank()) {
			problems.add(new FieldProblem("court", "Enter the court"));
		}
		else if (court.length() > 200) {
			problems.add(new FieldProblem("court", "The court must be 200 characters or fewer"));
		}
		if (offence == null || offence.isBlank()) {
			problems.add(new FieldProblem("offence", "Enter the main offence"));
		}
		else if (offence.length() > 300) {
			problems.add(new FieldProblem("offence", "The offence must be 300 characters or fewer"));
		}
		if (offenceCategory == null) {
			problems.add(new FieldProblem("offenceCategory", "Select the offence category"));
		}
		if (offenceDate == null) {
			problems.add(new FieldProblem("offenceDate", "Enter the date of the offence"));
		}
		else if (convictionDate != null && offenceDate.isAfter(convictionDate)) {
			problems.add(new FieldProblem("offenceDate", "The offence must be on or before the date of conviction"));
		}
		if (kind == null || !AT_COURT.contains(kind)) {
			problems.add(new FieldProblem("kind", "Select a community order, suspended sentence order or custody"));
		}
		if (sentenceDate == null) {
			problems.add(new FieldProblem("sentenceDate", "Enter the date of sentence"));
		}
		else {
			if (sentenceDate.isAfter(today)) {
				problems.add(new FieldProblem("sentenceDate", "The date of sentence must be today or in the past"));
			}
			if (convictionDate != null && sentenceDate.isBefore(convictionDate)) {
				problems
					.add(new FieldProblem("sentenceDate", "The date of sentence must be on or after the conviction"));
			}
		}
		int maximum = kind == SentenceKind.PRE_RELEASE ? 600 : kind == SentenceKind.SUSPENDED_SENTENCE_ORDER ? 24 : 36;
		if (lengthMonths == null) {
			problems.add(new FieldProblem("lengthMonths", "Enter the length of the sentence in months"));
		}
		else if (lengthMonths < 1 || lengthMonths > maximum) {
			problems.add(new FieldProblem("lengthMonths", "The length must be between 1 and " + maximum + " months"));
		}
		if (kind == SentenceKind.COMMUNITY_ORDER && requirements.isEmpty()) {
			problems.add(new FieldProblem("requirements", "A community order must have at least one requirement"));
		}
		if (kind == SentenceKind.PRE_RELEASE && !requirements.isEmpty()) {
			problems.add(new FieldProblem("requirements", "A custodial sentence has no community requirements"));
		}
		java.util.Set<RequirementKind> seen = java.util.EnumSet.noneOf(RequirementKind.class);
		for (NewRequirement requirement : requirements) {
			String field = "requirements." + requirement.kind().name();
			if (!seen.add(requirement.kind())) {
				problems.add(new FieldProblem(field, requirement.kind().label() + " is listed twice"));
				continue;
			}
			int[] range = requirement.range();
			if (requirement.kind().unit() == RequirementKind.Unit.NONE) {
				if (requirement.amount() != null) {
					problems.add(new FieldProblem(field, requirement.kind().label() + " has no amount"));
				}
			}
			else if (requirement.amount() == null || requirement.amount() < range[0]
					|| requirement.amount() > range[1]) {
				problems.add(new FieldProblem(field, requirement.kind().label() + " must be between " + range[0]
						+ " and " + range[1] + " " + requirement.kind().unit().label()));
			}
		}
		return problems;
	}

}
