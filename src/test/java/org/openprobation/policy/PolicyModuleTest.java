package org.openprobation.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openprobation.EmbeddedPostgresConfiguration;
import org.openprobation.access.CaseLookup;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The policy module on its own (with the modules it uses, on a database of its own and no
 * demo data): a policy's defaults until a change, the change's checks, history and audit
 * row, and who may make it.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = { "openprobation.data-dir=target/module-test-data/policy",
		"openprobation.embedded-database.clean-on-start=true", "openprobation.demo.generate=never",
		"openprobation.admin.username=module-admin", "openprobation.admin.password=module test administrator" })
class PolicyModuleTest {

	record Visits(int days) {
	}

	@TestConfiguration
	static class APolicy {

		@Bean
		Policy<Visits> visits() {
			return new Policy<>() {

				@Override
				public String key() {
					return "test-visits";
				}

				@Override
				public String title() {
					return "Test visits";
				}

				@Override
				public String explanation() {
					return "A policy of the test";
				}

				@Override
				public List<PolicyField> fields() {
					return List.of(new PolicyField("days", "Visit within", "working days", 1, 20));
				}

				@Override
				public Visits defaults() {
					return new Visits(10);
				}

				@Override
				public Visits settings(Map<String, Integer> values) {
					return new Visits(values.get("days"));
				}

				@Override
				public Map<String, Integer> values(Visits settings) {
					return Map.of("days", settings.days());
				}

			};
		}

	}

	/** Found by the people module, which this test does not start. */
	@MockitoBean
	CaseLookup cases;

	@Autowired
	ProviderPolicies policies;

	@Autowired
	org.openprobation.policy.application.PolicyChanges changes;

	@Autowired
	Policy<Visits> visits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeIsCheckedKeptWithItsReasonAuditedAndThenApplies() {
		long provider = jdbc.sql("""
				insert into organisation.provider (code, name, type) values ('TST', 'Test CRC', 'CRC') returning id
				""").query(Long.class).single();
		CurrentUser area = new CurrentUser(1, "area", "Area manager", Set.of(Role.AREA_MANAGER), null, null, null,
				provider);
		CurrentUser manager = new CurrentUser(2, "spo", "Senior probation officer", Set.of(Role.SPO), null, null, null,
				provider);
		assertThat(policies.current(visits, provider)).isEqualTo(new Visits(10));
		assertThatThrownBy(() -> changes.change(area, "test-visits", Map.of("days", "21"), "Longer"))
			.isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
				.containsExactly("Visit within must be from 1 to 20 working days"));
		assertThatThrownBy(() -> changes.change(manager, "test-visits", Map.of("days", "5"), "Sooner"))
			.isInstanceOf(AccessDeniedException.class);
		changes.change(area, "test-visits", Map.of("days", "5"), "Sooner");
		assertThat(policies.current(visits, provider)).isEqualTo(new Visits(5));
		assertThat(policies.current(visits, null)).as("no provider: the defaults").isEqualTo(new Visits(10));
		assertThat(policies.view(manager, "test-visits").history()).singleElement()
			.satisfies(change -> assertThat(change.reason()).isEqualTo("Sooner"));
		assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'CHANGE_POLICY'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
