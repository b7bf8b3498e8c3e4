package org.openprobation.contacts;

import java.util.List;
import java.util.Map;

import org.openprobation.contacts.HomeVisitStandard.Settings;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;

import org.springframework.stereotype.Component;

/**
 * When a home visit is due where there are child safeguarding or domestic abuse concerns,
 * as provider policy ({@code supervision.md}, Contact standards: within 10 working days
 * of the start, and again after each review).
 */
@Component
public class HomeVisitPolicy implements Policy<Settings> {

	HomeVisitPolicy() {
	}

	@Override
	public String key() {
		return "home-visits";
	}

	@Override
	public String title() {
		return "Home visits";
	}

	@Override
	public String explanation() {
		return "Working days from the start of supervision, and from each review of the plan, to the home visit a "
				+ "case with child safeguarding or domestic abuse concerns needs.";
	}

	@Override
	public List<PolicyField> fields() {
		return List.of(new PolicyField("workingDays", "Home visit within", "working days", 1, 30));
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
