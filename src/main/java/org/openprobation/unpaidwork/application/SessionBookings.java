package org.openprobation.unpaidwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.ContactType;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Requirement;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.unpaidwork.UnpaidWork;
import org.openprobation.unpaidwork.UnpaidWorkSession;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking people on sessions: a booking never exceeds a session's capacity (the session's
 * row is locked while its last place is taken) nor clashes with the person's other
 * appointments; the waiting list; and the induction that must come first.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class SessionBookings {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final SessionAccess access;

	private final UnpaidWorkRepository repository;

	private final People people;

	private final Appointments appointments;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	SessionBookings(SessionAccess access, UnpaidWorkRepository repository, People people, Appointments appointments,
			CaseGate gate, AuditLog audit, Clock clock) {
		this.access = access;
		this.repository = repository;
		this.people = people;
		this.appointments = appointments;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Books the person onto the session, or refuses: full, clashing, unsuitable, or out
	 * of time.
	 */
	public long book(CurrentUser user, long sessionId, Crn crn) {
		UnpaidWorkSession session = access.session(user, sessionId);
		PersonRecord person = access.actionable(user, crn, "book unpaid work").person();
		Requirement requirement = access.requirement(person, "crn");
		List<FieldProblem> problems = new ArrayList<>();
		if (session.cancelled()) {
			throw new Conflict("This session was cancelled (" + session.cancelledReason() + ").");
		}
		if (!session.start().isAfter(LocalDateTime.now(clock))) {
			problems.add(new FieldProblem("sessionId", "This session has already started: book a future one"));
		}
		access.lastBookableDay(person, requirement)
			.filter(last -> session.start().toLocalDate().isAfter(last))
			.ifPresent(last -> problems.add(new FieldProblem("sessionId",
					"The session is after the suspended sentence order's operational period, which ends on "
							+ last.format(DAY))));
		problems.addAll(access.unsuitability(person, session));
		LocalDate inducted = repository.inductedOn(requirement.id()).orElse(null);
		if (inducted == null || inducted.isAfter(session.start().toLocalDate())) {
			problems.add(new FieldProblem("crn",
					"Record " + person.name() + "'s unpaid work induction before booking the first session"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.lock(sessionId);
		UnpaidWorkSession locked = repository.session(sessionId).orElseThrow();
		if (locked.full()) {
			throw new UnpaidWork.SessionFull("The session is full (" + locked.booked() + " of " + locked.capacity()
					+ " places booked): it cannot take anyone else. " + person.name()
					+ " can join its waiting list, or be booked on another session.");
		}
		long bookingId = repository.book(sessionId, person.id(), requirement.id(), user.username())
			.orElseThrow(() -> new Conflict(person.name() + " is already booked on this session."));
		long contactId = appointments.bookChecked(user, person,
				new Appointments.NewAppointment(ContactType.UNPAID_WORK_SESSION, session.start(), session.end(), null,
						session.project() + ", " + session.borough(), requirement.id(), false,
						"Unpaid work: " + session.project(), null));
		repository.linkContact(bookingId, contactId);
		repository.leaveWaitingList(sessionId, person.id());
		audit.record(user, "BOOK_UNPAID_WORK", person.crn(), session.project() + " on " + session.start().format(WHEN));
		return bookingId;
	}

	/** Puts the person on a full session's waiting list. */
	public void joinWaitingList(CurrentUser user, long sessionId, Crn crn) {
		UnpaidWorkSession session = access.session(user, sessionId);
		PersonRecord person = access.actionable(user, crn, "add to a waiting list").person();
		access.requirement(person, "crn");
		repository.addToWaitingList(sessionId, person.id(), user.username());
		audit.record(user, "UNPAID_WORK_WAITING_LIST", person.crn(), session.project() + " " + session.start());
	}

	/** Records the induction (on or before today, not before the requirement started). */
	public void recordInduction(CurrentUser user, Crn crn, @Nullable LocalDate on) {
		SessionAccess.requireStaff(user);
		gate.open(user, crn, CaseUse.UNPAID_WORK, "record an unpaid work induction");
		PersonRecord person = people.require(crn);
		Requirement requirement = access.requirement(person, "on");
		if (on == null) {
			throw new BadRequest(List.of(new FieldProblem("on", "Enter the date of the induction")));
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw new BadRequest(List.of(new FieldProblem("on", "The induction cannot be in the future")));
		}
		if (on.isBefore(requirement.startDate().minusDays(30))) {
			throw new BadRequest(List
				.of(new FieldProblem("on", "The induction cannot be more than 30 days before the order started, on "
						+ requirement.startDate().format(DAY))));
		}
		if (!repository.recordInduction(requirement.id(), person.id(), on, user.username())) {
			throw new Conflict("The induction was already recorded.");
		}
		audit.record(user, "RECORD_UNPAID_WORK_INDUCTION", person.crn(), on.toString());
	}

}
