package org.openprobation.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RoshOverall;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.oversight.CaseConcerns;
import org.openprobation.people.People;
import org.openprobation.people.PersonSummary;
import org.openprobation.planning.Plans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team manager's oversight list: every case of the team with what is wrong in its
 * assessment and planning (plan gaps, a plan or RoSH assessment late or missing, reviews
 * overdue), so failures show before an inspector finds them. Read in a fixed number of
 * queries whatever the team's size.
 */
@Service
@Transactional
public class TeamOversight {

	public record Row(PersonSummary person, @Nullable StaffMember officer, List<CaseConcerns.Issue> issues) {

		public Row {
			issues = List.copyOf(issues);
		}

	}

	public record Oversight(Team team, int cases, Map<CaseConcerns.Concern, Integer> counts, List<Row> rows,
			CaseConcerns.@Nullable Concern filter) {

		public Oversight {
			counts = Map.copyOf(counts);
			rows = List.copyOf(rows);
		}

		public int count(CaseConcerns.Concern concern) {
			return counts.getOrDefault(concern, 0);
		}

	}

	private final Caseloads caseloads;

	private final People people;

	private final Assessments assessments;

	private final Plans plans;

	private final Organisation organisation;

	private final AuditLog audit;

	private final java.time.Clock clock;

	TeamOversight(Caseloads caseloads, People people, Assessments assessments, Plans plans, Organisation organisation,
			AuditLog audit, java.time.Clock clock) {
		this.caseloads = caseloads;
		this.people = people;
		this.assessments = assessments;
		this.plans = plans;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	public Oversight of(CurrentUser user, Team team, CaseConcerns.@Nullable Concern filter) {
		Caseloads.TeamCases cases = caseloads.casesOfTeam(user, team);
		Set<Long> ids = cases.people().keySet();
		LocalDate today = LocalDate.now(clock);
		Map<Long, LocalDate> allocated = people.allocatedOn(ids);
		Map<Long, RoshOverall> rosh = assessments.latestRoshOverall(ids);
		Map<Long, Plans.PlanState> states = plans.statesOf(ids, rosh);
		Map<Long, List<Registration>> registrations = assessments.registrations(ids);
		Map<Long, StaffMember> officers = organisation.staffByIds(cases.people()
			.values()
			.stream()
			.map(PersonSummary::officerStaffId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<CaseConcerns.Concern, Integer> counts = new EnumMap<>(CaseConcerns.Concern.class);
		List<Row> rows = new ArrayList<>();
		Map<Long, InitialAssessment.Settings> initial = new java.util.HashMap<>();
		for (PersonSummary person : cases.people().values()) {
			List<CaseConcerns.Issue> issues = CaseConcerns.issues(today, allocated.get(person.id()),
					states.get(person.id()), rosh.get(person.id()), registrations.getOrDefault(person.id(), List.of()),
					initial.computeIfAbsent(person.providerId(), assessments::initialAssessment));
			issues.stream().map(CaseConcerns.Issue::concern).distinct().forEach(c -> counts.merge(c, 1, Integer::sum));
			if (!issues.isEmpty() && (filter == null || issues.stream().anyMatch(i -> i.concern() == filter))) {
				rows.add(new Row(person, officers.get(person.officerStaffId()), issues));
			}
		}
		rows.sort(Comparator.<Row>comparingInt(r -> -r.issues().size())
			.thenComparing(r -> r.person().surname().toLowerCase(java.util.Locale.ROOT))
			.thenComparing(r -> r.person().crn()));
		audit.record(user, "VIEW_TEAM_OVERSIGHT", null,
				"Team " + team.code() + (filter == null ? "" : ", " + filter.label()) + ": " + rows.size() + " cases");
		return new Oversight(team, ids.size(), counts, rows, filter);
	}

}
