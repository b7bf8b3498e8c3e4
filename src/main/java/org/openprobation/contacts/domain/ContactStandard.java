package org.openprobation.contacts.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * The contact standard of {@code supervision.md} (policy defaults, provider
 * configuration): induction within 5 working days of sentence, or on the day of release
 * (or the next working day) for a licence; then weekly for the first 12 weeks for tier A
 * and B, fortnightly after; fortnightly for tier C; every 4 weeks for tier D; never more
 * than 4 weeks without a contact that counts. Both flags are measured from the contact
 * that was due: overdue by more than the interval again is "at risk" and flagged to the
 * team manager; 8 weeks past it is "lost" and goes to the area manager, so every case
 * passes through "at risk" before "lost" (issue 28).
 */
public final class ContactStandard {

	private ContactStandard() {
	}

	/** The policy values a provider can change. */
	public record Settings(int inductionWorkingDays, int intensiveWeeks, int intensiveIntervalDays,
			int tierAbIntervalDays, int tierCIntervalDays, int tierDIntervalDays, int maximumGapDays, int lostDays) {

		public static Settings defaults() {
			return new Settings(5, 12, 7, 14, 14, 28, 28, 56);
		}

		/**
		 * What makes a configuration unusable: no interval may exceed the maximum gap,
		 * the maximum gap may not exceed 4 weeks (the policy's ceiling), and a case is
		 * lost only after the maximum gap.
		 */
		public java.util.List<org.openprobation.shared.FieldProblem> problems() {
			java.util.List<org.openprobation.shared.FieldProblem> problems = new java.util.ArrayList<>();
			range(problems, "inductionWorkingDays", inductionWorkingDays, 1, 10,
					"The induction is due within 1 to 10 working days");
			range(problems, "intensiveWeeks", intensiveWeeks, 0, 26,
					"The weekly period for tiers A and B is 0 to 26 weeks");
			range(problems, "maximumGapDays", maximumGapDays, 7, 28, "The maximum gap is 7 to 28 days");
			for (Object[] interval : new Object[][] { { "intensiveIntervalDays", intensiveIntervalDays },
					{ "tierAbIntervalDays", tierAbIntervalDays }, { "tierCIntervalDays", tierCIntervalDays },
					{ "tierDIntervalDays", tierDIntervalDays } }) {
				range(problems, (String) interval[0], (Integer) interval[1], 1, Math.max(1, maximumGapDays),
						"Each interval is at least a day and no longer than the maximum gap (" + maximumGapDays
								+ " days)");
			}
			if (lostDays <= maximumGapDays || lostDays > 84) {
				problems.add(new org.openprobation.shared.FieldProblem("lostDays",
						"A case is lost after more than the maximum gap and at most 12 weeks (84 days)"));
			}
			return problems;
		}

		private static void range(java.util.List<org.openprobation.shared.FieldProblem> problems, String field,
				int value, int min, int max, String message) {
			if (value < min || value > max) {
				problems.add(new org.openprobation.shared.FieldProblem(field, message));
			}
		}

	}

	/** How far a case is from its standard. */
	public enum Status {

		ON_TRACK, OVERDUE, AT_RISK, LOST

	}

	/**
	 * Where a case stands today.
	 *
	 * @param nextDue the date by which the next contact that counts is due
	 * @param daysSinceContact days since the last contact that counts (or since the start
	 * when there has been none)
	 */
	public record Standing(LocalDate nextDue, Status status, int intervalDays, long daysSinceContact,
			boolean inductionDue) {

		public boolean overdue() {
			return status != Status.ON_TRACK;
		}

	}

	/** The interval between contacts that count, for a tier letter (C when untiered). */
	public static int intervalDays(Settings settings, @Nullable String tier, LocalDate start, LocalDate on) {
		char letter = tier == null || tier.isEmpty() ? 'C' : tier.charAt(0);
		int interval = switch (letter) {
			case 'A', 'B' -> on.isBefore(start.plusWeeks(settings.intensiveWeeks())) ? settings.intensiveIntervalDays()
					: settings.tierAbIntervalDays();
			case 'D' -> settings.tierDIntervalDays();
			default -> settings.tierCIntervalDays();
		};
		return Math.min(interval, settings.maximumGapDays());
	}

	/**
	 * When the induction is due: 5 working days after sentence, or release day for a
	 * licence.
	 */
	public static LocalDate inductionDue(Settings settings, LocalDate start, boolean licence) {
		if (licence) {
			return WorkingDayCalendar.isWorkingDay(start) ? start : WorkingDayCalendar.plusWorkingDays(start, 1);
		}
		return WorkingDayCalendar.plusWorkingDays(start, settings.inductionWorkingDays());
	}

	/**
	 * Where a case stands on {@code today}, from the start of its supervision and the
	 * date of its last contact that counts (null when none yet).
	 */
	public static Standing standing(Settings settings, @Nullable String tier, LocalDate start, boolean licence,
			@Nullable LocalDate lastContact, LocalDate today) {
		if (lastContact == null || lastContact.isBefore(start)) {
			LocalDate due = inductionDue(settings, start, licence);
			long since = Math.max(0, ChronoUnit.DAYS.between(start, today));
			int interval = intervalDays(settings, tier, start, today);
			return new Standing(due, status(settings, due, today, interval), interval, since, true);
		}
		int interval = intervalDays(settings, tier, start, lastContact);
		LocalDate due = lastContact.plusDays(interval);
		long since = Math.max(0, ChronoUnit.DAYS.between(lastContact, today));
		return new Standing(due, status(settings, due, today, interval), interval, since, false);
	}

	/**
	 * Where a case stands by the days since its contact was due: at risk once overdue by
	 * more than the interval again, lost at the lost days (and never before a day at
	 * risk, whatever the interval).
	 */
	static Status status(Settings settings, LocalDate due, LocalDate today, int interval) {
		long overdue = ChronoUnit.DAYS.between(due, today);
		if (overdue <= 0) {
			return Status.ON_TRACK;
		}
		if (overdue >= Math.max(settings.lostDays(), interval + 2L)) {
			return Status.LOST;
		}
		if (overdue > interval) {
			return Status.AT_RISK;
		}
		return Status.OVERDUE;
	}

}
