package org.openprobation.enforcement;

import java.util.List;
import java.util.Map;

import org.openprobation.enforcement.domain.EnforcementRule.Timescales;
import org.openprobation.policy.DefinedPolicy;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;
import org.openprobation.shared.FieldProblem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enforcement module's policies (ADR 20). */
@Configuration(proxyBeanMethods = false)
class EnforcementPolicies {

	/**
	 * The enforcement timescales ({@code supervision.md}, Enforcement: a warning with its
	 * letter within 2 working days, a breach prepared within 10).
	 */
	@Bean
	Policy<Timescales> enforcementTimescalesPolicy() {
		return new DefinedPolicy<>("enforcement-timescales", "Enforcement timescales",
				"Working days from an enforceable failure to the warning with its letter, and to a breach or recall "
						+ "prepared and submitted; submissions are judged on time against the second.",
				List.of(new PolicyField("warningWorkingDays", "Warning and letter within", "working days", 1, 10),
						new PolicyField("breachWorkingDays", "Breach or recall submitted within", "working days", 1,
								30)),
				Timescales.defaults(),
				values -> new Timescales(values.get("warningWorkingDays"), values.get("breachWorkingDays")),
				settings -> Map.of("warningWorkingDays", settings.warningWorkingDays(), "breachWorkingDays",
						settings.breachWorkingDays()),
				settings -> settings.breachWorkingDays() < settings.warningWorkingDays() ? List
					.of(new FieldProblem("breachWorkingDays",
							"A breach cannot be due sooner than a warning: enter at least the warning's working days"))
						: List.of());
	}

}
