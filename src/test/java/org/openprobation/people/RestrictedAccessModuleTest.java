package org.openprobation.people;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.EmbeddedPostgresConfiguration;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseRestrictions;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.people.application.RestrictedAccess;
import org.openprobation.shared.Crn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people module on its own (with the modules it uses, on a database of its own and no
 * demo data): restricting a case to named users and lifting it, with the limits that keep
 * the promise of restricted access, every change and refusal audited.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = { "openprobation.data-dir=target/module-test-data/people",
		"openprobation.embedded-database.clean-on-start=true", "openprobation.demo.generate=never",
		"openprobation.admin.username=module-admin", "openprobation.admin.password=module test administrator" })
class RestrictedAccessModuleTest {

	@Autowired
	RestrictedAccess access;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private String crn;

	private long personId;

	private CurrentUser first;

	private CurrentUser second;

	@BeforeEach
	void aCaseAndTwoAdministrators() {
		long stamp = System.nanoTime();
		long provider = jdbc
			.sql("insert into organisation.provider (code, name, type) values (:code, 'Test CRC', 'CRC') "
					+ "returning id")
			.param("code", "R" + stamp % 100_000)
			.query(Long.class)
			.single();
		crn = String.format("R%06d", stamp % 1_000_000);
		personId = jdbc.sql("""
				insert into people.person (crn, forename, surname, date_of_birth, gender, ethnicity, nationality,
				                           provider_id)
				values (:crn, 'Sam', 'Testcase', date '1985-05-05', 'FEMALE', 'W1', 'British', :provider)
				returning id""").param("crn", crn).param("provider", provider).query(Long.class).single();
		first = administrator("first" + stamp, provider);
		second = administrator("second" + stamp, provider);
	}

	private CurrentUser administrator(String username, long provider) {
		long id = jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name, provider_id)
				values (:username, 'not used', 'Administrator', :provider) returning id""")
			.param("username", username)
			.param("provider", provider)
			.query(Long.class)
			.single();
		return new CurrentUser(id, username, "Administrator", Set.of(Role.ADMIN), null, null, null, provider);
	}

	@Test
	void aRestrictionIsLiftedOnlyByAnAdministratorNamedAsAllowed() {
		access.name(first, crn, second.username(), CaseRestrictions.ALLOWED, "Staff member's relative", true);
		assertThat(people.restricted(personId)).isTrue();
		assertThat(audits("CASE_RESTRICTION")).isEqualTo(2);
		long refusals = audits("ACCESS_REFUSED");
		assertThatThrownBy(() -> access.lift(first, crn)).isInstanceOf(CaseAccessDenied.class)
			.hasMessageNotContaining("Testcase");
		assertThat(audits("ACCESS_REFUSED")).isEqualTo(refusals + 1);
		assertThat(people.restricted(personId)).isTrue();
		access.lift(second, crn);
		assertThat(people.restricted(personId)).isFalse();
	}

	@Test
	void nobodyChangesTheirOwnAccessAndAnExcludedAdministratorChangesNothing() {
		assertThatThrownBy(() -> access.name(first, crn, first.username(), CaseRestrictions.ALLOWED, "Let me in", true))
			.isInstanceOf(CaseAccessDenied.class)
			.hasMessageContaining("your own access");
		access.name(second, crn, first.username(), CaseRestrictions.EXCLUDED, "Knows the person", false);
		assertThatThrownBy(() -> access.remove(first, crn, first.username())).isInstanceOf(CaseAccessDenied.class);
		assertThatThrownBy(
				() -> access.name(first, crn, second.username(), CaseRestrictions.EXCLUDED, "Retaliation", false))
			.isInstanceOf(CaseAccessDenied.class)
			.hasMessageContaining("excluded from this case");
		assertThat(people.ownerOf(people.require(Crn.parse(crn).orElseThrow())).excluded())
			.containsOnlyKeys(first.username());
		assertThat(people.restricted(personId)).isFalse();
	}

	@Test
	void onlyAdministratorsManageRestrictedAccess() {
		CurrentUser manager = new CurrentUser(99, "manager", "Manager", Set.of(Role.AREA_MANAGER), null, null, null,
				first.providerId());
		assertThatThrownBy(() -> access.lift(manager, crn)).isInstanceOf(AccessDeniedException.class);
	}

	private long audits(String action) {
		return jdbc.sql("select count(*) from access.audit_event where action = :action and crn = :crn")
			.param("action", action)
			.param("crn", crn)
			.query(Long.class)
			.single();
	}

}
