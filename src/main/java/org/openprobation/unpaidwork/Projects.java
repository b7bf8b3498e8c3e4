package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
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

	public static final Set<String> TYPES = Set.of("GROUP", "INDIVIDUAL_PLACEMENT", "CHARITY_SHOP", "OUTDOOR");

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
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "name", project.name(), "Enter the project's name", 200);
		if (project.type() == null || !TYPES.contains(project.type())) {
			problems.add(new FieldProblem("type", "Select the type of project"));
		}
		if (project.boroughId() == null || !repository.boroughs(user.providerId()).containsKey(project.boroughId())) {
			problems.add(new FieldProblem("boroughId", "Select a borough the provider covers"));
		}
		text(problems, "address", project.address(), "Enter the address (where people meet)", 300);
		text(problems, "beneficiary", project.beneficiary(), "Enter who benefits from the work", 300);
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
		List<FieldProblem> problems = new ArrayList<>();
		if (session.dayOfWeek() == null || session.dayOfWeek() < 1 || session.dayOfWeek() > 7) {
			problems.add(new FieldProblem("day", "Select the day"));
		}
		if (session.start() == null) {
			problems.add(new FieldProblem("start", "Enter the start time, like 09:00"));
		}
		if (session.end() == null) {
			problems.add(new FieldProblem("end", "Enter the end time, like 16:00"));
		}
		else if (session.start() != null && !session.end().isAfter(session.start())) {
			problems.add(new FieldProblem("end", "The end must be after the start"));
		}
		int supervisors = session.supervisors() == null ? 1 : session.supervisors();
		if (supervisors < 1 || supervisors > 5) {
			problems.add(new FieldProblem("supervisors", "Enter 1 to 5 supervisors"));
		}
		if (session.capacity() == null || session.capacity() < 1) {
			problems.add(new FieldProblem("capacity", "Enter how many people the session takes"));
		}
		else if (session.capacity() > 10 * supervisors) {
			problems.add(new FieldProblem("capacity", "A group has at most 10 people per supervisor: at most "
					+ 10 * supervisors + " with " + supervisors + (supervisors == 1 ? " supervisor" : " supervisors")));
		}
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

	private static void text(List<FieldProblem> problems, String field, @Nullable String value, String missing,
			int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, missing));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "Must be " + max + " characters or fewer"));
		}
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
