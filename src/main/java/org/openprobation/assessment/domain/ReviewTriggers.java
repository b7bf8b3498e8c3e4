package org.openprobation.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * When a RoSH assessment or a sentence plan is next due for review (assessment.md,
 * "Timeliness"): at least every so many months, and sooner whenever a trigger occurs
 * after the last review (a change of address, a new offence or sentence, a registration
 * added, a breach or recall, the start of a new requirement), within the provider's
 * working days of the first such trigger.
 */
public final class ReviewTriggers {

	private ReviewTriggers() {
	}

	/** The latest day each kind of trigger happened on a case (null: never). */
	public record Events(@Nullable LocalDate movedOn, @Nullable LocalDate sentencedOn,
			@Nullable LocalDate requirementStartedOn, @Nullable LocalDate registeredOn,
			@Nullable LocalDate breachOrRecallOn) {

		public static Events none() {
			return new Events(null, null, null, null, null);
		}

	}

	public record Trigger(String what, LocalDate on) {
	}

	/** A review due: by when, and why (a trigger, or the scheduled interval). */
	public record Due(LocalDate by, @Nullable Trigger trigger) {

		public String why() {
			return trigger == null ? "Scheduled review" : trigger.what() + " on "
					+ trigger.on().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy"));
		}

	}

	/** The first trigger after {@code lastReviewedOn}, if any. */
	public static Optional<Trigger> firstSince(LocalDate lastReviewedOn, Events events) {
		List<Trigger> after = new ArrayList<>();
		add(after, "Change of address", events.movedOn(), lastReviewedOn);
		add(after, "New sentence", events.sentencedOn(), lastReviewedOn);
		add(after, "New requirement started", events.requirementStartedOn(), lastReviewedOn);
		add(after, "Registration added", events.registeredOn(), lastReviewedOn);
		add(after, "Breach or recall", events.breachOrRecallOn(), lastReviewedOn);
		return after.stream().min(Comparator.comparing(Trigger::on));
	}

	/**
	 * When the next review of something last reviewed (or made) on {@code lastReviewedOn}
	 * is due: the scheduled date, or sooner after a trigger.
	 */
	public static Due due(LocalDate lastReviewedOn, Events events, InitialAssessment.Settings settings) {
		LocalDate scheduled = InitialAssessment.reviewDue(lastReviewedOn, settings);
		Optional<Trigger> trigger = firstSince(lastReviewedOn, events);
		if (trigger.isPresent()) {
			LocalDate byTrigger = WorkingDayCalendar.plusWorkingDays(trigger.get().on(), settings.triggerWorkingDays());
			if (byTrigger.isBefore(scheduled)) {
				return new Due(byTrigger, trigger.get());
			}
		}
		return new Due(scheduled, null);
	}

	private static void add(List<Trigger> after, String what, @Nullable LocalDate on, LocalDate lastReviewedOn) {
		if (on != null && on.isAfter(lastReviewedOn)) {
			after.add(new Trigger(what, on));
		}
	}

}
