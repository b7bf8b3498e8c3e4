package org.openprobation.tasks.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.tasks.UserTask;
import org.openprobation.tasks.domain.TaskRules;
import org.openprobation.tasks.persistence.TaskRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a task about a case, for oneself or a colleague in one's team who may read the
 * case, and marking it done: each through the case-access gate, audited in the same
 * transaction.
 */
@Service
@Transactional
public class SettingTasks {

	private final CaseGate gate;

	private final People people;

	private final Users users;

	private final TaskRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	SettingTasks(CaseGate gate, People people, Users users, TaskRepository repository, AuditLog audit, Clock clock) {
		this.gate = gate;
		this.people = people;
		this.users = users;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The case a user is about to set a task on: refused (audited) unless they may work
	 * it, and audited as read.
	 */
	public PersonRecord caseForTask(CurrentUser user, Crn crn) {
		gate.change(user, crn, "set a task");
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "to set a task");
		return people.require(crn);
	}

	/** Who the user may set a task for: themselves and the accounts of their team. */
	@Transactional(readOnly = true)
	public List<Users.Colleague> assignees(CurrentUser user) {
		return users.colleagues(user);
	}

	public UserTask set(CurrentUser user, Crn crn, @Nullable String title, @Nullable String detail,
			@Nullable LocalDate dueOn, @Nullable String assignee) {
		CheckedCase checked = gate.change(user, crn, "set a task");
		List<FieldProblem> problems = new ArrayList<>(
				TaskRules.problems(title, detail, dueOn, assignee, LocalDate.now(clock)));
		if (assignee != null && !assignee.isBlank()) {
			boolean colleague = users.colleagues(user).stream().anyMatch(c -> c.username().equals(assignee));
			CurrentUser assigned = colleague ? users.find(assignee).orElse(null) : null;
			if (assigned == null) {
				problems.add(new FieldProblem("assignee", "Select yourself or someone in your team"));
			}
			else if (!gate.decision(assigned, checked.owner(), CaseUse.READ).isGranted()) {
				problems.add(new FieldProblem("assignee",
						assigned.displayName() + " may not read this case: choose someone who may"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		String stripped = Objects.requireNonNull(title).strip();
		String more = detail == null || detail.isBlank() ? null : detail.strip();
		long id = repository.add(checked.personId(), stripped, more, Objects.requireNonNull(dueOn),
				Objects.requireNonNull(assignee), user.username(), clock.instant());
		audit.record(user, "SET_TASK", crn.value(), "Task " + id + " for " + assignee + ", due " + dueOn);
		return repository.find(id).orElseThrow();
	}

	/** A task, for the user who may read its case (audited as a read). */
	public UserTask read(CurrentUser user, long taskId) {
		UserTask task = repository.find(taskId).orElseThrow(() -> new NotFound("There is no such task."));
		CheckedCase checked = gate.openPerson(user, task.personId(), CaseUse.READ, "read a task");
		audit.record(user, AuditLog.VIEW_CASE, checked.crn().value(), "task " + taskId);
		return task;
	}

	/**
	 * Marks a task done: by the person it is for, who set it, or who may change its case.
	 * False when it was done already.
	 */
	public boolean done(CurrentUser user, long taskId) {
		UserTask task = repository.find(taskId).orElseThrow(() -> new NotFound("There is no such task."));
		// the person it is for, or who set it, marks it done wherever they may read the
		// case; anyone else only where they may change the case
		boolean theirs = user.username().equals(task.assignedTo()) || user.username().equals(task.setBy());
		CheckedCase checked = gate.openPerson(user, task.personId(), theirs ? CaseUse.READ : CaseUse.CHANGE,
				"mark a task done");
		boolean done = repository.done(taskId, user.username(), clock.instant());
		if (done) {
			audit.record(user, "COMPLETE_TASK", checked.crn().value(), "Task " + taskId + ": " + task.title());
		}
		return done;
	}

}
