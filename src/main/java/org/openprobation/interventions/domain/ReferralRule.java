package org.openprobation.interventions.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.interventions.ReferralStatus;
import org.openprobation.shared.FieldProblem;

/**
 * When a referral may move on: only along its lifecycle, on a date that is neither in the
 * future nor before its last step, with the reason for a rejection or withdrawal and the
 * outcome of a completion; an accredited programme is completed only when all its
 * sessions were attended.
 */
public final class ReferralRule {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private ReferralRule() {
	}

	/** The referral as it stands. */
	public record Current(ReferralStatus status, LocalDate lastStepOn, int sessionsAttended,
			@Nullable Integer sessionsRequired, boolean accredited) {
	}

	public static List<FieldProblem> problemsMoving(Current current, @Nullable ReferralStatus to,
			@Nullable LocalDate on, LocalDate today, @Nullable String reason, @Nullable String outcome) {
		List<FieldProblem> problems = new ArrayList<>();
		if (to == null) {
			problems.add(new FieldProblem("status", "Select what happened to the referral"));
			return problems;
		}
		if (!current.status().next().contains(to)) {
			problems
				.add(new FieldProblem("status",
						current.status().next().isEmpty() ? "The referral has ended ("
								+ current.status().label().toLowerCase(java.util.Locale.ROOT) + "): it cannot change"
								: "A referral that is " + current.status().label().toLowerCase(java.util.Locale.ROOT)
										+ " can only be "
										+ current.status()
											.next()
											.stream()
											.map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
											.collect(Collectors.joining(" or "))));
			return problems;
		}
		if (on == null) {
			problems.add(new FieldProblem("on", "Enter the date it happened"));
		}
		else if (on.isAfter(today)) {
			problems.add(new FieldProblem("on", "The date cannot be in the future"));
		}
		else if (on.isBefore(current.lastStepOn())) {
			problems.add(new FieldProblem("on",
					"The date cannot be before the referral's last step, on " + current.lastStepOn().format(DAY)));
		}
		if (to.needsReason() && blank(reason)) {
			problems.add(new FieldProblem("reason", to == ReferralStatus.REJECTED
					? "Enter why the service rejected the referral" : "Enter why the referral was withdrawn"));
		}
		if (to.needsOutcome() && blank(outcome)) {
			problems.add(new FieldProblem("outcome", "Enter what the person achieved"));
		}
		if (to == ReferralStatus.COMPLETED && current.accredited() && current.sessionsRequired() != null
				&& current.sessionsAttended() < current.sessionsRequired()) {
			problems.add(new FieldProblem("status",
					"An accredited programme is completed only when all " + current.sessionsRequired()
							+ " sessions are attended (attended so far: " + current.sessionsAttended() + ")"));
		}
		for (String[] text : new String[][] { { "reason", reason }, { "outcome", outcome } }) {
			if (text[1] != null && text[1].length() > 2000) {
				problems.add(new FieldProblem(text[0], "Must be 2,000 characters or fewer"));
			}
		}
		return problems;
	}

	/**
	 * The share of referrals that ended after starting which were completed, or null when
	 * none ended.
	 */
	public static @Nullable Integer completionPercent(int completed, int withdrawnAfterStarting) {
		int ended = completed + withdrawnAfterStarting;
		return ended == 0 ? null : (int) Math.round(100.0 * completed / ended);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
