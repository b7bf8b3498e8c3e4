package org.openprobation.unpaidwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.unpaidwork.domain.ProjectRule;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.TypedText;
import org.openprobation.unpaidwork.persistence.ProjectRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project suspended for a period or retired: each of its sessions in that time is
 * cancelled the way a single session is, so everyone booked is told not to travel and
 * their booking is released to be made again elsewhere; nothing counts against them. A
 * retired project makes no more sessions. A project's details and its weekly sessions
 * change here too: a weekly session moved to another day or time cancels its dated
 * sessions to come the same way (those nobody booked simply go) and makes new ones; a
 * change of its end, supervisors or places keeps them, if everyone booked still fits.
 */
@Service
public class ProjectChanges {

	/** How far ahead dated sessions can exist: retiring cancels all of them. */
	private static final int AHEAD_WEEKS = 26;

	private final ProjectRepository projects;

	private final SessionOutcomes outcomes;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.unpaidwork.persistence.UnpaidWorkRepository sessions;

	/** How far ahead a moved weekly session's new dated sessions are made at once. */
	private static final int SESSIONS_AHEAD_WEEKS = 4;

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("EEEE d MMMM", java.util.Locale.UK);

	ProjectChanges(ProjectRepository projects, SessionOutcomes outcomes, AuditLog audit, Clock clock,
			org.openprobation.unpaidwork.persistence.UnpaidWorkRepository sessions) {
		this.sessions = sessions;
		this.projects = projects;
		this.outcomes = outcomes;
		this.audit = audit;
		this.clock = clock;
	}

	private ProjectRepository.Project project(CurrentUser user, long id) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN)) {
			throw new AccessDeniedException("Unpaid work projects are run by the unpaid work team.");
		}
		return projects.project(id)
			.filter(p -> user.has(Role.ADMIN) || Objects.equals(user.providerId(), p.providerId()))
			.orElseThrow(() -> new NotFound("There is no such project."));
	}

	/**
	 * Cancels the sessions from the first day to the last; answers how many people were
	 * told.
	 */
	@Transactional
	public int suspend(CurrentUser user, long projectId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String reason) {
		ProjectRepository.Project project = project(user, projectId);
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		if (from == null) {
			problems.add(new FieldProblem("from", "Enter the first day of the suspension"));
		}
		else if (from.isBefore(today)) {
			problems.add(new FieldProblem("from", "Enter a first day of today or later"));
		}
		if (to == null) {
			problems.add(new FieldProblem("to", "Enter the last day of the suspension"));
		}
		else if (from != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", "Enter a last day on or after the first"));
		}
		else if (from != null && to.isAfter(from.plusWeeks(AHEAD_WEEKS))) {
			problems
				.add(new FieldProblem("to", "Suspend for at most " + AHEAD_WEEKS + " weeks, or retire the project"));
		}
		if (TypedText.blank(reason)) {
			problems.add(new FieldProblem("reason", "Say why the project is suspended"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		int told = cancel(user, projectId, from.atStartOfDay(), to.plusDays(1).atStartOfDay(),
				"Project suspended: " + reason.strip());
		audit.record(user, "SUSPEND_UNPAID_WORK_PROJECT", null,
				project.name() + " from " + from + " to " + to + ": " + reason.strip() + " (" + told + " told)");
		return told;
	}

	/**
	 * Retires the project and cancels every session it still has; answers how many people
	 * were told.
	 */
	@Transactional
	public int retire(CurrentUser user, long projectId, @Nullable String reason) {
		ProjectRepository.Project project = project(user, projectId);
		if (TypedText.blank(reason)) {
			throw new BadRequest(List.of(new FieldProblem("reason", "Say why the project is retired")));
		}
		if (!project.active()) {
			throw new BadRequest(List.of(new FieldProblem("reason", "The project is retired already")));
		}
		projects.retire(projectId);
		LocalDateTime now = LocalDateTime.now(clock);
		int told = cancel(user, projectId, now, now.plusWeeks(AHEAD_WEEKS), "Project retired: " + reason.strip());
		audit.record(user, "RETIRE_UNPAID_WORK_PROJECT", null,
				project.name() + ": " + reason.strip() + " (" + told + " told)");
		return told;
	}

	private int cancel(CurrentUser user, long projectId, LocalDateTime from, LocalDateTime to, String reason) {
		int told = 0;
		for (long session : projects.sessionsBetween(projectId, from, to)) {
			told += outcomes.cancelSession(user, session, reason);
		}
		return told;
	}

	/** A project's details as typed, with the version they were read at. */
	public record ProjectDetails(@Nullable String name, @Nullable String type, @Nullable Long boroughId,
			@Nullable String address, @Nullable String beneficiary, boolean involvesChildren, boolean womenOnly,
			boolean accessible, int version) {
	}

	/** The project with its weekly sessions, for its page. */
	public record ProjectPage(ProjectRepository.Project project, List<ProjectRepository.WeeklySession> weekly,
			boolean mayChange) {

		public ProjectPage {
			weekly = List.copyOf(weekly);
		}

	}

	@Transactional(readOnly = true)
	public ProjectPage page(CurrentUser user, long projectId) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN, Role.QUALITY, Role.INSPECTOR,
				Role.PRACTITIONER, Role.SPO)) {
			throw new AccessDeniedException("Unpaid work projects are set up by the unpaid work team.");
		}
		ProjectRepository.Project project = projects.project(projectId)
			.filter(p -> user.readsEveryProvider() || Objects.equals(user.providerId(), p.providerId()))
			.orElseThrow(() -> new NotFound("There is no such project."));
		boolean mayChange = user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN)
				&& (user.has(Role.ADMIN) || Objects.equals(user.providerId(), project.providerId()));
		return new ProjectPage(project, projects.weeklySessions(projectId), mayChange);
	}

	/**
	 * Changes the project's details; a change made meanwhile is refused, never
	 * overwritten.
	 */
	@Transactional
	public void change(CurrentUser user, long projectId, ProjectDetails details) {
		ProjectRepository.Project project = project(user, projectId);
		List<FieldProblem> problems = new ArrayList<>(
				ProjectRule.detailsProblems(new ProjectRule.Details(details.name(), details.type(), details.boroughId(),
						details.address(), details.beneficiary()), projects.boroughs(project.providerId()).keySet()));
		ProjectRepository.Booked booked = projects.bookedFrom(projectId, LocalDateTime.now(clock));
		problems.addAll(ProjectRule.narrowingProblems(project.womenOnly(), details.womenOnly(), booked.notWomen(),
				project.involvesChildren(), details.involvesChildren(), booked.riskToChildren()));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (details.version() != project.version()
				|| !projects.updateProject(projectId, details.version(), details.boroughId(), details.name().strip(),
						details.type(), details.address().strip(), details.beneficiary().strip(),
						details.involvesChildren(), details.womenOnly(), details.accessible(), user.username())) {
			throw new Conflict("The project was changed by someone else while you were looking at it. "
					+ "Nothing was saved; check it and try again.");
		}
		audit.record(user, "CHANGE_UNPAID_WORK_PROJECT", null, project.name()
				+ (project.name().equals(details.name().strip()) ? "" : ", now " + details.name().strip()));
	}

	/**
	 * Changes a weekly session; answers how many people booked on its dated sessions to
	 * come were told theirs was cancelled.
	 */
	@Transactional
	public int changeWeekly(CurrentUser user, long projectId, long weeklyId, ProjectRule.Weekly changed) {
		ProjectRepository.Project project = activeProject(user, projectId);
		ProjectRepository.WeeklySession weekly = weekly(projectId, weeklyId);
		List<FieldProblem> problems = ProjectRule.weeklyProblems(changed,
				projects.weeklySessions(projectId)
					.stream()
					.filter(w -> w.id() != weeklyId)
					.map(ProjectRepository.WeeklySession::slot)
					.toList());
		LocalDateTime now = LocalDateTime.now(clock);
		List<ProjectRepository.Dated> dated = projects.datedFrom(weeklyId, now);
		boolean moved = changed.dayOfWeek() != null && changed.start() != null
				&& (changed.dayOfWeek() != weekly.dayOfWeek() || !changed.start().equals(weekly.start()));
		if (problems.isEmpty() && !moved) {
			dated.stream()
				.filter(d -> d.booked() > changed.capacity())
				.findFirst()
				.ifPresent(d -> problems.add(new FieldProblem("capacity",
						d.booked() + " people are booked on " + d.start().toLocalDate().format(DAY) + ": keep at least "
								+ d.booked() + " places, or move some of them first")));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		int supervisors = changed.supervisorsOrOne();
		int told = 0;
		if (moved) {
			told = clear(user, dated,
					"Session moved to "
							+ java.time.DayOfWeek.of(changed.dayOfWeek())
								.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
							+ "s at " + changed.start());
		}
		else {
			dated.forEach(d -> projects.resizeDated(d.id(), changed.end(), supervisors, changed.capacity()));
		}
		projects.updateWeeklySession(weeklyId, changed.dayOfWeek(), changed.start(), changed.end(), supervisors,
				changed.capacity());
		if (moved) {
			LocalDate today = LocalDate.now(clock);
			sessions.makeSessions(today.plusDays(1), today.plusWeeks(SESSIONS_AHEAD_WEEKS));
		}
		audit.record(user, "CHANGE_UNPAID_WORK_SESSION", null,
				project.name() + ": " + weekly.dayName() + " " + weekly.start() + "-" + weekly.end() + " now day "
						+ changed.dayOfWeek() + " " + changed.start() + "-" + changed.end() + ", " + changed.capacity()
						+ " places (" + told + " told)");
		return told;
	}

	/**
	 * Removes a weekly session; its dated sessions to come are cancelled (people booked
	 * told) or, if nobody was ever booked, simply go. Answers how many were told.
	 */
	@Transactional
	public int removeWeekly(CurrentUser user, long projectId, long weeklyId, @Nullable String reason) {
		ProjectRepository.Project project = activeProject(user, projectId);
		ProjectRepository.WeeklySession weekly = weekly(projectId, weeklyId);
		if (TypedText.blank(reason)) {
			throw new BadRequest(List.of(new FieldProblem("removeReason", "Say why the weekly session ends")));
		}
		int told = clear(user, projects.datedFrom(weeklyId, LocalDateTime.now(clock)),
				"Weekly session ended: " + reason.strip());
		projects.deleteWeeklySession(weeklyId);
		audit.record(user, "REMOVE_UNPAID_WORK_SESSION", null, project.name() + ": " + weekly.dayName() + " "
				+ weekly.start() + "-" + weekly.end() + ": " + reason.strip() + " (" + told + " told)");
		return told;
	}

	private int clear(CurrentUser user, List<ProjectRepository.Dated> dated, String reason) {
		int told = 0;
		for (ProjectRepository.Dated d : dated) {
			if (d.everBooked() || !projects.deleteUnbookedDated(d.id())) {
				told += outcomes.cancelSession(user, d.id(), reason);
			}
		}
		return told;
	}

	private ProjectRepository.Project activeProject(CurrentUser user, long projectId) {
		ProjectRepository.Project project = project(user, projectId);
		if (!project.active()) {
			throw new Conflict("The project is retired: its sessions cannot change.");
		}
		return project;
	}

	private ProjectRepository.WeeklySession weekly(long projectId, long weeklyId) {
		return projects.weeklySessions(projectId)
			.stream()
			.filter(w -> w.id() == weeklyId)
			.findFirst()
			.orElseThrow(() -> new NotFound("The project has no such weekly session."));
	}

}
