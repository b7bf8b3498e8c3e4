package org.openprobation.assessment.safeguarding;

import java.util.List;
import java.util.Map;

import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline.Settings;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * When a safeguarding request is due and when it is escalated, as provider policy
 * ({@code assessment.md}, Safeguarding: due in 10 working days, escalated at 20).
 */
@Component
class SafeguardingTimescalesPolicy implements Policy<Settings> {

	@Override
	public String key() {
		return "safeguarding-timescales";
	}

	@Override
	public String title() {
		return "Safeguarding check timescales";
	}

	@Override
	public String explanation() {
		return "Working days from sending a children's social care or police domestic abuse check to its reply being "
				+ "due (chased after it), and to its escalation while unanswered.";
	}

	@Override
	public List<PolicyField> fields() {
		return List.of(new PolicyField("dueWorkingDays", "Reply due within", "working days", 1, 30),
				new PolicyField("escalateWorkingDays", "Escalated when unanswered after", "working days", 2, 60));
	}

	@Override
	public Settings defaults() {
		return Settings.defaults();
	}

	@Override
	public Settings settings(Map<String, Integer> values) {
		return new Settings(values.get("dueWorkingDays"), values.get("escalateWorkingDays"));
	}

	@Override
	public Map<String, Integer> values(Settings settings) {
		return Map.of("dueWorkingDays", settings.dueWorkingDays(), "escalateWorkingDays",
				settings.escalateWorkingDays());
	}

	@Override
	public List<FieldProblem> problems(Settings settings) {
		return settings.escalateWorkingDays() <= settings.dueWorkingDays()
				? List.of(new FieldProblem("escalateWorkingDays",
						"Escalation comes after the reply is due: enter more working days than for the reply"))
				: List.of();
	}

}
