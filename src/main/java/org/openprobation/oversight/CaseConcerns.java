package org.openprobation.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RoshOverall;
import org.openprobation.planning.Plans;

/**
 * What is wrong in a case's assessment and planning (plan gaps, a plan or RoSH assessment
 * late or missing, reviews overdue): one rule for the team's oversight list and the
 * oversight dashboards, so the numbers and the lists agree.
 */
public final class CaseConcerns {

	private CaseConcerns() {
	}

	/** Kinds of failure the list shows, as filters. */
	public enum Concern {

		PLAN_GAP("Plan gaps"), PLAN_LATE("Plan late or missing"), PLAN_REVIEW_OVERDUE("Plan review overdue"),
		ROSH_LATE("RoSH assessment late or missing"), ROSH_REVIEW_OVERDUE("RoSH review overdue"),
		REGISTRATION_REVIEW_OVERDUE("Registration review overdue");

		private final String label;

		Concern(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Issue(Concern concern, String text) {
	}

	public static List<Issue> issues(LocalDate today, @Nullable LocalDate allocatedOn, Plans.@Nullable PlanState plan,
			@Nullable RoshOverall rosh, List<Registration> registrations, InitialAssessment.Settings initial) {
		List<Issue> issues = new ArrayList<>();
		LocalDate assessBy = allocatedOn == null ? null : InitialAssessment.dueBy(allocatedOn, initial);
		boolean assessmentLate = allocatedOn != null && InitialAssessment.lateOn(allocatedOn, today, initial);
		if (plan != null) {
			plan.gaps().forEach(g -> issues.add(new Issue(Concern.PLAN_GAP, g)));
			if (plan.startedOn() == null || plan.objectives() == 0) {
				if (assessmentLate) {
					issues.add(new Issue(Concern.PLAN_LATE, "No sentence plan; it was due by " + assessBy));
				}
			}
			else {
				LocalDate reviewDue = plan.nextReviewDue(initial);
				if (reviewDue != null && reviewDue.isBefore(today)) {
					issues.add(new Issue(Concern.PLAN_REVIEW_OVERDUE, "Plan review was due by " + reviewDue));
				}
			}
		}
		if (rosh == null) {
			if (assessmentLate) {
				issues
					.add(new Issue(Concern.ROSH_LATE, "No risk of serious harm assessment; it was due by " + assessBy));
			}
		}
		else if (InitialAssessment.reviewDue(rosh.assessedOn(), initial).isBefore(today)) {
			issues.add(new Issue(Concern.ROSH_REVIEW_OVERDUE, "Risk of serious harm last assessed " + rosh.assessedOn()
					+ ", more than " + initial.reviewMonths() + " months ago"));
		}
		for (Registration registration : registrations) {
			if (registration.reviewOverdueOn(today)) {
				issues.add(new Issue(Concern.REGISTRATION_REVIEW_OVERDUE,
						registration.label() + " review was due by " + registration.nextReviewDate()));
			}
		}
		return issues;
	}

}
