package org.openprobation.tasks.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/**
 * What a task someone sets must have: a title, a due date not in the past, an assignee.
 */
public final class TaskRules {

	public static final int TITLE_MAX = 200;

	public static final int DETAIL_MAX = 2000;

	private TaskRules() {
	}

	public static List<FieldProblem> problems(@Nullable String title, @Nullable String detail,
			@Nullable LocalDate dueOn, @Nullable String assignee, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "Enter what needs doing"));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", "What needs doing must be 200 characters or fewer"));
		}
		if (detail != null && detail.strip().length() > DETAIL_MAX) {
			problems.add(new FieldProblem("detail", "The detail must be 2,000 characters or fewer"));
		}
		if (dueOn == null) {
			problems.add(new FieldProblem("dueOn", "Enter when it is due"));
		}
		else if (dueOn.isBefore(today)) {
			problems.add(new FieldProblem("dueOn", "The due date must be today or later"));
		}
		else if (dueOn.isAfter(today.plusYears(2))) {
			problems.add(new FieldProblem("dueOn", "The due date must be within two years"));
		}
		if (assignee == null || assignee.isBlank()) {
			problems.add(new FieldProblem("assignee", "Select who the task is for"));
		}
		return problems;
	}

}
