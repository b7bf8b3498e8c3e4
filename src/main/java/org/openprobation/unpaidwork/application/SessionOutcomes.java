package org.openprobation.unpaidwork.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.Reminders;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.TypedText;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.Booking;
import org.openprobation.unpaidwork.UnpaidWork;
import org.openprobation.unpaidwork.UnpaidWorkSession;
import org.openprobation.unpaidwork.domain.HoursCredit;
import org.openprobation.unpaidwork.domain.SessionAttendance;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a session: the supervisor's register (hours credited, absences that feed
 * enforcement, stand-downs) and the cancellation of a whole session.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class SessionOutcomes {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	private final SessionAccess access;

	private final UnpaidWorkRepository repository;

	private final People people;

	private final Appointments appointments;

	private final Reminders reminders;

	private final AuditLog audit;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<HoursCredit.Settings> creditPolicy;

	SessionOutcomes(SessionAccess access, UnpaidWorkRepository repository, People people, Appointments appointments,
			Reminders reminders, AuditLog audit, Clock clock, ProviderPolicies policies,
			Policy<HoursCredit.Settings> creditPolicy) {
		this.access = access;
		this.repository = repository;
		this.people = people;
		this.appointments = appointments;
		this.reminders = reminders;
		this.audit = audit;
		this.clock = clock;
		this.policies = policies;
		this.creditPolicy = creditPolicy;
	}

	/**
	 * Records attendance once: hours credited, absence (which feeds enforcement) or
	 * stand-down.
	 */
	public Booking recordAttendance(CurrentUser user, long sessionId, Crn crn, UnpaidWork.Attendance request) {
		UnpaidWorkSession session = access.session(user, sessionId);
		SessionAccess.Actionable acting = access.actionable(user, crn, "record unpaid work attendance");
		PersonRecord person = acting.person();
		Booking booking = repository.booking(sessionId, person.id())
			.orElseThrow(() -> new NotFound(person.name() + " is not booked on this session."));
		if (booking.recorded()) {
			throw new Conflict("Attendance was already recorded (" + booking.attendanceLabel() + ", by "
					+ booking.recordedBy() + "). Nothing was changed.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (LocalDateTime.now(clock).isBefore(session.start())) {
			problems.add(new FieldProblem("attendance", "The session has not started yet"));
		}
		if (request.travelPence() != null && (request.travelPence() < 0 || request.travelPence() > 10_000)) {
			problems.add(new FieldProblem("travelPence", "Travel expenses are between £0 and £100"));
		}
		int minutes = 0;
		Outcome outcome = null;
		SessionAttendance attendance = SessionAttendance.parse(request.attendance()).orElse(null);
		if (attendance == null) {
			problems.add(new FieldProblem("attendance", "Select what happened"));
		}
		else {
			switch (attendance) {
				case ATTENDED -> {
					HoursCredit.Result credit = HoursCredit.attended(session.start().toLocalTime(),
							session.end().toLocalTime(), request.arrived(), request.left(), request.breakMinutes());
					problems.addAll(credit.problems());
					minutes = credit.minutes();
					outcome = Outcome.ATTENDED_COMPLIED;
				}
				case ACCEPTABLE_ABSENCE -> {
					if (TypedText.blank(request.reason())) {
						problems.add(new FieldProblem("reason", "Give the reason the absence was acceptable"));
					}
					if (TypedText.blank(request.evidence())) {
						problems.add(new FieldProblem("evidence",
								"Say what evidence was seen, for example a doctor's note"));
					}
					outcome = Outcome.FAILED_TO_ATTEND_ACCEPTABLE;
				}
				case UNACCEPTABLE_ABSENCE -> outcome = Outcome.FAILED_TO_ATTEND_UNACCEPTABLE;
				case STOOD_DOWN -> {
					if (TypedText.blank(request.reason())) {
						problems.add(new FieldProblem("reason", "Say why the service stood the person down"));
					}
					minutes = policies.current(creditPolicy, person.providerId()).standDownMinutes();
					outcome = Outcome.CANCELLED_BY_SERVICE;
				}
			}
		}
		for (String[] text : new String[][] { { "reason", request.reason() }, { "evidence", request.evidence() } }) {
			if (text[1] != null && text[1].length() > 1000) {
				problems.add(new FieldProblem(text[0], "Must be 1,000 characters or fewer"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		boolean attended = attendance.worked();
		if (!repository.recordAttendance(booking.id(), attendance, attended ? request.arrived() : null,
				attended ? request.left() : null, attended ? request.breakMinutes() : null, minutes,
				request.travelPence(), TypedText.stripped(request.reason()), user.username())) {
			throw new Conflict("Someone else recorded this attendance meanwhile. Nothing was changed.");
		}
		if (booking.contactId() != null) {
			appointments.recordOutcomeChecked(acting.checked(), booking.contactId(), outcome,
					outcome == Outcome.FAILED_TO_ATTEND_ACCEPTABLE ? request.reason() : null,
					outcome == Outcome.FAILED_TO_ATTEND_ACCEPTABLE ? request.evidence() : null);
		}
		audit.record(user, "RECORD_UNPAID_WORK_ATTENDANCE", person.crn(),
				session.project() + " " + session.start().toLocalDate() + ": " + attendance + ", " + minutes + " min");
		return repository.booking(sessionId, person.id()).orElseThrow();
	}

	/**
	 * Corrects the times, breaks or travel of an attendance already recorded (a time
	 * typed wrongly, say), with the reason; what it was is kept, and the hours credited
	 * follow. What happened (attended, absent, stood down) is not changed here: its
	 * outcome may already have been acted on.
	 */
	public Booking correctAttendance(CurrentUser user, long sessionId, Crn crn, UnpaidWork.Attendance request,
			@Nullable String reason) {
		UnpaidWorkSession session = access.session(user, sessionId);
		SessionAccess.Actionable acting = access.actionable(user, crn, "correct unpaid work attendance");
		PersonRecord person = acting.person();
		Booking booking = repository.booking(sessionId, person.id())
			.orElseThrow(() -> new NotFound(person.name() + " is not booked on this session."));
		if (!booking.recorded()) {
			throw new Conflict("Nothing is recorded yet to correct: record the attendance first.");
		}
		if (booking.attendance() != SessionAttendance.ATTENDED) {
			throw new Conflict("Only the times of a session worked are corrected here (this was recorded as "
					+ booking.attendanceLabel().toLowerCase(java.util.Locale.ROOT)
					+ "). Ask the case's officer to correct the outcome.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		HoursCredit.Result credit = HoursCredit.attended(session.start().toLocalTime(), session.end().toLocalTime(),
				request.arrived(), request.left(), request.breakMinutes());
		problems.addAll(credit.problems());
		if (request.travelPence() != null && (request.travelPence() < 0 || request.travelPence() > 10_000)) {
			problems.add(new FieldProblem("travelPence", "Travel expenses are between £0 and £100"));
		}
		if (TypedText.blank(reason)) {
			problems.add(new FieldProblem("correctionReason", "Say why the entry is corrected"));
		}
		else if (reason.length() > 1000) {
			problems.add(new FieldProblem("correctionReason", "Must be 1,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!repository.correctAttendance(booking, request.arrived(), request.left(), request.breakMinutes(),
				credit.minutes(), request.travelPence(), reason.strip(), user.username())) {
			throw new Conflict("Someone else changed this entry meanwhile. Nothing was changed.");
		}
		audit.record(user, "CORRECT_UNPAID_WORK_ATTENDANCE", person.crn(),
				session.project() + " " + session.start().toLocalDate() + ": " + booking.minutesCredited() + " to "
						+ credit.minutes() + " min (" + reason.strip() + ")");
		return repository.booking(sessionId, person.id()).orElseThrow();
	}

	/** Cancels a session: everyone booked is told, and nothing counts against them. */
	public int cancelSession(CurrentUser user, long sessionId, @Nullable String reason) {
		UnpaidWorkSession session = access.session(user, sessionId);
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN)) {
			throw new AccessDeniedException("Unpaid-work staff and managers cancel sessions.");
		}
		if (TypedText.blank(reason)) {
			throw new BadRequest(List.of(new FieldProblem("reason", "Say why the session is cancelled")));
		}
		if (session.cancelled()) {
			throw new Conflict("This session was already cancelled.");
		}
		repository.cancel(sessionId, reason.strip(), user.username());
		int told = 0;
		for (Booking booking : repository.bookingsOfSession(sessionId)) {
			if (booking.contactId() != null && !booking.recorded()) {
				appointments.cancelledByService(user, booking.contactId());
				PersonSummary summary = people.byIds(List.of(booking.personId())).get(booking.personId());
				people.find(Crn.parse(summary.crn()).orElseThrow())
					.ifPresent(p -> reminders.notifyNow(p, booking.contactId(),
							"Your unpaid work session on " + session.start().format(WHEN) + " at " + session.project()
									+ " is cancelled. Do not travel. The unpaid work team will book you another."));
				told++;
			}
		}
		repository.releaseBookings(sessionId);
		audit.record(user, "CANCEL_UNPAID_WORK_SESSION", null,
				session.project() + " " + session.start() + ": " + reason.strip() + " (" + told + " told)");
		return told;
	}

}
