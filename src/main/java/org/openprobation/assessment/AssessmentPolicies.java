package org.openprobation.assessment;

import java.util.List;
import java.util.Map;

import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline;
import org.openprobation.policy.DefinedPolicy;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;
import org.openprobation.shared.FieldProblem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment module's policies (ADR 20). */
@Configuration(proxyBeanMethods = false)
class AssessmentPolicies {

	/**
	 * When the initial RoSH assessment, needs assessment and sentence plan are due, and
	 * how often they are reviewed ({@code assessment.md}, Timeliness: within 15 working
	 * days of allocation; reviewed at least every 6 months).
	 */
	@Bean
	Policy<InitialAssessment.Settings> initialAssessmentPolicy() {
		return new DefinedPolicy<>("initial-assessment", "Initial assessment and plan",
				"Working days from allocation to the initial RoSH assessment, needs assessment and sentence plan: "
						+ "the one due date the case pages, team lists, dashboards and inspections judge them by; "
						+ "the months after which the RoSH assessment and the plan are overdue for review; and how soon "
						+ "they are reviewed after a change of circumstances.",
				List.of(new PolicyField("workingDays", "Initial assessment and plan within", "working days", 5, 40),
						new PolicyField("reviewMonths", "Assessment and plan reviewed at least every", "months", 1, 12),
						new PolicyField("triggerWorkingDays",
								"Reviewed after a change of circumstances (new address, offence, requirement, "
										+ "registration, breach or recall) within",
								"working days", 1, 30)),
				InitialAssessment.Settings.defaults(),
				values -> new InitialAssessment.Settings(values.get("workingDays"), values.get("reviewMonths"),
						values.get("triggerWorkingDays")),
				settings -> Map.of("workingDays", settings.workingDays(), "reviewMonths", settings.reviewMonths(),
						"triggerWorkingDays", settings.triggerWorkingDays()),
				settings -> List.of());
	}

	/**
	 * Which RoSH assessments and sentence plans a manager countersigns, and how soon
	 * (assessment.md, "Risk of serious harm"; inspection.md, management oversight): by
	 * default those of cases at high or very high risk of serious harm, within 5 working
	 * days.
	 */
	@Bean
	Policy<org.openprobation.assessment.domain.Countersigning.Settings> countersigningPolicy() {
		return new DefinedPolicy<>("countersignature", "Countersignature",
				"The lowest overall risk of serious harm (1 low, 2 medium, 3 high, 4 very high) at which a manager "
						+ "countersigns the RoSH assessment and the sentence plan, and the working days they have to do it.",
				List.of(new PolicyField("fromLevel", "Countersigned from the RoSH level", "1 to 4", 1, 4),
						new PolicyField("workingDays", "Countersigned within", "working days", 1, 20)),
				org.openprobation.assessment.domain.Countersigning.Settings.defaults(),
				values -> new org.openprobation.assessment.domain.Countersigning.Settings(values.get("fromLevel"),
						values.get("workingDays")),
				settings -> Map.of("fromLevel", settings.fromLevel(), "workingDays", settings.workingDays()),
				settings -> List.of());
	}

	/**
	 * When a safeguarding request is due and when it is escalated ({@code assessment.md},
	 * Safeguarding: due in 10 working days, escalated at 20).
	 */
	@Bean
	Policy<SafeguardingTimeline.Settings> safeguardingTimescalesPolicy() {
		return new DefinedPolicy<>("safeguarding-timescales", "Safeguarding check timescales",
				"Working days from sending a children's social care or police domestic abuse check to its reply "
						+ "being due (chased after it), and to its escalation while unanswered.",
				List.of(new PolicyField("dueWorkingDays", "Reply due within", "working days", 1, 30),
						new PolicyField(
								"escalateWorkingDays", "Escalated when unanswered after", "working days", 2, 60)),
				SafeguardingTimeline.Settings.defaults(),
				values -> new SafeguardingTimeline.Settings(values.get("dueWorkingDays"),
						values.get("escalateWorkingDays")),
				settings -> Map.of("dueWorkingDays", settings.dueWorkingDays(), "escalateWorkingDays",
						settings.escalateWorkingDays()),
				settings -> settings.escalateWorkingDays() <= settings.dueWorkingDays()
						? List.of(new FieldProblem("escalateWorkingDays",
								"Escalation comes after the reply is due: enter more working days than for the reply"))
						: List.of());
	}

}
