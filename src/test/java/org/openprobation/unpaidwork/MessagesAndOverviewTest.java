package org.openprobation.unpaidwork;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team's message log and the manager's view on the London data. */
@IntegrationTest
class MessagesAndOverviewTest {

	@Autowired
	Messages messages;

	@Autowired
	UnpaidWorkOverview overview;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private CurrentUser staff() {
		return users.find("unpaidwork").orElseThrow();
	}

	@Test
	void aMessageWaitsUntilAnsweredOnce() {
		assertThatThrownBy(() -> messages.log(staff(), new Messages.NewMessage("Z000000", "FAX", " ", null, null)))
			.isInstanceOfSatisfying(BadRequest.class, bad -> assertThat(bad.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("crn", "channel", "fromWho", "body"));
		long before = messages.log(staff(), true).responsiveness().unanswered();
		long id = messages.log(staff(), new Messages.NewMessage(null, "SITE_PROBLEM", "Supervisor, canal project",
				"Nobody at the meeting point", null));
		assertThat(messages.log(staff(), true).responsiveness().unanswered()).isEqualTo(before + 1);
		assertThat(messages.log(staff(), false).messages()).anySatisfy(m -> assertThat(m.id()).isEqualTo(id));
		Message answered = messages.respond(staff(), id, "Key holder sent; group started at 09:40");
		assertThat(answered.answered()).isTrue();
		assertThatThrownBy(() -> messages.respond(staff(), id, "Again")).isInstanceOf(Conflict.class);
		assertThat(messages.log(staff(), true).responsiveness().unanswered()).isEqualTo(before);
	}

	@Test
	void theManagersViewShowsFillRatesStandDownsAndPeopleAtRisk() {
		UnpaidWorkOverview.Overview o = overview.overview(staff());
		assertThat(o.fillPercent()).isBetween(1, 100);
		assertThat(o.standDownPercent()).isPositive();
		assertThat(o.unacceptablePercent()).isPositive();
		assertThat(o.hoursDelivered()).isPositive();
		assertThat(o.minutesByWeek()).isNotEmpty();
		assertThat(o.atRisk()).isNotEmpty();
		assertThat(o.responsiveness().unanswered()).isPositive();
		String csv = overview.projectsCsv(staff());
		assertThat(csv.split("\r\n")).hasSize(o.projects().size() + 1);
		assertThat(csv).startsWith("project,borough,sessions");
	}

	@Test
	void csvFieldsCannotBecomeSpreadsheetFormulas() {
		assertThat(UnpaidWorkOverview.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(UnpaidWorkOverview.quote("Camden Food Bank")).isEqualTo("\"Camden Food Bank\"");
	}

}
