package org.openprobation.unpaidwork;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting up projects and weekly sessions. */
@IntegrationTest
class ProjectsTest {

	@Autowired
	Projects projects;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGroupTakesAtMostTenPeoplePerSupervisorAndNewPatternsMakeTheirSessions() {
		CurrentUser staff = users.find("unpaidwork").orElseThrow();
		assertThatThrownBy(() -> projects.addProject(users.find("practitioner").orElseThrow(),
				new Projects.NewProject("X", "GROUP", 1L, "a", "b", false, false, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> projects.addProject(staff,
				new Projects.NewProject(" ", "KNITTING", -1L, "", null, false, false, true)))
			.isInstanceOfSatisfying(BadRequest.class, bad -> assertThat(bad.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("name", "type", "boroughId", "address", "beneficiary"));
		long borough = projects.boroughs(staff).keySet().iterator().next();
		long project = projects.addProject(staff, new Projects.NewProject("Allotment restoration", "OUTDOOR", borough,
				"1 Allotment Lane", "Allotment society", false, false, false));
		assertThatThrownBy(() -> projects.addWeeklySession(staff, project,
				new Projects.NewWeeklySession(6, LocalTime.of(9, 0), LocalTime.of(16, 0), 1, 12)))
			.isInstanceOf(BadRequest.class)
			.hasMessageContaining("at most 10 people per supervisor");
		assertThatThrownBy(() -> projects.addWeeklySession(staff, project,
				new Projects.NewWeeklySession(9, LocalTime.of(16, 0), LocalTime.of(9, 0), 1, 5)))
			.isInstanceOfSatisfying(BadRequest.class, bad -> assertThat(bad.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("day", "end"));
		int made = projects.addWeeklySession(staff, project,
				new Projects.NewWeeklySession(6, LocalTime.of(9, 0), LocalTime.of(16, 0), 2, 20));
		assertThat(made).isBetween(4, 5);
		assertThat(jdbc.sql("select count(*) from unpaidwork.session where project_id = :p and capacity = 20")
			.param("p", project)
			.query(Long.class)
			.single()).isEqualTo((long) made);
		assertThat(projects.projects(staff)).anySatisfy(p -> {
			assertThat(p.name()).isEqualTo("Allotment restoration");
			assertThat(p.weekly()).contains("Sat 09:00–16:00 (20)");
		});
	}

}
