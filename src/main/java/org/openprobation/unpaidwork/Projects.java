package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.domain.ProjectRule;
import org.openprobation.unpaidwork.persistence.ProjectRepository;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unpaid work projects and their weekly sessions, set up by the unpaid-work team: at most
 * 10 people per supervisor; new patterns make their dated sessions at once.
 */
@Service
@Transactional
public class Projects {

	private final ProjectRepository repository;

	private final UnpaidWorkRepository sessions;

	private final AuditLog audit;

	private final Clock clock;

	Projects(ProjectRepository repository, UnpaidWorkRepository sessions, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ProjectRepository.Project> projects(CurrentUser user) {
		requireTeam(user, false);
		return repository.projects(user.providerScope());
	}

	@Transactional(readOnly = true)
	public Map<Long, String> boroughs(CurrentUser user) {
		return repository.boroughs(user.providerScope());
	}

	public record NewProject(@Nullable String name, @Nullable String type, @Nullable Long boroughId,
			@Nullable String address, @Nullable String beneficiary, boolean involvesChildren, boolean womenOnly,
			boolean accessible) {
	}

	public long addProject(CurrentUser user, NewProject project) {
		requireTeam(user, true);
		List<FieldProblem> problems = ProjectRule.detailsProblems(new ProjectRule.Details(project.name(),
				project.type(), project.boroughId(), project.address(), project.beneficiary()),
				repository.boroughs(user.providerId()).keySet());
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = repository.insertProject(user.providerId(), project.boroughId(), project.name().strip(),
				project.type(), project.address().strip(), project.beneficiary().strip(), project.involvesChildren(),
				project.womenOnly(), project.accessible());
		audit.record(user, "ADD_UNPAID_WORK_PROJECT", null, project.name().strip());
		return id;
	}

	public record NewWeeklySession(@Nullable Integer dayOfWeek, @Nullable LocalTime start, @Nullable LocalTime end,
			@Nullable Integer supervisors, @Nullable Integer capacity) {
	}

	/**
	 * Adds a weekly session; its dated sessions for the next four weeks are made at once.
	 */
	public int addWeeklySession(CurrentUser user, long projectId, NewWeeklySession session) {
		requireTeam(user, true);
		ProjectRepository.Project project = repository.project(projectId)
			.filter(p -> p.providerId() == user.providerId())
			.orElseThrow(() -> new NotFound("There is no such project."));
		ProjectRule.Weekly weekly = new ProjectRule.Weekly(session.dayOfWeek(), session.start(), session.end(),
				session.supervisors(), session.capacity());
		List<FieldProblem> problems = ProjectRule.weeklyProblems(weekly,
				repository.weeklySessions(projectId).stream().map(ProjectRepository.WeeklySession::slot).toList());
		int supervisors = weekly.supervisorsOrOne();
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.insertWeeklySession(projectId, session.dayOfWeek(), session.start(), session.end(), supervisors,
				session.capacity());
		LocalDate today = LocalDate.now(clock);
		int made = sessions.makeSessions(today.plusDays(1), today.plusWeeks(4));
		audit.record(user, "ADD_UNPAID_WORK_SESSION", null, project.name() + ": day " + session.dayOfWeek() + " "
				+ session.start() + "-" + session.end() + ", " + session.capacity() + " places");
		return made;
	}

	private static void requireTeam(CurrentUser user, boolean change) {
		boolean allowed = change
				? user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN) && user.providerId() != null
				: user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN, Role.QUALITY, Role.INSPECTOR,
						Role.PRACTITIONER, Role.SPO);
		if (!allowed) {
			throw new AccessDeniedException("Unpaid work projects are set up by the unpaid work team.");
		}
	}

}
