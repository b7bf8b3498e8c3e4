package org.openprobation.contacts;

import java.util.List;
import java.util.Map;

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

	/**
	 * The roles that read sensitive case notes besides the case's officer and the
	 * managers who oversee it (issue 28: "the case's officer, their managers and named
	 * roles"): none by default.
	 */
	@Bean
	Policy<org.openprobation.contacts.domain.NoteReading.Settings> sensitiveNotesPolicy() {
		return new DefinedPolicy<>("sensitive-notes", "Sensitive case notes",
				"Who reads a sensitive case note besides its author, the case's responsible officer and the managers "
						+ "who oversee the case (its team's senior probation officer and its area manager): 1 names "
						+ "the role, 0 leaves it out. A sensitive note is never in an export given to the person.",
				List.of(new PolicyField("quality", "Quality and performance staff read them", "0 no, 1 yes", 0, 1),
						new PolicyField("inspector", "Inspectors read them", "0 no, 1 yes", 0, 1),
						new PolicyField("unpaidWork", "Unpaid work staff read them", "0 no, 1 yes", 0, 1)),
				org.openprobation.contacts.domain.NoteReading.Settings.defaults(),
				values -> new org.openprobation.contacts.domain.NoteReading.Settings(values.get("quality") == 1,
						values.get("inspector") == 1, values.get("unpaidWork") == 1),
				settings -> Map.of("quality", settings.quality() ? 1 : 0, "inspector", settings.inspector() ? 1 : 0,
						"unpaidWork", settings.unpaidWork() ? 1 : 0),
				settings -> List.of());
	}

}
