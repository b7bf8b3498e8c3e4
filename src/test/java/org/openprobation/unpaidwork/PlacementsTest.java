package org.openprobation.unpaidwork;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.unpaidwork.application.Placements;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The placement planner on the London data. */
@IntegrationTest
class PlacementsTest {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	Placements placements;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private CurrentUser staff() {
		return users.find("unpaidwork").orElseThrow();
	}

	@Test
	void aPersonInWorkOnWeekdaysIsProposedWeekendSessionsOnlyAndTheReasonsAreGiven() {
		Crn crn = personWithHoursToWork("and p.gender = 'MALE'", 50);
		assertThatThrownBy(
				() -> placements.addUnavailable(staff(), crn, 8, LocalTime.of(9, 0), LocalTime.of(8, 0), "WORK"))
			.isInstanceOfSatisfying(BadRequest.class,
					bad -> assertThat(bad.problems()).extracting(org.openprobation.shared.FieldProblem::field)
						.containsExactlyInAnyOrder("day", "to", "reason"));
		for (int day = 1; day <= 5; day++) {
			placements.addUnavailable(staff(), crn, day, LocalTime.of(7, 0), LocalTime.of(19, 0), "EMPLOYMENT");
		}
		Placements.Proposal proposal = placements.propose(staff(), crn);
		assertThat(proposal.proposed()).isNotEmpty()
			.allSatisfy(e -> assertThat(e.session().start().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
		assertThat(proposal.ruledOut()).anySatisfy(e -> assertThat(e.why()).isEqualTo("Clashes with work"));
		Map<Long, Integer> before = new HashMap<>();
		proposal.proposed().forEach(e -> before.put(e.session().id(), e.session().booked()));
		Placements.Booked booked = placements.bookSessions(staff(), crn,
				proposal.proposed().stream().map(e -> e.session().id()).toList());
		assertThat(booked.booked() + booked.refused().size()).isEqualTo(proposal.proposed().size());
		assertThat(booked.booked()).isPositive();
	}

	@Test
	void theProposalFormBooksEverySessionTicked() {
		Crn crn = personWithHoursToWork("", 80);
		java.util.List<Long> ticked = placements.propose(staff(), crn)
			.proposed()
			.stream()
			.collect(java.util.stream.Collectors.toMap(e -> e.session().start().toLocalDate(), e -> e.session().id(),
					(first, second) -> first, java.util.TreeMap::new))
			.values()
			.stream()
			.limit(2)
			.toList();
		assertThat(ticked).hasSize(2);
		int before = bookingsOf(crn);
		org.openprobation.TestHttp.Response posted = org.openprobation.TestHttp.signedIn(port, "unpaidwork")
			.postForm("/cases/" + crn.value() + "/unpaid-work/proposal",
					"sessionId=" + ticked.get(0) + "&sessionId=" + ticked.get(1));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(bookingsOf(crn)).isEqualTo(before + 2);
	}

	/**
	 * The n-th person (by CRN) with an active unpaid work requirement, inducted, an
	 * address in a borough, over 20 hours still to work and no availability recorded yet.
	 */
	private Crn personWithHoursToWork(String andAlso, int n) {
		return Crn.parse(jdbc.sql("""
				select p.crn from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				join people.address a on a.person_id = p.id and a.to_date is null and a.borough_id is not null
				where p.transferred_out_on is null and r.end_date > current_date + 60
				  and not exists (select 1 from unpaidwork.availability v where v.person_id = p.id)
				  and coalesce(r.amount_ordered, 0) > r.amount_done + 20
				""" + andAlso + " order by p.crn offset :n limit 1").param("n", n).query(String.class).single().trim())
			.orElseThrow();
	}

	private int bookingsOf(Crn crn) {
		return jdbc.sql("""
				select count(*) from unpaidwork.booking b join people.person p on p.id = b.person_id
				where p.crn = :crn and b.status = 'BOOKED'""").param("crn", crn.value()).query(Integer.class).single();
	}

	@Test
	void nextWeeksPlanNeverExceedsAPlaceAndDeliversAtLeastWhatFirstComeWould() {
		Placements.WeekPlan week = placements.planNextWeek(staff());
		assertThat(week.plan().peopleNeedingWork()).isPositive();
		assertThat(week.plan().minutesDelivered()).isGreaterThanOrEqualTo(week.baseline().minutesDelivered());
		Map<Long, Integer> booked = new HashMap<>();
		week.plan().assignments().forEach(a -> booked.merge(a.sessionId(), 1, Integer::sum));
		booked.forEach((session, n) -> assertThat(n).isLessThanOrEqualTo(week.sessions().get(session).placesLeft()));
	}

	@Test
	void thePlanIsBookedOnlyAsItWasShown() {
		Placements.WeekPlan week = placements.planNextWeek(staff());
		assertThat(week.fingerprint()).hasSize(24).isEqualTo(placements.planNextWeek(staff()).fingerprint());
		int bookings = jdbc.sql("select count(*) from unpaidwork.booking").query(Integer.class).single();
		for (String shown : new String[] { null, "", "0".repeat(24), week.fingerprint().substring(1) + "0" }) {
			assertThatThrownBy(() -> placements.bookNextWeek(staff(), shown))
				.isInstanceOf(org.openprobation.shared.Conflict.class)
				.hasMessageContaining("Nothing was booked");
		}
		assertThat(jdbc.sql("select count(*) from unpaidwork.booking").query(Integer.class).single())
			.isEqualTo(bookings);
		assertThatThrownBy(() -> placements.bookNextWeek(users.find("practitioner").orElseThrow(), week.fingerprint()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

}
