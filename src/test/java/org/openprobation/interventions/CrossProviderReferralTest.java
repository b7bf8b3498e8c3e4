package org.openprobation.interventions;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate card shared across providers (issue 26, item 6): a case the NPS holds is
 * referred to a CRC's service, and the CRC, which cannot open the case, sees the referral
 * and accepts or rejects it; the NPS's side records the rest.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesAddedOrganisation.class)
class CrossProviderReferralTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private long personId;

	private long originalProvider;

	private String crn;

	private long service;

	private long lastReferral;

	@BeforeEach
	void aCaseTheNpsHolds() {
		lastReferral = jdbc.sql("select coalesce(max(id), 0) from interventions.referral").query(Long.class).single();
		assertThat(TestHttp.anonymous(port)
			.postJson("/api/v1/organisation/providers", "admin",
					"{\"code\": \"NPS-XR\", \"name\": \"NPS Cross Referral\", \"type\": \"NPS_DIVISION\"}")
			.status()).isEqualTo(201);
		// an unrestricted man with a home borough and no referrals, and a CRC service
		// there
		var found = jdbc.sql("""
				select p.id, p.crn, p.provider_id, a.borough_id from people.person p
				join people.address a on a.person_id = p.id and a.to_date is null and a.borough_id is not null
				where p.gender = 'MALE' and not p.restricted
				  and not exists (select 1 from interventions.referral r where r.person_id = p.id)
				  and not exists (select 1 from access.case_restriction e where e.person_id = p.id)
				order by p.id limit 1
				""")
			.query((rs,
					n) -> new Object[] { rs.getLong("id"), rs.getString("crn").trim(), rs.getLong("provider_id"),
							rs.getLong("borough_id") })
			.single();
		personId = (Long) found[0];
		crn = (String) found[1];
		originalProvider = (Long) found[2];
		service = jdbc
			.sql("""
					insert into interventions.service (provider_id, name, need, deliverer, accredited, highest_rosh, gender,
					    price_pence, capacity, waiting_weeks)
					values (:provider, 'Debt advice across providers', 'FINANCE', 'Advice partner', false, 'VERY_HIGH', 'ANY',
					    25000, 10, 1) returning id""")
			.param("provider", originalProvider)
			.query(Long.class)
			.single();
		jdbc.sql("insert into interventions.service_borough (service_id, borough_id) values (:s, :b)")
			.param("s", service)
			.param("b", found[3])
			.update();
		jdbc.sql("update people.person set provider_id = (select id from organisation.provider where code = 'NPS-XR') "
				+ "where id = :id")
			.param("id", personId)
			.update();
	}

	@AfterEach
	void giveTheCaseBack() {
		jdbc.sql("delete from interventions.referral where id > :id").param("id", lastReferral).update();
		jdbc.sql("delete from interventions.service where id = :id").param("id", service).update();
		jdbc.sql("update people.person set provider_id = :provider where id = :id")
			.param("provider", originalProvider)
			.param("id", personId)
			.update();
	}

	@Test
	void theNpsRefersToTheCrcsServiceAndTheCrcAnswers() {
		TestHttp nps = TestHttp.signedIn(port, "admin");
		String form = nps.page("/cases/" + crn + "/referrals/new").body();
		assertThat(form).contains("’s rate card");
		TestHttp.Response sent = nps.postFormFrom("/cases/" + crn + "/referrals/new", "/cases/" + crn + "/referrals",
				"serviceId=" + service + "&reason=Needs+help+with+debts+before+release+of+his+savings");
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		String path = sent.header("Location").replaceFirst("^https?://[^/]+", "");

		String referral = nps.page(path).body();
		assertThat(referral).contains("id=\"across-providers\"").doesNotContain("value=\"ACCEPTED\"");
		String version = referral.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		String today = LocalDate.now(clock).getDayOfMonth() + "&on.month=" + LocalDate.now(clock).getMonthValue()
				+ "&on.year=" + LocalDate.now(clock).getYear();
		TestHttp.Response answeredByNps = nps.postFormFrom(path, path + "/status",
				"version=" + version + "&status=ACCEPTED&on.day=" + today);
		assertThat(answeredByNps.status()).isEqualTo(400);
		assertThat(answeredByNps.body()).contains("answers this referral");

		// the CRC cannot open the case, but sees and answers the referral
		TestHttp crc = TestHttp.signedIn(port, "practitioner");
		assertThat(crc.page("/cases/" + crn).status()).isEqualTo(403);
		String servicePage = crc.page("/interventions/" + service).body();
		assertThat(servicePage).contains("referred by another provider").contains("Answer the referral sent");
		String received = crc.page(path).body();
		assertThat(received).contains("id=\"received\"")
			.contains("NPS Cross Referral")
			.contains("Risk of serious harm")
			.contains("value=\"ACCEPTED\"")
			.doesNotContain("value=\"WITHDRAWN\"")
			.doesNotContain("id=\"no-sessions\"")
			.doesNotContain("/cases/" + crn);
		TestHttp.Response noReason = crc.postFormFrom(path, path + "/status",
				"version=" + version + "&status=REJECTED&on.day=" + today);
		assertThat(noReason.status()).isEqualTo(400);
		TestHttp.Response withdrawn = crc.postFormFrom(path, path + "/status",
				"version=" + version + "&status=WITHDRAWN&reason=not+ours&on.day=" + today);
		assertThat(withdrawn.status()).isEqualTo(400);
		assertThat(withdrawn.body()).contains("Your provider answers the referral");
		TestHttp.Response accepted = crc.postFormFrom(path, path + "/status",
				"version=" + version + "&status=ACCEPTED&on.day=" + today);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
		assertThat(jdbc.sql("select status from interventions.referral where id > :id")
			.param("id", lastReferral)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where username = 'practitioner' "
					+ "and action = 'REFERRAL_ACCEPTED' and crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(1);
		// once answered, the CRC has nothing more to record; the NPS's side starts it
		assertThat(crc.page(path).body()).doesNotContain("id=\"status-form\"");
		assertThat(nps.page(path).body()).contains("value=\"STARTED\"");

		// unpaid work staff of the same CRC answer no referrals
		assertThat(TestHttp.signedIn(port, "unpaidwork").page(path).status()).isEqualTo(403);
	}

	@Test
	void aCrcCaseIsReferredOnlyToItsOwnProvidersServices() {
		jdbc.sql("update people.person set provider_id = :provider where id = :id")
			.param("provider", originalProvider)
			.param("id", personId)
			.update();
		long otherProvidersService = jdbc.sql("""
				insert into interventions.service (provider_id, name, need, deliverer, accredited, highest_rosh, gender,
				    price_pence, capacity, waiting_weeks)
				values ((select id from organisation.provider where code = 'NPS-XR'), 'Elsewhere', 'FINANCE', 'Them',
				    false, 'VERY_HIGH', 'ANY', 100, 5, 1) returning id""").query(Long.class).single();
		try {
			TestHttp crc = TestHttp.signedIn(port, "admin");
			TestHttp.Response refused = crc.postFormFrom("/cases/" + crn + "/referrals/new",
					"/cases/" + crn + "/referrals", "serviceId=" + otherProvidersService + "&reason=Debts");
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("Select a service from the provider");
		}
		finally {
			jdbc.sql("delete from interventions.service where id = :id").param("id", otherProvidersService).update();
		}
	}

}
