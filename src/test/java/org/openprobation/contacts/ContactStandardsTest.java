package org.openprobation.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** The contact standard as provider configuration. */
@IntegrationTest
class ContactStandardsTest {

	@Autowired
	ContactStandards standards;

	@Autowired
	Appointments appointments;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private static Map<String, String> typed(int tierC, int gap) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("inductionWorkingDays", "5");
		typed.put("intensiveWeeks", "12");
		typed.put("intensiveIntervalDays", "7");
		typed.put("tierAbIntervalDays", "14");
		typed.put("tierCIntervalDays", String.valueOf(tierC));
		typed.put("tierDIntervalDays", "28");
		typed.put("maximumGapDays", String.valueOf(gap));
		typed.put("lostDays", "56");
		return typed;
	}

	@Test
	void badSettingsAreRefusedAndAChangeAppliesToEveryCase() {
		CurrentUser admin = users.find("admin").orElseThrow();
		CurrentUser practitioner = users.find("practitioner").orElseThrow();
		assertThatThrownBy(() -> standards.change(practitioner, typed(14, 28), "Tighter"))
			.isInstanceOf(AccessDeniedException.class);
		Map<String, String> bad = typed(21, 14);
		bad.put("inductionWorkingDays", "five");
		assertThatThrownBy(() -> standards.change(admin, bad, " ")).isInstanceOfSatisfying(BadRequest.class,
				e -> assertThat(e.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("inductionWorkingDays", "reason"));
		assertThatThrownBy(() -> standards.change(admin, typed(21, 14), "Looser"))
			.isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
				.contains("tierCIntervalDays", "tierDIntervalDays"));

		List<Long> cases = jdbc.sql("""
				select p.id from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				""").query(Long.class).list();
		Map<Long, Appointments.NextContact> before = appointments.nextContacts(cases);
		try {
			standards.change(admin, typed(7, 28), "Weekly contact for tier C while caseloads are reviewed");
			Map<Long, Appointments.NextContact> after = appointments.nextContacts(cases);
			assertThat(after.keySet()).isEqualTo(before.keySet());
			assertThat(after.keySet()).anySatisfy(id -> assertThat(after.get(id).due()).isBefore(before.get(id).due()));
			after.forEach((id, next) -> assertThat(next.due()).isBeforeOrEqualTo(before.get(id).due()));
			ContactStandards.View view = standards.view(admin);
			assertThat(view.defaults()).isFalse();
			assertThat(view.values().get("tierCIntervalDays")).isEqualTo(7);
			assertThat(view.history().get(0).reason()).startsWith("Weekly contact");
		}
		finally {
			standards.change(admin, typed(14, 28), "Back to the policy defaults");
		}
		assertThat(appointments.nextContacts(cases)).isEqualTo(before);
	}

}
