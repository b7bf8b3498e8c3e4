package org.openprobation.oversight.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.oversight.Metric;
import org.openprobation.oversight.Oversight;
import org.openprobation.oversight.OversightData;
import org.openprobation.oversight.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down behind a dashboard figure: exactly the cases (or practitioners) it
 * counts, or those of its denominator, as the user may see them, from the same gathered
 * facts the figure came from.
 */
@Service
@Transactional
public class FigureCases {

	private final Oversight oversight;

	private final Organisation organisation;

	private final CaseGate gate;

	private final AuditLog audit;

	FigureCases(Oversight oversight, Organisation organisation, CaseGate gate, AuditLog audit) {
		this.oversight = oversight;
		this.organisation = organisation;
		this.gate = gate;
		this.audit = audit;
	}

	/**
	 * Exactly the cases (or practitioners) a figure counts, or those of its denominator;
	 * the read is audited since it lists people.
	 */
	public Oversight.Cases cases(CurrentUser user, Scope scope, Metric metric, boolean denominator) {
		OversightData data = oversight.data(scope.providerId());
		if (metric.countsPractitioners()) {
			List<Oversight.PractitionerEntry> list = data.practitioners()
				.stream()
				.filter(p -> data.inScope(scope, p.staff()) && (denominator || p.overCapacity()))
				.sorted(Comparator
					.comparing(OversightData.Practitioner::capacityPercent,
							Comparator.nullsLast(Comparator.<java.math.BigDecimal>naturalOrder()))
					.reversed())
				.map(p -> new Oversight.PractitionerEntry(p.staff(), p.cases(), p.capacityPercent()))
				.toList();
			audit.record(user, "VIEW_OVERSIGHT_CASES", null, scope.code() + " " + metric + ": " + list.size());
			return new Oversight.Cases(scope, metric, denominator, List.of(), list, 0);
		}
		Map<Long, StaffMember> officers = new HashMap<>();
		List<Oversight.Entry> entries = new ArrayList<>();
		if (metric.flow()) {
			LocalDate from = data.asOf().minusMonths(12).plusDays(1);
			for (OversightData.Event e : data.events()) {
				if (e.metric() == metric && !e.on().isBefore(from) && (denominator || e.counted())
						&& data.inScope(scope, e.personId())) {
					entries.add(entry(data, e.personId(), e.on(), e.detail()));
				}
			}
		}
		else {
			for (long id : data.denominator(metric)) {
				if (data.inScope(scope, id) && (denominator || data.counted(metric).containsKey(id))) {
					String detail = data.counted(metric).getOrDefault(id, "Not counted");
					entries.add(entry(data, id, null, detail));
				}
			}
		}
		java.util.Set<Long> staffIds = entries.stream()
			.map(e -> data.caseOf(e.personId()))
			.filter(Objects::nonNull)
			.map(OversightData.Case::staffId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		officers.putAll(organisation.staffByIds(staffIds));
		List<Oversight.Entry> named = entries.stream().map(e -> {
			OversightData.Case c = data.caseOf(e.personId());
			StaffMember officer = c == null || c.staffId() == null ? null : officers.get(c.staffId());
			return new Oversight.Entry(e.personId(), e.crn(), e.name(), officer == null ? null : officer.name(),
					officer == null ? null : officer.teamName(), e.on(), e.detail());
		})
			.sorted(Comparator
				.comparing(Oversight.Entry::on, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
				.reversed()
				.thenComparing(Oversight.Entry::name)
				.thenComparing(Oversight.Entry::crn))
			.toList();
		CaseGate.Shown<Oversight.Entry> shown = gate.shown(user, named, Oversight.Entry::personId);
		audit.recordShown(user, "VIEW_OVERSIGHT_CASES",
				scope.code() + " " + metric + (denominator ? " (all)" : "") + ": " + shown.rows().size() + " cases"
						+ (shown.hidden() == 0 ? "" : ", " + shown.hidden() + " hidden"),
				shown.crns());
		return new Oversight.Cases(scope, metric, denominator, shown.rows(), List.of(), shown.hidden());
	}

	private static Oversight.Entry entry(OversightData data, long personId, @Nullable LocalDate on, String detail) {
		OversightData.Case c = data.caseOf(personId);
		return new Oversight.Entry(personId, c == null ? "" : c.crn(), c == null ? "" : c.name(), null, null, on,
				detail);
	}

}
