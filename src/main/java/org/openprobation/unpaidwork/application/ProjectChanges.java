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
 * retired project makes no more sessions.
 */
@Service
public class ProjectChanges {

	/** How far ahead dated sessions can exist: retiring cancels all of them. */
	private static final int AHEAD_WEEKS = 26;

	private final ProjectRepository projects;

	private final SessionOutcomes outcomes;

	private final AuditLog audit;

	private final Clock clock;

	ProjectChanges(ProjectRepository projects, SessionOutcomes outcomes, AuditLog audit, Clock clock) {
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

}
