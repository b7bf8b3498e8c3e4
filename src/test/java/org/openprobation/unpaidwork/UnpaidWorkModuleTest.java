package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.EmbeddedPostgresConfiguration;
import org.openprobation.ModuleTestData;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.unpaidwork.application.SessionBookings;
import org.openprobation.unpaidwork.application.SessionOutcomes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unpaid work module on its own (with the modules it uses, on a database of its own
 * and no demo data): the induction comes before the first session, a session never takes
 * more than its places, a project takes only the people it suits, and attendance is
 * recorded once, each step audited.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedPostgresConfiguration.class)
@TestPropertySource(properties = { "openprobation.data-dir=target/module-test-data/unpaidwork",
		"openprobation.embedded-database.clean-on-start=true", "openprobation.demo.generate=never",
		"openprobation.admin.username=module-admin", "openprobation.admin.password=module test administrator" })
class UnpaidWorkModuleTest {

	@Autowired
	SessionBookings bookings;

	@Autowired
	SessionOutcomes outcomes;

	@Autowired
	UnpaidWork unpaidWork;

	@Autowired
	JdbcClient jdbc;

	/** Enforcement, which assessment asks of a case's breaches, is not in this start. */
	@MockitoBean
	org.openprobation.assessment.BreachOrRecallHistory breaches;

	@Autowired
	Clock clock;

	private ModuleTestData data;

	private CurrentUser supervisor;

	private LocalDate today;

	@BeforeEach
	void aProviderWithAnUnpaidWorkSupervisor() {
		data = new ModuleTestData(jdbc);
		supervisor = data.user(Role.UNPAID_WORK);
		today = LocalDate.now(clock);
	}

	private Crn orderedToWork(String gender) {
		String crn = data.person(gender);
		data.communityOrderWith(crn, "UNPAID_WORK", 100, today.minusDays(14));
		return Crn.parse(crn).orElseThrow();
	}

	private LocalDateTime nextWeek() {
		return today.plusDays(7).atTime(9, 0);
	}

	@Test
	void theInductionComesBeforeTheFirstSessionAndIsRecordedOnce() {
		Crn crn = orderedToWork("MALE");
		long session = data.unpaidWorkSession(false, false, nextWeek(), 6);
		assertThatThrownBy(() -> bookings.book(supervisor, session, crn)).isInstanceOf(BadRequest.class)
			.hasMessageContaining("induction");
		assertThatThrownBy(() -> bookings.recordInduction(supervisor, crn, today.plusDays(1)))
			.isInstanceOf(BadRequest.class)
			.hasMessageContaining("future");
		bookings.recordInduction(supervisor, crn, today);
		assertThatThrownBy(() -> bookings.recordInduction(supervisor, crn, today)).isInstanceOf(Conflict.class);
		assertThat(bookings.book(supervisor, session, crn)).isPositive();
		assertThat(data.audits("RECORD_UNPAID_WORK_INDUCTION", crn.value())).isOne();
		assertThat(data.audits("BOOK_UNPAID_WORK", crn.value())).isOne();
		assertThat(unpaidWork.progress(supervisor, crn).inductedOn()).isEqualTo(today);
	}

	@Test
	void aFullSessionOffersItsWaitingListAndABookingIsMadeOnce() {
		Crn first = orderedToWork("MALE");
		Crn second = orderedToWork("FEMALE");
		bookings.recordInduction(supervisor, first, today);
		bookings.recordInduction(supervisor, second, today);
		long session = data.unpaidWorkSession(false, false, nextWeek(), 1);
		bookings.book(supervisor, session, first);
		assertThatThrownBy(() -> bookings.book(supervisor, session, first)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> bookings.book(supervisor, session, second)).isInstanceOf(UnpaidWork.SessionFull.class)
			.hasMessageContaining("1 of 1");
		bookings.joinWaitingList(supervisor, session, second);
		UnpaidWork.Register register = unpaidWork.register(supervisor, session);
		assertThat(register.entries()).hasSize(1);
		assertThat(register.waiting()).hasSize(1);
		assertThat(register.started()).isFalse();
	}

	@Test
	void aWomenOnlyProjectTakesWomenOnly() {
		Crn man = orderedToWork("MALE");
		Crn woman = orderedToWork("FEMALE");
		bookings.recordInduction(supervisor, man, today);
		bookings.recordInduction(supervisor, woman, today);
		long session = data.unpaidWorkSession(true, false, nextWeek(), 6);
		assertThatThrownBy(() -> bookings.book(supervisor, session, man)).isInstanceOf(BadRequest.class)
			.hasMessageContaining("women only");
		assertThat(bookings.book(supervisor, session, woman)).isPositive();
	}

	@Test
	void attendanceWaitsForTheSessionAndOnlyStaffWhoActRecordIt() {
		Crn crn = orderedToWork("MALE");
		bookings.recordInduction(supervisor, crn, today);
		long session = data.unpaidWorkSession(false, false, nextWeek(), 6);
		bookings.book(supervisor, session, crn);
		assertThatThrownBy(() -> outcomes.recordAttendance(supervisor, session, crn,
				new UnpaidWork.Attendance("UNACCEPTABLE_ABSENCE", null, null, null, null, null, null)))
			.isInstanceOf(BadRequest.class)
			.hasMessageContaining("not started");
		assertThatThrownBy(() -> UnpaidWork.requireMayAct(data.user(Role.INSPECTOR)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> outcomes.cancelSession(supervisor, session, " ")).isInstanceOf(BadRequest.class);
		assertThat(outcomes.cancelSession(supervisor, session, "Supervisor off sick")).isOne();
		assertThatThrownBy(() -> bookings.book(supervisor, session, crn)).isInstanceOf(Conflict.class)
			.hasMessageContaining("cancelled");
	}

}
