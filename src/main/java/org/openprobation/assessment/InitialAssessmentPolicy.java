package org.openprobation.assessment;

import java.util.List;
import java.util.Map;

import org.openprobation.assessment.domain.InitialAssessment.Settings;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;

import org.springframework.stereotype.Component;

/**
 * When the initial RoSH assessment, needs assessment and sentence plan are due, as
 * provider policy ({@code assessment.md}, Timeliness: within 15 working days of
 * allocation).
 */
@Component
class InitialAssessmentPolicy implements Policy<Settings> {

	@Override
	public String key() {
		return "initial-assessment";
	}

	@Override
	public String title() {
		return "Initial assessment and plan";
	}

	@Override
	public String explanation() {
		return "Working days from allocation to the initial RoSH assessment, needs assessment and sentence plan: "
				+ "the one due date the case pages, team lists, dashboards and inspections judge them by.";
	}

	@Override
	public List<PolicyField> fields() {
		return List.of(new PolicyField("workingDays", "Initial assessment and plan within", "working days", 5, 40));
	}

	@Override
	public Settings defaults() {
		return Settings.defaults();
	}

	@Override
	public Settings settings(Map<String, Integer> values) {
		return new Settings(values.get("workingDays"));
	}

	@Override
	public Map<String, Integer> values(Settings settings) {
		return Map.of("workingDays", settings.workingDays());
	}

}
