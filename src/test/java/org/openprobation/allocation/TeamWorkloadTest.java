package org.openprobation.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TeamWorkloadTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private String managersTeam() {
		return jdbc.sql("""
				select t.code from access.app_user u join organisation.staff s on s.id = u.staff_id
				join organisation.team t on t.id = s.team_id where u.username = 'manager'
				""").query(String.class).single();
	}

	@Test
	void theTeamWorkloadGivesEachPractitionersCasesPointsAndCapacity() {
		String team = managersTeam();
		TestHttp.Response response = TestHttp.anonymous(port).get("/api/v1/teams/" + team + "/workload", "manager");
		assertThat(response.status()).isEqualTo(200);
		JsonNode practitioners = response.json().get("practitioners");
		assertThat(practitioners.size()).isBetween(6, 10);
		BigDecimal previous = null;
		for (JsonNode p : practitioners) {
			long cases = jdbc.sql("""
					select count(*) from people.responsible_officer ro join organisation.staff s on s.id = ro.staff_id
					where s.code = :code and ro.to_date is null
					""").param("code", p.get("code").asString()).query(Long.class).single();
			assertThat(p.get("cases").asLong()).isEqualTo(cases);
			assertThat(p.get("points").asInt()).isPositive();
			BigDecimal capacity = p.get("capacityPercent").decimalValue();
			assertThat(capacity).isEqualByComparingTo(BigDecimal.valueOf(p.get("points").asInt() * 100L)
				.divide(BigDecimal.valueOf(p.get("availablePoints").asInt()), 1, RoundingMode.HALF_UP));
			if (previous != null) {
				assertThat(capacity).isLessThanOrEqualTo(previous);
			}
			previous = capacity;
		}
	}

	@Test
	void specialistRolesGetTheirAllowance() {
		String code = jdbc.sql("""
				select s.code from organisation.staff s where s.specialist_role is not null and s.contracted_hours = 37
				order by s.id limit 1
				""").query(String.class).single();
		String team = jdbc.sql(
				"select t.code from organisation.staff s join organisation.team t on t.id = s.team_id where s.code = :c")
			.param("c", code)
			.query(String.class)
			.single();
		JsonNode practitioners = TestHttp.anonymous(port)
			.get("/api/v1/teams/" + team + "/workload", "admin")
			.json()
			.get("practitioners");
		JsonNode specialist = null;
		for (JsonNode p : practitioners) {
			if (p.get("code").asString().equals(code)) {
				specialist = p;
			}
		}
		assertThat(specialist).isNotNull();
		assertThat(specialist.get("reductionHours").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("7.40"));
		assertThat(specialist.get("availablePoints").asInt()).isLessThanOrEqualTo(1740);
	}

	@Test
	void practitionersCannotSeeATeamsWorkload() {
		assertThat(
				TestHttp.anonymous(port).get("/api/v1/teams/" + managersTeam() + "/workload", "practitioner").status())
			.isEqualTo(403);
		assertThat(TestHttp.anonymous(port).get("/api/v1/teams/NOPE/workload", "admin").status()).isEqualTo(404);
	}

}
