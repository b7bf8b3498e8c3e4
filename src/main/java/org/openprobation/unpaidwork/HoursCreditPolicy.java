package org.openprobation.unpaidwork;

import java.util.List;
import java.util.Map;

import org.openprobation.policy.Policy;
import org.openprobation.policy.PolicyField;
import org.openprobation.unpaidwork.domain.HoursCredit.Settings;

import org.springframework.stereotype.Component;

/**
 * The hours credited to a person the service stood down, as provider policy
 * ({@code supervision.md}, Unpaid work: credited per policy, default one hour).
 */
@Component
class HoursCreditPolicy implements Policy<Settings> {

	@Override
	public String key() {
		return "unpaid-work-credit";
	}

	@Override
	public String title() {
		return "Unpaid work stand-down credit";
	}

	@Override
	public String explanation() {
		return "The minutes credited to a person the service stands down from a session (oversubscribed, no "
				+ "supervisor): counted against the service, never the person.";
	}

	@Override
	public List<PolicyField> fields() {
		return List.of(new PolicyField("standDownMinutes", "Credit for a stand-down", "minutes", 0, 480));
	}

	@Override
	public Settings defaults() {
		return Settings.defaults();
	}

	@Override
	public Settings settings(Map<String, Integer> values) {
		return new Settings(values.get("standDownMinutes"));
	}

	@Override
	public Map<String, Integer> values(Settings settings) {
		return Map.of("standDownMinutes", settings.standDownMinutes());
	}

}
