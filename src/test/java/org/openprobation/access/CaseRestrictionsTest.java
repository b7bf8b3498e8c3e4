package org.openprobation.access;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.people.People;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restricted and excluded access: a restricted case is read only by the users named on
 * it, an excluded user never reads a case, and both apply to search, pages and the API,
 * with the reason shown and the refusal audited.
 */
@IntegrationTest
class CaseRestrictionsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseRestrictions restrictions;

	@Autowired
	People people;

	@Autowired
	Users users;

	record Held(long id, String crn) {
	}

	private List<Held> practitionersCases() {
		return jdbc.sql("""
				select p.id, p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				order by p.crn desc limit 2
				""").query((rs, n) -> new Held(rs.getLong(1), rs.getString(2).trim())).list();
	}

	private int refusals(String crn) {
		return jdbc.sql("select count(*) from access.audit_event where crn = :crn and action = 'ACCESS_REFUSED'")
			.param("crn", crn)
			.query(Integer.class)
			.single();
	}

	@Test
	void aRestrictedCaseIsSeenOnlyByNamedUsersAndAnExcludedUserNeverSeesACase() {
		CurrentUser admin = users.find("admin").orElseThrow();
		List<Held> held = practitionersCases();
		Held restricted = held.get(0);
		Held excluded = held.get(1);
		TestHttp http = TestHttp.anonymous(port);
		assertThat(http.get("/api/v1/people/" + restricted.crn() + "/compliance", "practitioner").status())
			.isEqualTo(200);
		try {
			restrictions.put(admin, restricted.id(), restricted.crn(), "manager", CaseRestrictions.ALLOWED,
					"Named manager only");
			people.setRestricted(restricted.id(), true);
			restrictions.put(admin, excluded.id(), excluded.crn(), "practitioner", CaseRestrictions.EXCLUDED,
					"Knows the person outside work");

			// the responsible officer is not named on the restricted case: refused
			// everywhere, with the reason
			int before = refusals(restricted.crn());
			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			TestHttp.Response page = practitioner.page("/cases/" + restricted.crn());
			assertThat(page.status()).isEqualTo(403);
			assertThat(page.body()).contains("restricted to named staff");
			assertThat(http.get("/api/v1/people/" + restricted.crn() + "/compliance", "practitioner").status())
				.isEqualTo(403);
			assertThat(http.get("/api/v1/people?q=" + restricted.crn(), "practitioner").body())
				.doesNotContain(restricted.crn());
			assertThat(refusals(restricted.crn())).isGreaterThan(before);
			// the named manager reads it, and finds it
			assertThat(TestHttp.signedIn(port, "manager").page("/cases/" + restricted.crn()).status()).isEqualTo(200);
			assertThat(http.get("/api/v1/people?q=" + restricted.crn(), "manager").body()).contains(restricted.crn());
			// even an administrator must be named
			assertThat(http.get("/api/v1/people/" + restricted.crn() + "/compliance", "admin").status()).isEqualTo(403);

			// excluded from a case they hold: refused with the reason, and not found
			TestHttp.Response excludedPage = practitioner.page("/cases/" + excluded.crn());
			assertThat(excludedPage.status()).isEqualTo(403);
			assertThat(excludedPage.body()).contains("You are excluded from this case: Knows the person outside work");
			assertThat(http.get("/api/v1/people?q=" + excluded.crn(), "practitioner").body())
				.doesNotContain(excluded.crn());
			assertThat(TestHttp.signedIn(port, "manager").page("/cases/" + excluded.crn()).status()).isEqualTo(200);
		}
		finally {
			restrictions.remove(admin, restricted.id(), restricted.crn(), "manager");
			restrictions.remove(admin, excluded.id(), excluded.crn(), "practitioner");
			people.setRestricted(restricted.id(), false);
		}
		assertThat(http.get("/api/v1/people/" + restricted.crn() + "/compliance", "practitioner").status())
			.isEqualTo(200);
	}

	@Test
	void onlyAdministratorsNameUsersAndEveryNameNeedsAUserAndAReason() {
		CurrentUser admin = users.find("admin").orElseThrow();
		Held held = practitionersCases().get(0);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> restrictions.put(users.find("manager").orElseThrow(), held.id(), held.crn(),
					"practitioner", CaseRestrictions.EXCLUDED, "x"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> restrictions.put(admin, held.id(), held.crn(), "nobody-here", "SOMETIMES", " "))
			.isInstanceOfSatisfying(org.openprobation.shared.BadRequest.class,
					bad -> assertThat(bad.problems()).extracting(p -> p.field())
						.containsExactly("username", "kind", "reason"));
		assertThat(restrictions.of(held.id()).excluded()).isEmpty();
	}

}
