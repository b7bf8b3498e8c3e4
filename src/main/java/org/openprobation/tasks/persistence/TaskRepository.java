package org.openprobation.tasks.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.tasks.UserTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TaskRepository {

	private static final String COLUMNS = "id, person_id, title, detail, due_on, assigned_to, set_by, set_at, done_at, done_by";

	private final JdbcClient jdbc;

	TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long add(long personId, String title, @Nullable String detail, LocalDate dueOn, String assignedTo,
			String setBy, Instant setAt) {
		return jdbc.sql("""
				insert into tasks.task (person_id, title, detail, due_on, assigned_to, set_by, set_at)
				values (:person, :title, :detail, :due, :assigned, :by, :at) returning id
				""")
			.param("person", personId)
			.param("title", title)
			.param("detail", detail)
			.param("due", dueOn)
			.param("assigned", assignedTo)
			.param("by", setBy)
			.param("at", java.sql.Timestamp.from(setAt))
			.query(Long.class)
			.single();
	}

	public Optional<UserTask> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from tasks.task where id = :id")
			.param("id", id)
			.query(TaskRepository::task)
			.optional();
	}

	/** Marks an open task done; false when it was already. */
	public boolean done(long id, String by, Instant at) {
		return jdbc.sql("""
				update tasks.task set done_at = :at, done_by = :by, version = version + 1
				where id = :id and done_at is null
				""").param("at", java.sql.Timestamp.from(at)).param("by", by).param("id", id).update() == 1;
	}

	/** Open tasks assigned to a user, or about any of these cases, earliest due first. */
	public List<UserTask> open(String assignedTo, Collection<Long> personIds) {
		return jdbc.sql("select " + COLUMNS + """
				 from tasks.task where done_at is null and (assigned_to = :user or person_id = any(:ids))
				order by due_on, id
				""")
			.param("user", assignedTo)
			.param("ids", personIds.toArray(Long[]::new))
			.query(TaskRepository::task)
			.list();
	}

	/** A case's open tasks, earliest due first. */
	public List<UserTask> openOnCase(long personId) {
		return jdbc
			.sql("select " + COLUMNS + " from tasks.task where done_at is null and person_id = :p order by due_on, id")
			.param("p", personId)
			.query(TaskRepository::task)
			.list();
	}

	private static UserTask task(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
		return new UserTask(rs.getLong("id"), rs.getLong("person_id"), rs.getString("title"), rs.getString("detail"),
				rs.getObject("due_on", LocalDate.class), rs.getString("assigned_to"), rs.getString("set_by"),
				rs.getObject("set_at", OffsetDateTime.class).toInstant(), done == null ? null : done.toInstant(),
				rs.getString("done_by"));
	}

}
