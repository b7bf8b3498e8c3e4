package org.openprobation.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.organisation.StaffGrade;
import org.openprobation.oversight.persistence.OversightRepository;
import org.openprobation.oversight.domain.SmallNumbers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workforce information: staff in post by grade, agency share, vacancies against the
 * funded posts, long-term sickness, training completed and due, and caseload per grade,
 * for a provider, an area or a team, with the teams one level down.
 */
@Service
@Transactional
public class WorkforceInformation {

	private final OversightRepository repository;

	private final AuditLog audit;

	private final org.openprobation.allocation.Workloads workloads;

	WorkforceInformation(OversightRepository repository, AuditLog audit,
			org.openprobation.allocation.Workloads workloads) {
		this.repository = repository;
		this.audit = audit;
		this.workloads = workloads;
	}

	public record GradeRow(String grade, int inPost, BigDecimal fullTimeEquivalent, int agency, int posts,
			int vacancies, int onSickness, int trainingCompleted, int trainingDue, int trainingExpired,
			@Nullable Double averageCaseload, int largestCaseload) {

		public @Nullable Double agencyPercent() {
			return inPost == 0 ? null : 100.0 * agency / inPost;
		}

		GradeRow withVacancies(int vacant) {
			return new GradeRow(grade, inPost, fullTimeEquivalent, agency, posts, vacant, onSickness, trainingCompleted,
					trainingDue, trainingExpired, averageCaseload, largestCaseload);
		}

	}

	public record TeamRow(long teamId, String team, int inPost, int agency, int vacancies, int onSickness,
			@Nullable Double averageCaseload) {
	}

	public record Report(Scope scope, List<GradeRow> grades, GradeRow total, List<TeamRow> teams) {

		/**
		 * A count about staff as shown for this scope: a team's counts of one to four
		 * (agency staff, staff on long-term sickness) are suppressed.
		 */
		public String shown(int count) {
			return SmallNumbers.shown(count, scope.kind() == Scope.Kind.TEAM);
		}

		/** A team row's count: always a team's, so always suppressed when small. */
		public String teamShown(int count) {
			return SmallNumbers.shown(count, true);
		}

		/** The agency share, unless its count is suppressed. */
		public @Nullable Double agencyPercentShown(GradeRow row) {
			return scope.kind() == Scope.Kind.TEAM && SmallNumbers.identifying(row.agency()) ? null
					: row.agencyPercent();
		}

		/** The grades then the total, as the table shows them. */
		public List<GradeRow> rows() {
			List<GradeRow> rows = new ArrayList<>(grades);
			rows.add(total);
			return rows;
		}

	}

	public Report report(CurrentUser user, Scope scope) {
		List<OversightRepository.StaffRow> staff = repository.workforce(scope.providerId())
			.stream()
			.filter(s -> in(scope, s.teamId(), s.areaId()))
			.toList();
		// full-time equivalents are contracted hours over the provider's full-time week
		BigDecimal fullTime = workloads.fullTimeHours(scope.providerId());
		Map<Long, Long> teamArea = new LinkedHashMap<>();
		repository.workforce(scope.providerId())
			.stream()
			.filter(s -> s.teamId() != null)
			.forEach(s -> teamArea.putIfAbsent(s.teamId(), s.areaId()));
		List<OversightRepository.Posts> posts = repository.establishment(scope.providerId())
			.stream()
			.filter(p -> in(scope, p.teamId(), teamArea.getOrDefault(p.teamId(), -1L)))
			.toList();
		List<GradeRow> grades = new ArrayList<>();
		for (StaffGrade grade : StaffGrade.values()) {
			List<OversightRepository.StaffRow> of = staff.stream().filter(s -> s.grade().equals(grade.name())).toList();
			int funded = posts.stream()
				.filter(p -> p.grade().equals(grade.name()))
				.mapToInt(OversightRepository.Posts::posts)
				.sum();
			grades.add(row(grade.label(), of, funded, grade.holdsCases(), fullTime));
		}
		int funded = posts.stream().mapToInt(OversightRepository.Posts::posts).sum();
		// vacancies are counted grade by grade: staff over establishment in one grade do
		// not fill another grade's empty posts
		GradeRow total = row("All staff", staff, funded, false, fullTime)
			.withVacancies(grades.stream().mapToInt(GradeRow::vacancies).sum());
		Map<Long, List<OversightRepository.StaffRow>> byTeam = staff.stream()
			.filter(s -> s.teamId() != null)
			.collect(Collectors.groupingBy(OversightRepository.StaffRow::teamId));
		Map<Long, String> teamNames = new LinkedHashMap<>();
		staff.stream().filter(s -> s.teamId() != null).forEach(s -> teamNames.put(s.teamId(), s.teamName()));
		List<TeamRow> teams = new ArrayList<>();
		byTeam.forEach((teamId, members) -> {
			int teamPosts = posts.stream()
				.filter(p -> p.teamId() == teamId)
				.mapToInt(OversightRepository.Posts::posts)
				.sum();
			int inFundedGrades = (int) members.stream()
				.filter(m -> posts.stream().anyMatch(p -> p.teamId() == teamId && p.grade().equals(m.grade())))
				.count();
			GradeRow r = row("", members, teamPosts, true, fullTime);
			teams.add(new TeamRow(teamId, teamNames.getOrDefault(teamId, "Team " + teamId), members.size(), r.agency(),
					Math.max(0, teamPosts - inFundedGrades), r.onSickness(), r.averageCaseload()));
		});
		teams.sort(java.util.Comparator.comparing(TeamRow::team));
		audit.record(user, "VIEW_WORKFORCE", null, scope.kind() + " " + scope.code());
		return new Report(scope, grades, total, teams);
	}

	private static boolean in(Scope scope, @Nullable Long teamId, long areaId) {
		return switch (scope.kind()) {
			case PROVIDER -> true;
			case AREA -> areaId == scope.id();
			case TEAM -> teamId != null && teamId == scope.id();
		};
	}

	private static GradeRow row(String label, List<OversightRepository.StaffRow> staff, int posts, boolean caseloads,
			BigDecimal fullTime) {
		Set<String> caseHolding = Set.of(StaffGrade.PROBATION_OFFICER.name(),
				StaffGrade.PROBATION_SERVICES_OFFICER.name());
		BigDecimal fte = staff.stream()
			.map(OversightRepository.StaffRow::contractedHours)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(fullTime, 1, RoundingMode.HALF_UP);
		List<OversightRepository.StaffRow> holders = staff.stream()
			.filter(s -> caseHolding.contains(s.grade()))
			.toList();
		Double average = !caseloads || holders.isEmpty() ? null
				: holders.stream().mapToInt(OversightRepository.StaffRow::cases).average().orElse(0);
		return new GradeRow(label, staff.size(), fte,
				(int) staff.stream().filter(s -> "AGENCY".equals(s.employment())).count(), posts,
				Math.max(0, posts - staff.size()),
				(int) staff.stream().filter(s -> s.sicknessHours().signum() > 0).count(),
				staff.stream().mapToInt(OversightRepository.StaffRow::trainingCompleted).sum(),
				staff.stream().mapToInt(OversightRepository.StaffRow::trainingDue).sum(),
				staff.stream().mapToInt(OversightRepository.StaffRow::trainingExpired).sum(), average,
				holders.stream().mapToInt(OversightRepository.StaffRow::cases).max().orElse(0));
	}

}
