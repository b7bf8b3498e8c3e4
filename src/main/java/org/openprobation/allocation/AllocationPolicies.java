package org.openprobation.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprobation.allocation.domain.NpsDecision;
import org.openprobation.allocation.domain.Workload.CaseKind;
import org.openprobation.allocation.domain.WorkloadSettings;
import org.openprobation.policy.DefinedPolicy;
import org.openprobation.policy.Policy;
import org.openprobation.policy.GriddedPolicy;
import org.openprobation.policy.PolicyField;
import org.openprobation.policy.PolicyGrid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The allocation module's policies (ADR 20). */
@Configuration(proxyBeanMethods = false)
class AllocationPolicies {

	/**
	 * The workload measurement ({@code workload.md}: "every number is provider
	 * configuration"): the full-time week and its points, court reports, and points per
	 * case by tier and kind.
	 */
	@Bean
	Policy<WorkloadSettings> workloadPolicy() {
		List<PolicyField> fields = new ArrayList<>(List.of(
				new PolicyField("fullTimePoints", "Points a full-time practitioner carries", "points", 1, 10000),
				new PolicyField("fullTimeHours", "Full-time week (also the hours of staff with none recorded)", "hours",
						1, 60),
				new PolicyField("standardReportPoints", "Standard pre-sentence report, for 30 days", "points", 0, 1000),
				new PolicyField("fastReportPoints", "Fast pre-sentence report, for 30 days", "points", 0, 1000)));
		for (String tier : WorkloadSettings.TIERS) {
			for (CaseKind kind : CaseKind.values()) {
				fields.add(new PolicyField(fieldName(tier, kind),
						"Tier " + tier + ", " + kind.name().toLowerCase(java.util.Locale.ROOT) + " case", "points", 0,
						1000));
			}
		}
		List<String> kinds = new ArrayList<>();
		for (CaseKind kind : CaseKind.values()) {
			String name = kind.name().toLowerCase(java.util.Locale.ROOT);
			kinds.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
		}
		List<List<String>> cells = WorkloadSettings.TIERS.stream()
			.map(tier -> java.util.Arrays.stream(CaseKind.values()).map(kind -> fieldName(tier, kind)).toList())
			.toList();
		PolicyGrid grid = new PolicyGrid("Points per case by tier and kind of case", "Tier", WorkloadSettings.TIERS,
				kinds, cells);
		return new GriddedPolicy<>(new DefinedPolicy<>("workload", "Workload measurement",
				"The points each case scores by its tier and kind, the points of court reports written in the last 30 "
						+ "days, and the points a full-time practitioner can carry: they give each practitioner's "
						+ "capacity on the workload pages and in allocation recommendations.",
				fields, WorkloadSettings.defaults(), AllocationPolicies::workload, AllocationPolicies::values,
				settings -> List.of()), grid);
	}

	/**
	 * When the NPS must decide a request to take a case ({@code assessment.md}: an
	 * escalation is decided within 5 working days).
	 */
	@Bean
	Policy<NpsDecision> npsDecisionPolicy() {
		return DefinedPolicy.ofOne("nps-decision", "NPS decision on a transfer or escalation",
				"Working days the National Probation Service has to accept or reject, with reasons, a request to take "
						+ "a case whose risk has risen or that was allocated in error; later decisions show as late.",
				new PolicyField("workingDays", "Decision within", "working days", 1, 20), NpsDecision.defaults(),
				NpsDecision::new, NpsDecision::workingDays);
	}

	private static String fieldName(String tier, CaseKind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT) + tier;
	}

	private static WorkloadSettings workload(Map<String, Integer> values) {
		Map<String, int[]> points = new HashMap<>();
		for (String tier : WorkloadSettings.TIERS) {
			int[] byKind = new int[CaseKind.values().length];
			for (CaseKind kind : CaseKind.values()) {
				byKind[kind.ordinal()] = values.get(fieldName(tier, kind));
			}
			points.put(tier, byKind);
		}
		return new WorkloadSettings(points, values.get("standardReportPoints"), values.get("fastReportPoints"),
				values.get("fullTimePoints"), values.get("fullTimeHours"));
	}

	private static Map<String, Integer> values(WorkloadSettings settings) {
		Map<String, Integer> values = new LinkedHashMap<>();
		values.put("fullTimePoints", settings.fullTimePoints());
		values.put("fullTimeHours", settings.fullTimeHours());
		values.put("standardReportPoints", settings.standardReportPoints());
		values.put("fastReportPoints", settings.fastReportPoints());
		for (String tier : WorkloadSettings.TIERS) {
			for (CaseKind kind : CaseKind.values()) {
				values.put(fieldName(tier, kind), settings.points(tier, kind));
			}
		}
		return values;
	}

}
