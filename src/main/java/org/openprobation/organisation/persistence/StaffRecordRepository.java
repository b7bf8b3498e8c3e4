package org.openprobation.organisation.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.StaffGrade;
import org.openprobation.organisation.StaffRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A member of staff's record as their managers keep it: changes, moves, training, plans.
 */
@Repository
public class StaffRecordRepository {

	private final JdbcClient jdbc;

	StaffRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int version(long staffId) {
		return jdbc.sql("select version from organisation.staff where id = :id")
			.param("id", staffId)
			.query(Integer.class)
			.single();
	}

	/** Saves the change if nobody changed the record since the version. */
	public boolean update(long staffId, StaffGrade grade, BigDecimal hours, long officeId, @Nullable Long teamId,
			@Nullable LocalDate contractEndsOn, @Nullable String specialistRole, @Nullable LocalDate leavesOn,
			int version, String by, Instant at) {
		return jdbc.sql("""
				update organisation.staff set grade = :grade, contracted_hours = :hours, office_id = :office,
				    team_id = :team, contract_ends_on = :contractEndsOn, specialist_role = :role, leaves_on = :leavesOn,
				    version = version + 1, updated_at = :at, updated_by = :by
				where id = :id and version = :version""")
			.param("grade", grade.name())
			.param("hours", hours)
			.param("office", officeId)
			.param("team", teamId)
			.param("contractEndsOn", contractEndsOn)
			.param("role", specialistRole)
			.param("leavesOn", leavesOn)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.param("id", staffId)
			.param("version", version)
			.update() == 1;
	}

	public void move(long staffId, @Nullable Long fromTeamId, long toTeamId, LocalDate on, String by, Instant at) {
		jdbc.sql(
				"""
						insert into organisation.staff_move (staff_id, from_team_id, to_team_id, moved_on, recorded_by, recorded_at)
						values (:staff, :from, :to, :on, :by, :at)""")
			.param("staff", staffId)
			.param("from", fromTeamId)
			.param("to", toTeamId)
			.param("on", on)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	public List<StaffRecords.Move> moves(long staffId) {
		return jdbc.sql("""
				select f.code as from_code, t.code as to_code, m.moved_on, m.recorded_by from organisation.staff_move m
				left join organisation.team f on f.id = m.from_team_id join organisation.team t on t.id = m.to_team_id
				where m.staff_id = :id order by m.id""")
			.param("id", staffId)
			.query((rs, n) -> new StaffRecords.Move(rs.getString("from_code"), rs.getString("to_code"),
					rs.getObject("moved_on", LocalDate.class), rs.getString("recorded_by")))
			.list();
	}

	public List<StaffRecords.Training> training(long staffId) {
		return jdbc.sql("""
				select course, completed_on, expires_on, recorded_by from organisation.training_record
				where staff_id = :id order by completed_on desc, id desc""")
			.param("id", staffId)
			.query((rs, n) -> new StaffRecords.Training(rs.getString("course"),
					rs.getObject("completed_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
					rs.getString("recorded_by")))
			.list();
	}

	public void addTraining(long staffId, String course, LocalDate completedOn, @Nullable LocalDate expiresOn,
			String by) {
		jdbc.sql("""
				insert into organisation.training_record (staff_id, course, completed_on, expires_on, recorded_by)
				values (:id, :course, :completed, :expires, :by)""")
			.param("id", staffId)
			.param("course", course)
			.param("completed", completedOn)
			.param("expires", expiresOn)
			.param("by", by)
			.update();
	}

	/** The courses recorded anywhere, for choosing the same words again. */
	public List<String> courses() {
		return jdbc.sql("select distinct course from organisation.training_record order by course")
			.query(String.class)
			.list();
	}

	public List<StaffRecords.PerformancePlan> plans(long staffId) {
		return jdbc.sql("""
				select id, started_on, ended_on, outcome from organisation.performance_plan
				where staff_id = :id order by started_on desc, id desc""")
			.param("id", staffId)
			.query((rs, n) -> new StaffRecords.PerformancePlan(rs.getLong("id"),
					rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
					rs.getString("outcome")))
			.list();
	}

	public void startPlan(long staffId, LocalDate on) {
		jdbc.sql("insert into organisation.performance_plan (staff_id, started_on) values (:id, :on)")
			.param("id", staffId)
			.param("on", on)
			.update();
	}

	public boolean endPlan(long staffId, LocalDate on, String outcome) {
		return jdbc.sql("""
				update organisation.performance_plan set ended_on = :on, outcome = :outcome
				where staff_id = :id and ended_on is null and started_on <= :on""")
			.param("id", staffId)
			.param("on", on)
			.param("outcome", outcome)
			.update() > 0;
	}

	public List<StaffRecords.Posts> establishment(long teamId) {
		return jdbc
			.sql("""
					select g.grade, coalesce(e.posts, 0) as posts,
					       (select count(*) from organisation.staff s where s.team_id = :team and s.grade = g.grade) as in_post
					from unnest(:grades::text[]) as g(grade)
					left join organisation.establishment e on e.team_id = :team and e.grade = g.grade""")
			.param("team", teamId)
			.param("grades", java.util.Arrays.stream(StaffGrade.values()).map(Enum::name).toArray(String[]::new))
			.query((rs, n) -> new StaffRecords.Posts(StaffGrade.valueOf(rs.getString("grade")), rs.getInt("posts"),
					rs.getInt("in_post")))
			.list();
	}

	public void setPosts(long teamId, StaffGrade grade, int posts) {
		jdbc.sql("""
				insert into organisation.establishment (team_id, grade, posts) values (:team, :grade, :posts)
				on conflict (team_id, grade) do update set posts = excluded.posts""")
			.param("team", teamId)
			.param("grade", grade.name())
			.param("posts", posts)
			.update();
	}

}
