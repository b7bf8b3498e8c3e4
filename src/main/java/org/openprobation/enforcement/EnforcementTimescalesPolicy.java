package org.openprobation.enforcement;

import java.util.List;
import java.util.Map;

import org.openprobation.enforcement.domain.EnforcementRule.Timescales;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * The enforcement timescales as provider policy ({@code supervision.md}, Enforcement: a
 * warning with its letter within 2 working days, a breach prepared within 10).
 */
@Component
class EnforcementTimescalesPolicy implements Policy<Timescales> {

	@Override
	public String key() {
		return "enforcement-timescales";
	}

	@Override
	public String title() {
		return "Enforcement timescales";
	}

	@Override
	public String explanation() {
		return "Working days from an enforceable failure to the warning with its letter, and to a breach or recall "
				+ "prepared and submitted; submissions are judged on time against the second.";
	}

	@Override
	public List<PolicyField> fields() {
		return List.of(new PolicyField("warningWorkingDays", "Warning and letter within", "working days", 1, 10),
				new PolicyField("breachWorkingDays", "Breach or recall submitted within", "working days", 1, 30));
	}

	@Override
	public Timescales defaults() {
		return Timescales.defaults();
	}

	@Override
	public Timescales settings(Map<String, Integer> values) {
		return new Timescales(values.get("warningWorkingDays"), values.get("breachWorkingDays"));
	}

	@Override
	public Map<String, Integer> values(Timescales settings) {
		return Map.of("warningWorkingDays", settings.warningWorkingDays(), "breachWorkingDays",
				settings.breachWorkingDays());
	}

	@Override
	public List<FieldProblem> problems(Timescales settings) {
		return settings.breachWorkingDays() < settings.warningWorkingDays()
				? List.of(new FieldProblem("breachWorkingDays",
						"A breach cannot be due sooner than a warning: enter at least the warning's working days"))
				: List.of();
	}

}
