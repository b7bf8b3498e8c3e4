package org.openprobation.allocation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.allocation.domain.Workload;
import org.openprobation.allocation.domain.WorkloadSettings;
import org.openprobation.allocation.persistence.ReductionRepository;
import org.openprobation.assessment.Assessments;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.people.People;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workload of practitioners and teams, looked up by id sets so a team costs a fixed
 * number of queries.
 */
@Service
@Transactional(readOnly = true)
public class Workloads {

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final ReductionRepository reductions;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<WorkloadSettings> workloadPolicy;

	private final org.openprobation.organisation.Organisation organisation;

	Workloads(People people, Sentences sentences, Assessments assessments, ReductionRepository reductions, Clock clock,
			org.openprobation.organisation.Organisation organisation, ProviderPolicies policies,
			Policy<WorkloadSettings> workloadPolicy) {
		this.organisation = organisation;
		this.policies = policies;
		this.workloadPolicy = workloadPolicy;
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.reductions = reductions;
		this.clock = clock;
	}

	/**
	 * The team's workload, fullest first; its manager and area, quality, inspector and
	 * admin users may see it.
	 */
	public TeamWorkload ofTeam(CurrentUser user, Team team) {
		boolean ownTeam = user.has(Role.SPO) && Objects.equals(user.teamId(), team.id());
		boolean readsProvider = user.hasAny(Role.AREA_MANAGER, Role.QUALITY)
				&& Objects.equals(user.providerId(), team.providerId());
		if (!ownTeam && !readsProvider && !user.readsEveryProvider()) {
			throw new AccessDeniedException(
					"Only the team's manager and area or quality managers can see a team's workload.");
		}
		return compute(team);
	}

	/**
	 * An area's workload team by team, fullest first: its area manager and quality,
	 * inspector and admin users may see it.
	 */
	public AreaWorkload ofArea(CurrentUser user, org.openprobation.organisation.AreaRef area,
			Map<Long, Integer> waiting) {
		boolean ownArea = user.has(Role.AREA_MANAGER) && Objects.equals(user.areaId(), area.id());
		boolean readsProvider = user.has(Role.QUALITY) && Objects.equals(user.providerId(), area.providerId());
		if (!ownArea && !readsProvider && !user.readsEveryProvider()) {
			throw new AccessDeniedException("Only the area's manager and quality managers can see an area's workload.");
		}
		List<AreaWorkload.TeamRow> rows = new ArrayList<>();
		for (String code : area.teamCodes()) {
			Team team = organisation.team(code).orElseThrow();
			TeamWorkload workload = compute(team);
			int points = workload.practitioners().stream().mapToInt(TeamWorkload.PractitionerWorkload::points).sum();
			int available = workload.practitioners()
				.stream()
				.mapToInt(TeamWorkload.PractitionerWorkload::availablePoints)
				.sum();
			int over = (int) workload.practitioners()
				.stream()
				.filter(TeamWorkload.PractitionerWorkload::overCapacity)
				.count();
			rows.add(new AreaWorkload.TeamRow(team, workload.practitioners().size(), workload.totalCases(), points,
					available, Workload.capacityPercent(points, available), workload.lowestCapacity(),
					workload.highestCapacity(), over, waiting.getOrDefault(team.id(), 0)));
		}
		rows.sort(Comparator
			.comparing(AreaWorkload.TeamRow::capacityPercent,
					Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
			.reversed());
		return new AreaWorkload(area, rows);
	}

	/** The team's workload without an access check, for this module's use cases. */
	public TeamWorkload compute(Team team) {
		return new TeamWorkload(team, workloadsOf(team.practitioners()));
	}

	/**
	 * The workload of many practitioners at once, fullest first, in a fixed number of
	 * queries (management information; the caller checks access).
	 */
	public List<TeamWorkload.PractitionerWorkload> workloadsOf(List<StaffMember> practitioners) {
		List<Long> staffIds = practitioners.stream().map(StaffMember::id).toList();
		Map<Long, Long> officers = people.officersOfCaseloads(staffIds);
		List<Long> personIds = List.copyOf(officers.keySet());
		Map<Long, CurrentSentence> current = sentences.current(personIds);
		Map<Long, String> tiers = assessments.tierCodes(personIds);
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<BigDecimal>> reduced = staffIds.isEmpty() ? Map.of() : reductions.activeOn(staffIds, today);
		var reports = staffIds.isEmpty() ? Map.<Long, List<Map.Entry<Workload.CourtReport, LocalDate>>>of()
				: reductions.courtReports(staffIds, today);
		Map<Long, WorkloadSettings> settingsByProvider = new HashMap<>();
		Map<Long, WorkloadSettings> settingsByStaff = new HashMap<>();
		for (StaffMember practitioner : practitioners) {
			settingsByStaff.put(practitioner.id(),
					settingsByProvider.computeIfAbsent(practitioner.providerId(), this::settings));
		}
		Map<Long, int[]> casesAndPoints = new HashMap<>();
		for (Map.Entry<Long, Long> held : officers.entrySet()) {
			CurrentSentence sentence = current.get(held.getKey());
			int points = sentence == null ? 0 : Workload.casePoints(settingsByStaff.get(held.getValue()),
					tiers.get(held.getKey()), kind(sentence.kind()));
			int[] totals = casesAndPoints.computeIfAbsent(held.getValue(), k -> new int[2]);
			totals[0]++;
			totals[1] += points;
		}
		List<TeamWorkload.PractitionerWorkload> rows = new ArrayList<>();
		for (StaffMember practitioner : practitioners) {
			WorkloadSettings settings = settingsByStaff.get(practitioner.id());
			int[] totals = casesAndPoints.getOrDefault(practitioner.id(), new int[2]);
			List<BigDecimal> hours = reduced.getOrDefault(practitioner.id(), List.of());
			int available = Workload.availablePoints(settings,
					Workload.availableHours(settings, practitioner.contractedHours(), hours));
			int reportPoints = Workload.courtReportPoints(settings, reports.getOrDefault(practitioner.id(), List.of()),
					today);
			int points = totals[1] + reportPoints;
			rows.add(new TeamWorkload.PractitionerWorkload(practitioner, totals[0], points,
					hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add), available,
					Workload.capacityPercent(points, available), reportPoints));
		}
		rows.sort(Comparator
			.comparing(TeamWorkload.PractitionerWorkload::capacityPercent,
					Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
			.reversed());
		return rows;
	}

	/**
	 * The provider's full-time week in hours, for full-time equivalents (the workload
	 * measurement policy).
	 */
	public java.math.BigDecimal fullTimeHours(long providerId) {
		return java.math.BigDecimal.valueOf(settings(providerId).fullTimeHours());
	}

	/** The provider's workload measurement policy. */
	public WorkloadSettings settings(long providerId) {
		return policies.current(workloadPolicy, providerId);
	}

	public static Workload.CaseKind kind(SentenceKind kind) {
		return switch (kind) {
			case COMMUNITY_ORDER, SUSPENDED_SENTENCE_ORDER -> Workload.CaseKind.COMMUNITY;
			case LICENCE, POST_SENTENCE_SUPERVISION -> Workload.CaseKind.LICENCE;
			case PRE_RELEASE -> Workload.CaseKind.CUSTODY;
		};
	}

}
