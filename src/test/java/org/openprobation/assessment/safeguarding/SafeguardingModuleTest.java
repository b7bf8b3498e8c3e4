package org.openprobation.assessment.safeguarding;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.EmbeddedPostgresConfiguration;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.BreachOrRecallHistory;
import org.openprobation.assessment.safeguarding.application.SafeguardingFollowUps;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment module on its own (with the modules it uses, on a database of its own
 * and no demo data): following up a safeguarding request ({@code assessment.md},
 * Safeguarding: the response and what it changed, a chaser, escalation) through the case
 * gate, each change audited, a stale answer refused.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = { "openprobation.data-dir=target/module-test-data/assessment",
		"openprobation.embedded-database.clean-on-start=true", "openprobation.demo.generate=never",
		"openprobation.admin.username=module-admin", "openprobation.admin.password=module test administrator" })
class SafeguardingModuleTest {

	/** Implemented by the enforcement module, which uses this one and is not started. */
	@MockitoBean
	BreachOrRecallHistory breaches;

	@Autowired
	SafeguardingFollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	private long provider;

	private Crn crn;

	private long check;

	private CurrentUser admin;

	@BeforeEach
	void aCaseWithAnUnansweredChildrensServicesCheck() {
		String code = "T" + System.nanoTime() % 100_000;
		provider = jdbc
			.sql("insert into organisation.provider (code, name, type) values (:code, 'Test CRC', 'CRC') "
					+ "returning id")
			.param("code", code)
			.query(Long.class)
			.single();
		crn = Crn.parse(String.format("X%06d", System.nanoTime() % 1_000_000)).orElseThrow();
		long person = jdbc.sql("""
				insert into people.person (crn, forename, surname, date_of_birth, gender, ethnicity, nationality,
				                           provider_id)
				values (:crn, 'Alex', 'Testcase', date '1990-01-01', 'MALE', 'W1', 'British', :provider)
				returning id""").param("crn", crn.value()).param("provider", provider).query(Long.class).single();
		check = jdbc.sql("""
				insert into assessment.safeguarding_check (person_id, kind, agency, reason, sent_on, due_on,
				                                           requested_by)
				values (:person, 'CHILDRENS_SOCIAL_CARE', 'Test Council', 'Child contact', :sent, :due, 'test')
				returning id""")
			.param("person", person)
			.param("sent", LocalDate.now().minusDays(30))
			.param("due", LocalDate.now().minusDays(16))
			.query(Long.class)
			.single();
		admin = new CurrentUser(1, "admin", "Administrator", Set.of(Role.ADMIN), null, null, null, provider);
	}

	@Test
	void theAnswerIsRecordedOnceAndAuditedAndAStaleAnswerIsRefused() {
		SafeguardingFollowUps.CheckOnCase opened = followUps.open(admin, crn, check, "record a response");
		int version = opened.check().version();
		followUps.recordResponse(admin, crn, check, version, "  Known to children's services  ", "Plan updated");
		assertThat(jdbc.sql("select response from assessment.safeguarding_check where id = :id")
			.param("id", check)
			.query(String.class)
			.single()).isEqualTo("Known to children's services");
		assertThat(audits("SAFEGUARDING_RESPONSE")).isEqualTo(1);
		assertThatThrownBy(() -> followUps.recordResponse(admin, crn, check, version, "Not known", null))
			.isInstanceOfSatisfying(BadRequest.class,
					e -> assertThat(e.problems()).extracting(FieldProblem::message)
						.singleElement()
						.asString()
						.contains("answered or changed by someone else"));
		assertThat(audits("SAFEGUARDING_RESPONSE")).isEqualTo(1);
	}

	@Test
	void aMissingAnswerAndAnOverlongChangeAreRefusedNamingEachField() {
		assertThatThrownBy(() -> followUps.recordResponse(admin, crn, check, 0, "  ", "x".repeat(4001)))
			.isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
				.containsExactly("response", "whatChanged"));
		assertThat(jdbc.sql("select answered_on is null from assessment.safeguarding_check where id = :id")
			.param("id", check)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aChaserAndAnEscalationAreEachRecordedOnceAndNotAfterTheAnswer() {
		assertThat(followUps.chase(admin, crn, check).recorded()).isTrue();
		assertThat(followUps.chase(admin, crn, check).recorded()).isFalse();
		assertThat(audits("SAFEGUARDING_CHASED")).isEqualTo(1);
		followUps.recordResponse(admin, crn, check, followUps.open(admin, crn, check, "answer").check().version(),
				"Not known", null);
		assertThat(followUps.escalate(admin, crn, check).recorded()).isFalse();
		assertThat(audits("SAFEGUARDING_ESCALATED")).isZero();
	}

	@Test
	void someoneOfAnotherProviderIsRefusedWithoutBeingToldWhoseCaseItIs() {
		CurrentUser stranger = new CurrentUser(2, "stranger", "Practitioner elsewhere", Set.of(Role.PRACTITIONER), null,
				null, null, provider + 1_000);
		long refusals = audits("ACCESS_REFUSED");
		assertThatThrownBy(() -> followUps.chase(stranger, crn, check)).isInstanceOf(CaseAccessDenied.class)
			.hasMessageNotContaining("Testcase")
			.hasMessageNotContaining("Alex");
		assertThat(audits("ACCESS_REFUSED")).isEqualTo(refusals + 1);
		assertThat(jdbc.sql("select chased_on is null from assessment.safeguarding_check where id = :id")
			.param("id", check)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private long audits(String action) {
		return jdbc.sql("select count(*) from access.audit_event where action = :action and crn = :crn")
			.param("action", action)
			.param("crn", crn.value())
			.query(Long.class)
			.single();
	}

}
