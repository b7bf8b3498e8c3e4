package org.openprobation.assessment.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * The one rule for when the initial RoSH assessment, needs assessment and sentence plan
 * are due ({@code assessment.md}, Timeliness; {@code supervision.md} refers to it): each
 * within 15 working days of allocation (custody cases: before release), then reviewed at
 * least every 6 months. Every page, list and figure that judges them asks this.
 */
public final class InitialAssessment {

	/**
	 * Policy (provider settings): working days from allocation, and months between
	 * reviews of the RoSH assessment and the sentence plan.
	 */
	public record Settings(int workingDays, int reviewMonths, int triggerWorkingDays) {

		public Settings(int workingDays, int reviewMonths) {
			this(workingDays, reviewMonths, 10);
		}

		public static Settings defaults() {
			return new Settings(15, 6, 10);
		}

	}

	private InitialAssessment() {
	}

	/** The last day on which they are in time. */
	public static LocalDate dueBy(LocalDate allocatedOn, Settings settings) {
		return WorkingDayCalendar.plusWorkingDays(allocatedOn, settings.workingDays());
	}

	/**
	 * The last day on which they are in time, for a case in custody ({@code releaseOn}
	 * its expected release) or not (null): a custody case's are due before release, so by
	 * the day before it (never before allocation); any other case's within the working
	 * days of allocation ({@code assessment.md}: "custody cases: before release").
	 */
	public static LocalDate dueBy(LocalDate allocatedOn, @Nullable LocalDate releaseOn, Settings settings) {
		if (releaseOn == null) {
			return dueBy(allocatedOn, settings);
		}
		LocalDate before = releaseOn.minusDays(1);
		return before.isBefore(allocatedOn) ? allocatedOn : before;
	}

	/**
	 * When the next scheduled review of an assessment or plan is due: the review interval
	 * after its last review (or after it was made).
	 */
	public static LocalDate reviewDue(LocalDate lastReviewedOrMadeOn, Settings settings) {
		return lastReviewedOrMadeOn.plusMonths(settings.reviewMonths());
	}

	/** Whether something done on this day was in time. */
	public static boolean inTime(LocalDate allocatedOn, LocalDate doneOn, Settings settings) {
		return !doneOn.isAfter(dueBy(allocatedOn, settings));
	}

	/** Late on this day: not done, and the last day has passed. */
	public static boolean lateOn(LocalDate allocatedOn, LocalDate today, Settings settings) {
		return dueBy(allocatedOn, settings).isBefore(today);
	}

}
