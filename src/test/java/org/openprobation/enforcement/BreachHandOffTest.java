package org.openprobation.enforcement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.enforcement.application.EnforcementActions;
import org.openprobation.enforcement.domain.ActionState;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shell.ThingsToDo;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 29, item 2: a breach goes from one person's list to the next. Proposed, it waits
 * in the managers' queue; sent back with reasons, it is the officer's to correct;
 * proposed again and countersigned, it is the officer's to submit by the breach timescale
 * from the failure; submitted, it leaves every list.
 */
@IntegrationTest
class BreachHandOffTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Enforcement enforcement;

	@Autowired
	EnforcementActions actions;

	@Autowired
	ThingsToDo thingsToDo;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	/** A failure on the practitioner's caseload that nobody has acted on. */
	private Enforcement.Pending pendingOfPractitioner(int skip) {
		List<Long> caseload = jdbc
			.sql("""
					select ro.person_id from people.responsible_officer ro join access.app_user u on u.staff_id = ro.staff_id
					join people.person p on p.id = ro.person_id
					where u.username = 'practitioner' and ro.to_date is null and not p.restricted order by ro.person_id
					""")
			.query(Long.class)
			.list();
		return enforcement.pendingOf(caseload)
			.values()
			.stream()
			.flatMap(List::stream)
			.sorted(java.util.Comparator.comparing((Enforcement.Pending p) -> p.failure().id()))
			.skip(skip)
			.findFirst()
			.orElseThrow();
	}

	private String crnOf(long personId) {
		return jdbc.sql("select crn from people.person where id = :id")
			.param("id", personId)
			.query(String.class)
			.single()
			.strip();
	}

	/** Ten weekdays after the failure, counted here without the platform's calendar. */
	private static LocalDate tenWeekdaysAfter(LocalDate failure) {
		LocalDate day = failure;
		int counted = 0;
		while (counted < 10) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return day;
	}

	private List<ThingsToDo.Task> tasksOf(CurrentUser user, ThingsToDo.Kind kind, String crn) {
		return thingsToDo.of(user)
			.tasks()
			.stream()
			.filter(t -> t.kind() == kind && t.person().crn().equals(crn))
			.toList();
	}

	@Test
	void aBreachIsSentBackCorrectedCountersignedAndSubmittedEachStepOnTheNextPersonsList() {
		CurrentUser officer = users.find("practitioner").orElseThrow();
		CurrentUser manager = users.find("manager").orElseThrow();
		Enforcement.Pending pending = pendingOfPractitioner(0);
		String crn = crnOf(pending.failure().personId());
		LocalDate failureOn = pending.failure().start().toLocalDate();
		LocalDate submitBy = tenWeekdaysAfter(failureOn);

		EnforcementAction proposed = actions.propose(officer, new Crn(crn), pending.failure().id(),
				"Failed to attend without an acceptable reason.");

		// in the managers' queue, with its deadline; not yet the officer's to do
		Enforcement.ToCountersign queued = enforcement.countersignatureQueue(manager)
			.stream()
			.filter(q -> q.breach().action().id() == proposed.id())
			.findFirst()
			.orElseThrow();
		assertThat(queued.breach().submitBy()).isEqualTo(submitBy);
		assertThat(queued.person().crn()).isEqualTo(crn);
		assertThat(tasksOf(manager, ThingsToDo.Kind.BREACH_TO_COUNTERSIGN, crn)).singleElement()
			.extracting(ThingsToDo.Task::due)
			.isEqualTo(submitBy);
		assertThatThrownBy(() -> enforcement.countersignatureQueue(officer)).isInstanceOf(AccessDeniedException.class);

		// sending back needs reasons, and a manager
		assertThatThrownBy(() -> actions.advance(manager, proposed.id(), proposed.version(), "send-back", " "))
			.isInstanceOf(BadRequest.class);
		assertThatThrownBy(() -> actions.advance(officer, proposed.id(), proposed.version(), "send-back", "Not my own"))
			.isInstanceOf(AccessDeniedException.class);
		EnforcementAction sentBack = actions.advance(manager, proposed.id(), proposed.version(), "send-back",
				"Say which appointment letter was sent and when.");
		assertThat(sentBack.state()).isEqualTo(ActionState.SENT_BACK);
		assertThat(sentBack.sentBack()).isNotNull();
		assertThat(sentBack.sentBack().reason()).isEqualTo("Say which appointment letter was sent and when.");
		assertThat(sentBack.sentBack().by()).isEqualTo("manager");
		assertThat(enforcement.countersignatureQueue(manager))
			.noneMatch(q -> q.breach().action().id() == proposed.id());
		assertThat(tasksOf(officer, ThingsToDo.Kind.BREACH_SENT_BACK, crn)).singleElement()
			.satisfies(t -> assertThat(t.detail()).contains("Say which appointment letter was sent"));

		// corrected and proposed again: back in the queue, its history kept
		EnforcementAction again = actions.advance(officer, proposed.id(), sentBack.version(), "propose-again",
				"Failed to attend; the appointment letter was sent on the day it was booked.");
		assertThat(again.state()).isEqualTo(ActionState.PROPOSED);
		assertThat(again.reasons()).startsWith("Failed to attend; the appointment letter");
		assertThat(again.sentBack().times()).isEqualTo(1);
		assertThat(tasksOf(officer, ThingsToDo.Kind.BREACH_SENT_BACK, crn)).isEmpty();
		assertThat(enforcement.countersignatureQueue(manager)).anyMatch(q -> q.breach().action().id() == proposed.id());

		// countersigned: the officer's to submit by the deadline
		EnforcementAction countersigned = actions.advance(manager, proposed.id(), again.version(), "countersign", "");
		assertThat(countersigned.state()).isEqualTo(ActionState.COUNTERSIGNED);
		assertThat(tasksOf(officer, ThingsToDo.Kind.BREACH_TO_SUBMIT, crn)).singleElement().satisfies(t -> {
			assertThat(t.due()).isEqualTo(submitBy);
			assertThat(t.link()).isEqualTo("/cases/" + crn + "/enforcement#action-" + proposed.id());
		});

		// submitted: on nobody's list
		actions.advance(officer, proposed.id(), countersigned.version(), "submit", "");
		assertThat(tasksOf(officer, ThingsToDo.Kind.BREACH_TO_SUBMIT, crn)).isEmpty();
		assertThat(tasksOf(manager, ThingsToDo.Kind.BREACH_TO_COUNTERSIGN, crn)).isEmpty();
	}

	@Test
	void theQueueIsAPageForManagersOnly() {
		CurrentUser officer = users.find("practitioner").orElseThrow();
		Enforcement.Pending pending = pendingOfPractitioner(0);
		String crn = crnOf(pending.failure().personId());
		EnforcementAction proposed = actions.propose(officer, new Crn(crn), pending.failure().id(),
				"Failed to comply with the instruction given.");

		TestHttp.Response page = TestHttp.signedIn(port, "manager").page("/enforcement/countersignatures");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Breaches and recalls to countersign", crn,
				"/cases/" + crn + "/enforcement#action-" + proposed.id());
		assertThat(TestHttp.signedIn(port, "practitioner").page("/enforcement/countersignatures").status())
			.isEqualTo(403);
	}

	@Test
	void aWarningLetterIsReadBeforeItIsIssuedAndNamesTheOfficeAndTheNextAppointment() {
		Enforcement.Pending pending = enforcementPendingWarning();
		String crn = crnOf(pending.failure().personId());
		String path = "/cases/" + crn + "/enforcement/" + pending.failure().id() + "/warning";
		TestHttp officer = TestHttp.signedIn(port, "practitioner");

		TestHttp.Response preview = officer.page(path);

		assertThat(preview.status()).isEqualTo(200);
		String office = jdbc.sql("""
				select o.name || ', ' || o.address from people.responsible_officer ro
				join organisation.staff s on s.id = ro.staff_id join organisation.office o on o.id = s.office_id
				where ro.person_id = :p and ro.to_date is null""")
			.param("p", pending.failure().personId())
			.query(String.class)
			.single();
		assertThat(preview.body()).contains("Check the warning letter", "Issue the warning",
				org.springframework.web.util.HtmlUtils.htmlEscape(office));
		assertThat(preview.body()).containsAnyOf("Your next appointment is on", "Your next appointment will be sent");
		// reading the letter issues nothing
		assertThat(actionsOn(pending.failure().id())).isZero();

		TestHttp.Response issued = officer.postFormFrom(path, path, "");

		assertThat(issued.status()).isEqualTo(302);
		assertThat(actionsOn(pending.failure().id())).isEqualTo(1);
	}

	private long actionsOn(long contactId) {
		return jdbc.sql("select count(*) from enforcement.action where contact_id = :c")
			.param("c", contactId)
			.query(Long.class)
			.single();
	}

	private Enforcement.Pending enforcementPendingWarning() {
		for (int skip = 0; skip < 50; skip++) {
			Enforcement.Pending pending = pendingOfPractitioner(skip);
			if (!pending.breachOnly()) {
				return pending;
			}
		}
		throw new AssertionError("No failure on the practitioner's caseload calls for a warning");
	}

}
