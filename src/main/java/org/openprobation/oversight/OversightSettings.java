package org.openprobation.oversight;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Targets for the oversight figures, as configuration
 * ({@code openprobation.oversight.targets.*} in per cent): a minimum for figures where
 * higher is better (the contract's completion measures: community 75%, licences 65%), a
 * maximum otherwise. A figure without a target shows none.
 */
@ConfigurationProperties("openprobation.oversight")
public record OversightSettings(@Nullable Map<Metric, Integer> targets) {

	public OversightSettings {
		Map<Metric, Integer> all = new EnumMap<>(Metric.class);
		all.put(Metric.COMPLETION_COMMUNITY, 75);
		all.put(Metric.COMPLETION_LICENCE, 65);
		all.put(Metric.ENFORCEMENT_ON_TIME, 90);
		all.put(Metric.CONTACT_OVERDUE, 10);
		all.put(Metric.ROSH_LATE, 10);
		all.put(Metric.PLAN_LATE, 10);
		all.put(Metric.OVER_CAPACITY, 10);
		if (targets != null) {
			all.putAll(targets);
		}
		targets = Map.copyOf(all);
	}

	public @Nullable Integer target(Metric metric) {
		return targets.get(metric);
	}

}
