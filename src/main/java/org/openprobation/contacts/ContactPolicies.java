package org.openprobation.contacts;

import org.openprobation.policy.DefinedPolicy;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contacts module's policies beside the contact standard (ADR 20). */
@Configuration(proxyBeanMethods = false)
class ContactPolicies {

	/**
	 * When a home visit is due where there are child safeguarding or domestic abuse
	 * concerns ({@code supervision.md}, Contact standards: within 10 working days of the
	 * start, and again after each review).
	 */
	@Bean
	Policy<HomeVisitStandard.Settings> homeVisitPolicy() {
		return DefinedPolicy.ofOne("home-visits", "Home visits",
				"Working days from the start of supervision, and from each review of the plan, to the home visit a "
						+ "case with child safeguarding or domestic abuse concerns needs.",
				new PolicyField("workingDays", "Home visit within", "working days", 1, 30),
				HomeVisitStandard.Settings.defaults(), HomeVisitStandard.Settings::new,
				HomeVisitStandard.Settings::workingDays);
	}

}
