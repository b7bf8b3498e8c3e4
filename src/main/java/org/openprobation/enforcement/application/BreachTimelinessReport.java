package org.openprobation.enforcement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.enforcement.Enforcement.Submission;
import org.openprobation.enforcement.Enforcement.Timeliness;
import org.openprobation.enforcement.Enforcement.TimelinessRow;
import org.openprobation.enforcement.domain.BreachTimeliness;
import org.openprobation.enforcement.domain.EnforcementRule;
import org.openprobation.enforcement.persistence.ActionRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches and recalls submitted on time (within the provider's working days of the
 * failure) and packs returned, by team, over the last 12 months.
 */
@Service
@Transactional(readOnly = true)
public class BreachTimelinessReport {

	private final ActionRepository repository;

	private final EnforcementPictures pictures;

	private final AuditLog audit;

	private final Clock clock;

	BreachTimelinessReport(ActionRepository repository, EnforcementPictures pictures, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.pictures = pictures;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = false)
	public Timeliness timeliness(CurrentUser user) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Enforcement timeliness is for managers and inspectors.");
		}
		LocalDate to = LocalDate.now(clock);
		LocalDate from = to.minusMonths(12);
		List<ActionRepository.Submitted> submitted = repository.submittedBetween(user.providerScope(), from, to);
		EnforcementRule.Timescales scale = pictures.timescalesOf(user.providerScope());
		Map<String, int[]> byTeam = new java.util.TreeMap<>();
		int[] total = new int[3];
		List<Integer> days = new ArrayList<>();
		for (ActionRepository.Submitted s : submitted) {
			boolean onTime = BreachTimeliness.onTime(s.failureOn(), s.submittedOn(), scale);
			days.add(BreachTimeliness.workingDaysToSubmit(s.failureOn(), s.submittedOn()));
			for (int[] counts : List.of(total,
					byTeam.computeIfAbsent(s.team() == null ? "No responsible officer" : s.team(), k -> new int[3]))) {
				counts[0]++;
				counts[1] += onTime ? 1 : 0;
				counts[2] += s.timesReturned() > 0 ? 1 : 0;
			}
		}
		java.util.Collections.sort(days);
		double median = days.isEmpty() ? 0 : days.size() % 2 == 1 ? days.get(days.size() / 2)
				: (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
		audit.record(user, "VIEW_ENFORCEMENT_TIMELINESS", null, from + " to " + to);
		return new Timeliness(from, to, new TimelinessRow("All", total[0], total[1], total[2]),
				byTeam.entrySet()
					.stream()
					.map(e -> new TimelinessRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
					.toList(),
				median, scale.breachWorkingDays());
	}

	/**
	 * Breaches and recalls submitted between two dates, for management information (the
	 * caller checks the user may read the provider's figures).
	 */
	public List<Submission> submissions(@Nullable Long providerScope, LocalDate from, LocalDate to) {
		EnforcementRule.Timescales scale = pictures.timescalesOf(providerScope);
		return repository.submittedBetween(providerScope, from, to)
			.stream()
			.map(s -> new Submission(s.personId(), s.kind(), s.failureOn(), s.submittedOn(),
					BreachTimeliness.onTime(s.failureOn(), s.submittedOn(), scale), s.timesReturned() > 0,
					BreachTimeliness.workingDaysToSubmit(s.failureOn(), s.submittedOn())))
			.toList();
	}

}
