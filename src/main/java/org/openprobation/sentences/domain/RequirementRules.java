package org.openprobation.sentences.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprobation.sentences.Delivery;
import org.openprobation.sentences.NewSentence;
import org.openprobation.sentences.AddedRequirement;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementChange;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.shared.FieldProblem;

/**
 * How a requirement changes on its own, apart from its order (supervision.md: "each
 * requirement has its own progress measure ... and its own end"):
 * <ul>
 * <li><b>completed</b> when what was ordered is delivered; one without an amount (drug
 * rehabilitation, a residence or exclusion requirement) runs to its end date; one served
 * by time (a curfew) when its days are served;</li>
 * <li><b>terminated</b> by the court before that, with the reason;</li>
 * <li><b>varied</b> by the court: a new amount (never below what is already done, within
 * the law's range) or a new end date (within the order), with the reason;</li>
 * <li><b>added</b> to a community order or suspended sentence order in force: by the
 * court on a breach ("more onerous requirements"), or on an application to amend the
 * order; one of a kind at a time.</li>
 * </ul>
 * Never dated in the future, nor before the requirement (or order) started.
 */
public final class RequirementRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** What a change asks for: the new amount and end date apply to a variation only. */
	public record Requested(RequirementChange.@Nullable Kind change, @Nullable LocalDate on,
			@Nullable Integer newAmount, @Nullable LocalDate newEnd, @Nullable String reason) {
	}

	private RequirementRules() {
	}

	/** What is wrong with changing this requirement so, field by field. */
	public static List<FieldProblem> problems(Sentence sentence, Requirement requirement, Delivery delivery,
			Requested requested, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!requirement.active() || !sentence.active()) {
			problems.add(new FieldProblem("change", "This requirement has already ended ("
					+ requirement.status().label().toLowerCase(Locale.ROOT) + ")"));
			return problems;
		}
		RequirementChange.Kind change = requested.change();
		if (change == null || change == RequirementChange.Kind.ADDED) {
			problems.add(new FieldProblem("change", "Select what happened to the requirement"));
			return problems;
		}
		LocalDate on = requested.on();
		if (on == null) {
			problems.add(new FieldProblem("on", "Enter the date"));
		}
		else if (on.isAfter(today)) {
			problems.add(new FieldProblem("on", "The date must be today or in the past"));
		}
		else if (on.isBefore(requirement.startDate())) {
			problems.add(new FieldProblem("on", "The date must be on or after the requirement started ("
					+ requirement.startDate().format(DAY) + ")"));
		}
		String reason = requested.reason();
		boolean noReason = reason == null || reason.isBlank();
		if (reason != null && reason.length() > 2000) {
			problems.add(new FieldProblem("reason", "The reason must be 2000 characters or fewer"));
		}
		switch (change) {
			case COMPLETED -> completing(requirement, delivery, on, problems);
			case TERMINATED -> {
				if (noReason) {
					problems
						.add(new FieldProblem("reason", "Give the court's reason for ending the requirement early"));
				}
			}
			case VARIED -> varying(sentence, requirement, delivery, requested, noReason, problems);
			case ADDED -> {
			}
		}
		return problems;
	}

	private static void completing(Requirement requirement, Delivery delivery, @Nullable LocalDate on,
			List<FieldProblem> problems) {
		Integer ordered = requirement.amountOrdered();
		if (ordered != null) {
			int done = requirement.doneWith(delivery.amount());
			if (done < ordered) {
				problems.add(new FieldProblem("change",
						"Only " + done + " of " + ordered + " " + requirement.kind().unit().label() + " are done: it "
								+ "is complete when all are done, or the court can terminate or vary it"));
			}
		}
		else if (on != null && on.isBefore(requirement.endDate())) {
			problems.add(new FieldProblem("change", "It runs until " + requirement.endDate().format(DAY)
					+ ": before then only the court can end it (terminated)"));
		}
	}

	private static void varying(Sentence sentence, Requirement requirement, Delivery delivery, Requested requested,
			boolean noReason, List<FieldProblem> problems) {
		Integer amount = requested.newAmount();
		LocalDate end = requested.newEnd();
		if (noReason) {
			problems.add(new FieldProblem("reason", "Give the court's reason for varying the requirement"));
		}
		boolean sameAmount = amount == null || amount.equals(requirement.amountOrdered());
		boolean sameEnd = end == null || end.equals(requirement.endDate());
		if (sameAmount && sameEnd) {
			problems.add(new FieldProblem(requirement.amountOrdered() == null ? "newEnd" : "newAmount",
					"Enter the new amount or the new end date the court set"));
			return;
		}
		if (amount != null) {
			if (requirement.amountOrdered() == null) {
				problems.add(new FieldProblem("newAmount", requirement.kind().label() + " has no amount"));
			}
			else {
				int[] range = new NewSentence.NewRequirement(requirement.kind(), amount).range();
				int done = requirement.doneWith(delivery.amount());
				if (amount < range[0] || amount > range[1]) {
					problems.add(new FieldProblem("newAmount", "The amount must be between " + range[0] + " and "
							+ range[1] + " " + requirement.kind().unit().label()));
				}
				else if (amount < done) {
					problems.add(new FieldProblem("newAmount", "The amount cannot be less than what is already done ("
							+ done + " " + requirement.kind().unit().label() + ")"));
				}
			}
		}
		if (end != null) {
			endWithinOrder("newEnd", sentence, requirement.startDate(), end, problems);
		}
	}

	/** What is wrong with adding this requirement to the order, field by field. */
	public static List<FieldProblem> additionProblems(Sentence sentence, AddedRequirement addition, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!sentence.active() || (sentence.kind() != SentenceKind.COMMUNITY_ORDER
				&& sentence.kind() != SentenceKind.SUSPENDED_SENTENCE_ORDER)) {
			problems.add(new FieldProblem("kind",
					"Requirements are added only to a community order or suspended sentence order in force"));
			return problems;
		}
		RequirementKind kind = addition.kind();
		if (kind == null) {
			problems.add(new FieldProblem("kind", "Select the requirement"));
		}
		else {
			if (sentence.requirements().stream().anyMatch(r -> r.active() && r.kind() == kind)) {
				problems.add(new FieldProblem("kind",
						"The order already has an active " + kind.label() + " requirement: vary it instead"));
			}
			if (kind.unit() == RequirementKind.Unit.NONE) {
				if (addition.amount() != null) {
					problems.add(new FieldProblem("amount", kind.label() + " has no amount"));
				}
			}
			else {
				int[] range = new NewSentence.NewRequirement(kind, addition.amount()).range();
				if (addition.amount() == null) {
					problems.add(new FieldProblem("amount", "Enter the " + kind.unit().label() + " ordered"));
				}
				else if (addition.amount() < range[0] || addition.amount() > range[1]) {
					problems.add(new FieldProblem("amount",
							"The amount must be between " + range[0] + " and " + range[1] + " " + kind.unit().label()));
				}
			}
		}
		LocalDate start = addition.start();
		if (start == null) {
			problems.add(new FieldProblem("start", "Enter the date the court added it"));
		}
		else if (start.isAfter(today)) {
			problems.add(new FieldProblem("start", "The date must be today or in the past"));
		}
		else if (start.isBefore(sentence.startDate())) {
			problems.add(new FieldProblem("start",
					"The date must be on or after the order began (" + sentence.startDate().format(DAY) + ")"));
		}
		if (addition.end() == null) {
			problems.add(new FieldProblem("end", "Enter the date it ends"));
		}
		else if (start != null) {
			endWithinOrder("end", sentence, start, addition.end(), problems);
		}
		String reason = addition.reason();
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Give the court's reason (for example, the breach it followed)"));
		}
		else if (reason.length() > 2000) {
			problems.add(new FieldProblem("reason", "The reason must be 2000 characters or fewer"));
		}
		return problems;
	}

	private static void endWithinOrder(String field, Sentence sentence, LocalDate start, LocalDate end,
			List<FieldProblem> problems) {
		if (!end.isAfter(start)) {
			problems.add(new FieldProblem(field,
					"The end date must be after the requirement started (" + start.format(DAY) + ")"));
		}
		else if (end.isAfter(sentence.expectedEndDate())) {
			problems.add(new FieldProblem(field,
					"The end date must be within the order, which ends on " + sentence.expectedEndDate().format(DAY)));
		}
	}

}
