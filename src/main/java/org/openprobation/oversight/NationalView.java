package org.openprobation.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.inspection.Inspections;
import org.openprobation.organisation.Organisation;
import org.openprobation.oversight.persistence.OversightRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers side by side: each provider's latest recorded figures and its latest
 * inspection rating, for a deployment with several providers (the national demo).
 */
@Service
@Transactional
public class NationalView {

	private final OversightRepository repository;

	private final Organisation organisation;

	private final Inspections inspections;

	private final AuditLog audit;

	NationalView(OversightRepository repository, Organisation organisation, Inspections inspections, AuditLog audit) {
		this.repository = repository;
		this.organisation = organisation;
		this.inspections = inspections;
		this.audit = audit;
	}

	public record Cell(int count, int denominator) {

		public @Nullable Double percent() {
			return denominator == 0 ? null : 100.0 * count / denominator;
		}

	}

	public record Row(long providerId, String code, String name, String type, @Nullable LocalDate month,
			Map<Metric, Cell> figures, Inspections.@Nullable Latest inspection) {

		public @Nullable Cell figure(Metric metric) {
			return figures.get(metric);
		}

	}

	public record Table(List<Row> providers, List<Metric> metrics, Map<Metric, Cell> total) {
	}

	public static final List<Metric> METRICS = List.of(Metric.OVER_CAPACITY, Metric.CONTACT_OVERDUE, Metric.ROSH_LATE,
			Metric.PLAN_GAPS, Metric.SAFEGUARDING_OUTSTANDING, Metric.ENFORCEMENT_ON_TIME, Metric.CONTINUITY,
			Metric.COMPLETION_COMMUNITY, Metric.COMPLETION_LICENCE);

	public Table table(CurrentUser user) {
		if (!user.readsEveryProvider()) {
			throw new AccessDeniedException("The national view is for inspectors and administrators.");
		}
		Map<Long, Map<Metric, Cell>> figures = new java.util.HashMap<>();
		Map<Long, LocalDate> months = new java.util.HashMap<>();
		for (OversightRepository.Figure f : repository.latestProviderFigures()) {
			figures.computeIfAbsent(f.scopeId(), k -> new EnumMap<>(Metric.class))
				.put(Metric.valueOf(f.metric()), new Cell(f.count(), f.denominator()));
			months.put(f.scopeId(), f.month());
		}
		Map<Long, Inspections.Latest> latest = inspections.latestInspections();
		List<Row> rows = new ArrayList<>();
		Map<Metric, int[]> totals = new EnumMap<>(Metric.class);
		Map<Long, String> codes = organisation.providerCodes();
		organisation.providers().forEach((id, name) -> {
			Map<Metric, Cell> of = figures.getOrDefault(id, Map.of());
			of.forEach((metric, cell) -> {
				int[] t = totals.computeIfAbsent(metric, k -> new int[2]);
				t[0] += cell.count();
				t[1] += cell.denominator();
			});
			rows.add(new Row(id, codes.get(id), name, organisation.providerType(id).map(t -> t.label()).orElse(""),
					months.get(id), of, latest.get(id)));
		});
		Map<Metric, Cell> total = new EnumMap<>(Metric.class);
		totals.forEach((metric, t) -> total.put(metric, new Cell(t[0], t[1])));
		audit.record(user, "VIEW_NATIONAL", null, rows.size() + " providers");
		return new Table(rows, METRICS, total);
	}

}
