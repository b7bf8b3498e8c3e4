package org.openprobation.shell;

import java.util.List;
import java.util.Map;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.organisation.Team;
import org.openprobation.people.PersonSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's safeguarding checks still waiting for an answer: for the team's managers,
 * without the cases the reader may not see, and audited with the cases it shows.
 */
@Service
@Transactional
public class TeamSafeguarding {

	private final Caseloads caseloads;

	private final SafeguardingChecks checks;

	private final CaseGate gate;

	private final AuditLog audit;

	TeamSafeguarding(Caseloads caseloads, SafeguardingChecks checks, CaseGate gate, AuditLog audit) {
		this.caseloads = caseloads;
		this.checks = checks;
		this.gate = gate;
		this.audit = audit;
	}

	public record Row(PersonSummary person, SafeguardingCheck check) {
	}

	/** The outstanding checks, oldest first; {@code hidden} counts those left out. */
	public record Outstanding(Team team, List<Row> rows, int hidden) {

		public Outstanding {
			rows = List.copyOf(rows);
		}

	}

	public Outstanding outstanding(CurrentUser user, Team team) {
		Map<Long, PersonSummary> people = caseloads.casesOfTeam(user, team).people();
		List<Row> all = checks.outstanding(people.keySet())
			.stream()
			.map(c -> new Row(people.get(c.personId()), c))
			.toList();
		CaseGate.Shown<Row> shown = gate.shown(user, all, r -> r.person().id());
		audit.recordShown(user, "VIEW_TEAM_SAFEGUARDING", "Team " + team.code() + ": " + shown.rows().size()
				+ " checks waiting" + (shown.hidden() == 0 ? "" : ", " + shown.hidden() + " not shown"), shown.crns());
		return new Outstanding(team, shown.rows(), shown.hidden());
	}

}
