package org.openprobation.interventions;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Referrals on the real database: lifecycle, eligibility, sessions in the record. */
@IntegrationTest
class ReferralsTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	Referrals referrals;

	@Autowired
	org.openprobation.interventions.application.ReferralChanges changes;

	@Autowired
	Appointments appointments;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private CurrentUser practitioner() {
		return users.find("practitioner").orElseThrow();
	}

	/** A man on the practitioner's caseload, with or without an active RAR. */
	private Crn practitionersCase(int offset, boolean withRar) {
		return Crn.parse(jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'COMMUNITY_ORDER'
				where u.username = 'practitioner' and p.gender = 'MALE'
				  and exists (select 1 from people.address a where a.person_id = p.id and a.to_date is null
				              and a.borough_id is not null)
				  and exists (select 1 from sentences.requirement r where r.sentence_id = s.id and r.status = 'ACTIVE'
				              and r.kind = 'REHABILITATION_ACTIVITY') = :rar
				order by p.crn desc offset :offset limit 1
				""").param("offset", offset).param("rar", withRar).query(String.class).single().trim()).orElseThrow();
	}

	/**
	 * A service of the need covering the person's borough that they have no live referral
	 * to.
	 */
	private long serviceFor(Crn crn, String need) {
		return jdbc
			.sql("""
					select s.id from interventions.service s
					join interventions.service_borough sb on sb.service_id = s.id
					join people.address a on a.borough_id = sb.borough_id and a.to_date is null
					join people.person p on p.id = a.person_id
					where p.crn = :crn and (s.need = :need or (:need = 'ANY' and not s.accredited and s.gender = 'ANY'))
					  and not exists (select 1 from interventions.referral r where r.person_id = p.id and r.service_id = s.id
					                  and r.status in ('SENT', 'ACCEPTED', 'STARTED'))
					limit 1
					""")
			.param("crn", crn.value())
			.param("need", need)
			.query(Long.class)
			.single();
	}

	private long personId(Crn crn) {
		return jdbc.sql("select id from people.person where crn = :crn")
			.param("crn", crn.value())
			.query(Long.class)
			.single();
	}

	@Test
	void theDemoHasAYearOfReferralsWithWaitingListsAndCompletions() {
		long total = jdbc.sql("select count(*) from interventions.referral").query(Long.class).single();
		assertThat(total).isBetween(6_000L, 20_000L);
		for (ReferralStatus status : ReferralStatus.values()) {
			assertThat(jdbc.sql("select count(*) from interventions.referral where status = :s")
				.param("s", status.name())
				.query(Long.class)
				.single()).as(status.name()).isPositive();
		}
		var figures = referrals.figures(jdbc.sql("select id from interventions.service").query(Long.class).list());
		int completed = figures.values().stream().mapToInt(ServiceFigures::completedLast12Months).sum();
		int withdrawn = figures.values().stream().mapToInt(ServiceFigures::withdrawnAfterStartingLast12Months).sum();
		assertThat(100.0 * completed / (completed + withdrawn)).isBetween(60.0, 90.0);
		assertThat(figures.values().stream().mapToInt(ServiceFigures::waiting).sum()).isGreaterThan(500);
		// the RAR activities delivered are the sessions of RAR referrals
		assertThat(jdbc.sql("select count(*) from interventions.referral_session").query(Long.class).single())
			.isGreaterThan(10_000L);
	}

	@Test
	void aReferralGoesFromSentToCompletedWithItsSessionsInThePersonsRecord() {
		Crn crn = practitionersCase(0, false);
		long service = serviceFor(crn, "ALCOHOL");
		LocalDate today = LocalDate.now(clock);
		long id = changes.refer(practitioner(), crn, new Referrals.NewReferral(service,
				"Drinking linked to the offence; objective 2 of the plan", null, false, today.minusDays(6)));
		assertThat(referrals.awaitingResponse(java.util.List.of(personId(crn))).get(personId(crn))).anySatisfy(a -> {
			assertThat(a.referral().id()).isEqualTo(id);
			assertThat(a.responseDue()).isEqualTo(WorkingDayCalendar.plusWorkingDays(today.minusDays(6), 5));
		});
		Referral accepted = changes.move(practitioner(), id, 0, ReferralStatus.ACCEPTED, today.minusDays(5), null,
				null);
		Referral started = changes.move(practitioner(), id, accepted.version(), ReferralStatus.STARTED,
				today.minusDays(5), null, null);
		LocalDateTime session = today.minusDays(4).atTime(6, 0);
		Contact attended = changes.recordSession(practitioner(), id,
				new Referrals.NewSession(session, session.plusHours(1), Outcome.ATTENDED_COMPLIED, null, null, null));
		assertThat(attended.type()).isEqualTo(ContactType.INTERVENTION_SESSION);
		assertThat(attended.staffId()).as("delivered by the service, not in the officer's diary").isNull();
		assertThat(attended.outcome()).isEqualTo(Outcome.ATTENDED_COMPLIED);
		Referrals.ReferralView view = referrals.referral(practitioner(), id);
		assertThat(view.sessions()).extracting(Contact::id).containsExactly(attended.id());
		assertThat(view.sessionsAttended()).isEqualTo(1);
		assertThat(view.next()).containsExactlyInAnyOrder(ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN);

		Referral completed = changes.move(practitioner(), id, started.version(), ReferralStatus.COMPLETED, today, null,
				"Cut down; now sees the alcohol worker monthly");
		assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
		assertThat(completed.endedOn()).isEqualTo(today);
		assertThat(referrals.figures(java.util.List.of(service)).get(service).completedLast12Months()).isPositive();
		assertThatThrownBy(() -> changes.recordSession(practitioner(), id, new Referrals.NewSession(session.plusDays(1),
				session.plusDays(1).plusHours(1), null, null, null, null)))
			.isInstanceOf(Conflict.class);
	}

	@Test
	void aSecondLiveReferralAStaleUpdateAndAnIneligiblePersonAreRefused() {
		Crn crn = practitionersCase(1, false);
		long service = serviceFor(crn, "FINANCE");
		long id = changes.refer(practitioner(), crn,
				new Referrals.NewReferral(service, "Debts from the offence period", null, false, null));
		assertThatThrownBy(() -> changes.refer(practitioner(), crn,
				new Referrals.NewReferral(service, "Again", null, false, null)))
			.isInstanceOf(Conflict.class)
			.hasMessageContaining("already has a live referral");
		changes.move(practitioner(), id, 0, ReferralStatus.ACCEPTED, LocalDate.now(clock), null, null);
		assertThatThrownBy(() -> changes.move(practitioner(), id, 0, ReferralStatus.REJECTED, LocalDate.now(clock),
				"No places", null))
			.isInstanceOf(Conflict.class)
			.hasMessageContaining("changed while you were looking at it");
		assertThat(referrals.referral(practitioner(), id).referral().status()).isEqualTo(ReferralStatus.ACCEPTED);

		long womensCentre = serviceFor(crn, "WOMENS_SERVICES");
		long before = jdbc.sql("select count(*) from interventions.referral").query(Long.class).single();
		assertThatThrownBy(() -> changes.refer(practitioner(), crn,
				new Referrals.NewReferral(womensCentre, "Support", null, false, null)))
			.isInstanceOfSatisfying(BadRequest.class, bad -> assertThat(bad.problems())
				.anySatisfy(p -> assertThat(p.message()).isEqualTo("This service is for women only")));
		assertThatThrownBy(() -> changes.refer(practitioner(), crn,
				new Referrals.NewReferral(null, " ", null, true, LocalDate.now(clock).plusDays(1))))
			.isInstanceOfSatisfying(BadRequest.class,
					bad -> assertThat(bad.problems()).extracting(org.openprobation.shared.FieldProblem::field)
						.contains("serviceId", "reason", "sentOn", "rar"));
		assertThat(jdbc.sql("select count(*) from interventions.referral").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void rarSessionsCountOncePerDayAndWithdrawingCancelsTheSessionsToCome() {
		Crn crn = practitionersCase(0, true);
		long rar = jdbc
			.sql("""
					select r.id from sentences.requirement r join sentences.sentence s on s.id = r.sentence_id
					join people.person p on p.id = s.person_id
					where p.crn = :crn and s.status = 'ACTIVE' and r.status = 'ACTIVE' and r.kind = 'REHABILITATION_ACTIVITY'
					limit 1
					""")
			.param("crn", crn.value())
			.query(Long.class)
			.single();
		long service = serviceFor(crn, "ANY");
		LocalDate today = LocalDate.now(clock);
		long id = changes.refer(practitioner(), crn,
				new Referrals.NewReferral(service, "Low mood affecting compliance", rar, true, today.minusDays(6)));
		Referral accepted = changes.move(practitioner(), id, 0, ReferralStatus.ACCEPTED, today.minusDays(6), null,
				null);
		Referral started = changes.move(practitioner(), id, accepted.version(), ReferralStatus.STARTED,
				today.minusDays(6), null, null);
		int before = appointments.compliance(practitioner(), crn).rarDaysUsed();
		LocalDateTime morning = today.minusDays(5).atTime(6, 0);
		changes.recordSession(practitioner(), id, new Referrals.NewSession(morning, morning.plusMinutes(45),
				Outcome.ATTENDED_COMPLIED, null, null, null));
		assertThat(appointments.compliance(practitioner(), crn).rarDaysUsed()).isEqualTo(before + 1);
		// a second session the same day is a second contact but not a second RAR day
		changes.recordSession(practitioner(), id, new Referrals.NewSession(morning.plusMinutes(60),
				morning.plusMinutes(100), Outcome.ATTENDED_COMPLIED, null, null, null));
		assertThat(appointments.compliance(practitioner(), crn).rarDaysUsed()).isEqualTo(before + 1);
		assertThat(referrals.referral(practitioner(), id).sessionsAttended()).isEqualTo(2);

		LocalDateTime next = LocalDate.now(clock).plusYears(1).atTime(6, 0);
		Contact booked = changes.recordSession(practitioner(), id,
				new Referrals.NewSession(next, next.plusHours(1), null, null, null, null));
		assertThat(booked.outcome()).isNull();
		changes.move(practitioner(), id, started.version(), ReferralStatus.WITHDRAWN, today, "Moved out of London",
				null);
		assertThat(appointments.find(booked.id()).orElseThrow().outcome()).isEqualTo(Outcome.CANCELLED_BY_SERVICE);
	}

}
