package org.openprobation.interventions;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.EmbeddedPostgresConfiguration;
import org.openprobation.ModuleTestData;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.Outcome;
import org.openprobation.interventions.application.ReferralChanges;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The interventions module on its own (with the modules it uses, on a database of its own
 * and no demo data): a referral is sent once to a service that suits the person, moves
 * only along its lifecycle, refuses a change made meanwhile, and its sessions are
 * contacts in the person's record; each step audited, refusals naming nobody.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = { "openprobation.data-dir=target/module-test-data/interventions",
		"openprobation.embedded-database.clean-on-start=true", "openprobation.demo.generate=never",
		"openprobation.admin.username=module-admin", "openprobation.admin.password=module test administrator" })
class ReferralsModuleTest {

	@Autowired
	ReferralChanges changes;

	@Autowired
	Referrals referrals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** Enforcement, which assessment asks of a case's breaches, is not in this start. */
	@MockitoBean
	org.openprobation.assessment.BreachOrRecallHistory breaches;

	private ModuleTestData data;

	private CurrentUser practitioner;

	private LocalDate today;

	@BeforeEach
	void aProviderWithAPractitioner() {
		data = new ModuleTestData(jdbc);
		practitioner = data.officer();
		today = LocalDate.now(clock);
	}

	private long service(String gender) {
		return jdbc.sql("""
				insert into interventions.service (provider_id, name, need, deliverer, accredited, sessions, gender,
				                                   price_pence, capacity, waiting_weeks)
				values (:p, :name, 'ACCOMMODATION', 'Test Housing Trust', false, 4, :gender, 12000, 20, 2)
				returning id""")
			.param("p", data.providerId)
			.param("name", data.unique("Housing advice "))
			.param("gender", gender)
			.query(Long.class)
			.single();
	}

	private Crn person(String gender) {
		String crn = data.person(gender);
		data.communityOrderWith(crn, "REHABILITATION_ACTIVITY", 20, today.minusMonths(1));
		data.allocate(crn, practitioner);
		return Crn.parse(crn).orElseThrow();
	}

	@Test
	void aReferralIsSentOnceToAServiceThatSuitsThePerson() {
		Crn man = person("MALE");
		long womensService = service("WOMEN");
		assertThatThrownBy(() -> changes.refer(practitioner, man,
				new Referrals.NewReferral(womensService, "Needs a home", null, false, null)))
			.isInstanceOf(BadRequest.class);
		long housing = service("ANY");
		assertThatThrownBy(() -> changes.refer(practitioner, man,
				new Referrals.NewReferral(housing, "Needs a home", null, false, today.plusDays(1))))
			.isInstanceOf(BadRequest.class)
			.hasMessageContaining("future");
		long id = changes.refer(practitioner, man,
				new Referrals.NewReferral(housing, "Needs a home", null, false, null));
		assertThat(referrals.referral(practitioner, id).referral().status()).isEqualTo(ReferralStatus.SENT);
		assertThatThrownBy(
				() -> changes.refer(practitioner, man, new Referrals.NewReferral(housing, "Again", null, false, null)))
			.isInstanceOf(Conflict.class);
		assertThat(data.audits("REFER", man.value())).isOne();
	}

	@Test
	void aReferralMovesAlongItsLifecycleAndAChangeMadeMeanwhileIsRefused() {
		Crn crn = person("FEMALE");
		long id = changes.refer(practitioner, crn,
				new Referrals.NewReferral(service("ANY"), "Needs a home", null, false, today.minusDays(10)));
		assertThatThrownBy(() -> changes.move(practitioner, id, 0, ReferralStatus.COMPLETED, today, null, "Housed"))
			.isInstanceOf(BadRequest.class);
		changes.move(practitioner, id, 0, ReferralStatus.ACCEPTED, today.minusDays(5), null, null);
		assertThatThrownBy(
				() -> changes.move(practitioner, id, 0, ReferralStatus.STARTED, today.minusDays(2), null, null))
			.isInstanceOf(Conflict.class)
			.hasMessageContaining("changed while you were looking");
		Referral started = changes.move(practitioner, id, 1, ReferralStatus.STARTED, today.minusDays(2), null, null);
		assertThat(started.status()).isEqualTo(ReferralStatus.STARTED);
		changes.recordSession(practitioner, id, new Referrals.NewSession(today.minusDays(1).atTime(10, 0),
				today.minusDays(1).atTime(11, 0), Outcome.ATTENDED_COMPLIED, null, null, null));
		assertThat(referrals.ofCase(practitioner, crn).attended(started)).isOne();
		assertThat(data.audits("REFERRAL_ACCEPTED", crn.value())).isOne();
		assertThat(data.audits("REFERRAL_STARTED", crn.value())).isOne();
	}

	@Test
	void aUserOfAnotherProviderIsRefusedWithoutNamingThePerson() {
		Crn crn = person("MALE");
		long id = changes.refer(practitioner, crn,
				new Referrals.NewReferral(service("ANY"), "Needs a home", null, false, null));
		CurrentUser stranger = new ModuleTestData(jdbc).officer();
		assertThatThrownBy(() -> changes.move(stranger, id, 0, ReferralStatus.ACCEPTED, today, null, null))
			.isInstanceOf(CaseAccessDenied.class)
			.hasMessageNotContaining("Testcase");
		assertThat(data.audits("ACCESS_REFUSED", crn.value())).isOne();
	}

}
