package org.openprobation.tasks;

import java.util.Collection;
import java.util.List;

import org.openprobation.access.CurrentUser;
import org.openprobation.tasks.persistence.TaskRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks people set, for the lists that show them; the caller passes the lists
 * through the case-access gate (a task is about a case, and shows only to those who may
 * read it).
 */
@Service
@Transactional(readOnly = true)
public class UserTasks {

	private final TaskRepository repository;

	UserTasks(TaskRepository repository) {
		this.repository = repository;
	}

	/** Open tasks for the user, and (for a team's list) about any of these cases. */
	public List<UserTask> open(CurrentUser user, Collection<Long> personIds) {
		return repository.open(user.username(), personIds);
	}

}
