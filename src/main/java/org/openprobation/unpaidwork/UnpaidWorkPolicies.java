package org.openprobation.unpaidwork;

import org.openprobation.policy.DefinedPolicy;
import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;
import org.openprobation.unpaidwork.domain.HoursCredit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unpaid work module's policies (ADR 20). */
@Configuration(proxyBeanMethods = false)
class UnpaidWorkPolicies {

	/**
	 * The hours credited to a person the service stood down ({@code supervision.md},
	 * Unpaid work: credited per policy, default one hour).
	 */
	@Bean
	Policy<HoursCredit.Settings> standDownCreditPolicy() {
		return DefinedPolicy.ofOne("unpaid-work-credit", "Unpaid work stand-down credit",
				"The minutes credited to a person the service stands down from a session (oversubscribed, no "
						+ "supervisor): counted against the service, never the person.",
				new PolicyField("standDownMinutes", "Credit for a stand-down", "minutes", 0, 480),
				HoursCredit.Settings.defaults(), HoursCredit.Settings::new, HoursCredit.Settings::standDownMinutes);
	}

	/**
	 * How soon an order's induction and first session are due ({@code supervision.md},
	 * Unpaid work: first session within 10 working days).
	 */
	@Bean
	Policy<org.openprobation.unpaidwork.domain.FirstSession.Settings> firstSessionPolicy() {
		return DefinedPolicy.ofOne("unpaid-work-start", "Unpaid work start",
				"Working days from an unpaid work requirement's start to its induction and first session.",
				new PolicyField("workingDays", "Induction and first session within", "working days", 1, 30),
				org.openprobation.unpaidwork.domain.FirstSession.Settings.defaults(),
				org.openprobation.unpaidwork.domain.FirstSession.Settings::new,
				org.openprobation.unpaidwork.domain.FirstSession.Settings::workingDays);
	}

}
