package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.Reminders;
import org.openprobation.people.Gender;
import org.openprobation.people.People;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.domain.HoursCredit;
import org.openprobation.unpaidwork.domain.SessionAttendance;
import org.openprobation.unpaidwork.domain.HoursProgress;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unpaid work: sessions, bookings that never exceed a session's capacity (the session's
 * row is locked while its last place is taken) nor clash with the person's other
 * appointments, waiting lists, the supervisor's register and each person's progress.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class UnpaidWork {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Appointments appointments;

	private final Reminders reminders;

	private final UnpaidWorkRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<HoursCredit.Settings> creditPolicy;

	UnpaidWork(People people, Sentences sentences, Assessments assessments, Appointments appointments,
			Reminders reminders, UnpaidWorkRepository repository, CaseGate gate, AuditLog audit, Clock clock,
			ProviderPolicies policies, Policy<HoursCredit.Settings> creditPolicy) {
		this.policies = policies;
		this.creditPolicy = creditPolicy;
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.appointments = appointments;
		this.reminders = reminders;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The session has no place left: the API answers 409 and the page offers the waiting
	 * list.
	 */
	public static class SessionFull extends Conflict {

		SessionFull(String message) {
			super(message);
		}

	}

	/** Sessions between two days, in a borough when given (staff of the provider). */
	@Transactional(readOnly = true)
	public List<UnpaidWorkSession> sessions(CurrentUser user, LocalDate from, LocalDate to, @Nullable Long boroughId) {
		requireStaff(user);
		return repository.sessions(user.providerScope(), from.atStartOfDay(), to.plusDays(1).atStartOfDay(), boroughId,
				500);
	}

	/** One booked person on a session's register. */
	public record RegisterEntry(Booking booking, PersonSummary person) {
	}

	/**
	 * A session's register as the user may see it; {@code hidden} counts the booked and
	 * waiting people left out (excluded from, or restricted without being named on).
	 */
	public record Register(UnpaidWorkSession session, List<RegisterEntry> entries, List<PersonSummary> waiting,
			boolean started, int hidden) {

		public Register {
			entries = List.copyOf(entries);
			waiting = List.copyOf(waiting);
		}

	}

	public Register register(CurrentUser user, long sessionId) {
		UnpaidWorkSession session = session(user, sessionId);
		List<Booking> bookings = repository.bookingsOfSession(sessionId);
		List<Long> waitingIds = repository.waitingList(sessionId);
		List<Long> ids = new ArrayList<>(bookings.stream().map(Booking::personId).toList());
		ids.addAll(waitingIds);
		Map<Long, PersonSummary> persons = people.byIds(ids);
		CaseGate.Shown<RegisterEntry> entries = gate.shown(user,
				bookings.stream()
					.filter(b -> persons.containsKey(b.personId()))
					.map(b -> new RegisterEntry(b, persons.get(b.personId())))
					.toList(),
				e -> e.person().id());
		CaseGate.Shown<PersonSummary> waiting = gate.shown(user,
				waitingIds.stream().map(persons::get).filter(Objects::nonNull).toList(), PersonSummary::id);
		List<String> crns = new ArrayList<>(entries.crns());
		crns.addAll(waiting.crns());
		audit.recordShown(user, "VIEW_UNPAID_WORK_REGISTER", session.project() + " " + session.start(), crns);
		return new Register(session, entries.rows(), waiting.rows(),
				!LocalDateTime.now(clock).isBefore(session.start()), entries.hidden() + waiting.hidden());
	}

	/**
	 * Books the person onto the session, or refuses: full, clashing, unsuitable, or out
	 * of time.
	 */
	public long book(CurrentUser user, long sessionId, Crn crn) {
		UnpaidWorkSession session = session(user, sessionId);
		PersonRecord person = actionable(user, crn, session, "book unpaid work").person();
		Requirement requirement = requirement(person, "crn");
		List<FieldProblem> problems = new ArrayList<>();
		if (session.cancelled()) {
			throw new Conflict("This session was cancelled (" + session.cancelledReason() + ").");
		}
		if (!session.start().isAfter(LocalDateTime.now(clock))) {
			problems.add(new FieldProblem("sessionId", "This session has already started: book a future one"));
		}
		if (session.start().toLocalDate().isAfter(requirement.endDate())) {
			problems.add(new FieldProblem("sessionId",
					"The session is after the order's unpaid work must end, on " + requirement.endDate().format(DAY)));
		}
		problems.addAll(unsuitability(person, session));
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
			throw new SessionFull("The session is full (" + locked.booked() + " of " + locked.capacity()
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

	/**
	 * Refuses (audited) unless the user may run the case's unpaid work; for a form or the
	 * API to ask before it reads the request.
	 */
	public void checkMayRun(CurrentUser user, Crn crn, String purpose) {
		requireMayAct(user);
		gate.open(user, crn, CaseUse.UNPAID_WORK, purpose);
	}

	/** Records the induction (on or before today, not before the requirement started). */
	public void recordInduction(CurrentUser user, Crn crn, @Nullable LocalDate on) {
		requireStaff(user);
		gate.open(user, crn, CaseUse.UNPAID_WORK, "record an unpaid work induction");
		PersonRecord person = people.require(crn);
		Requirement requirement = requirement(person, "on");
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

	/** Puts the person on a full session's waiting list. */
	public void joinWaitingList(CurrentUser user, long sessionId, Crn crn) {
		UnpaidWorkSession session = session(user, sessionId);
		PersonRecord person = actionable(user, crn, session, "add to a waiting list").person();
		requirement(person, "crn");
		repository.addToWaitingList(sessionId, person.id(), user.username());
		audit.record(user, "UNPAID_WORK_WAITING_LIST", person.crn(), session.project() + " " + session.start());
	}

	/** What the supervisor records for one booked person. */
	public record Attendance(@Nullable String attendance, @Nullable LocalTime arrived, @Nullable LocalTime left,
			@Nullable Integer breakMinutes, @Nullable Integer travelPence, @Nullable String reason,
			@Nullable String evidence) {
	}

	/**
	 * Records attendance once: hours credited, absence (which feeds enforcement) or
	 * stand-down.
	 */
	public Booking recordAttendance(CurrentUser user, long sessionId, Crn crn, Attendance request) {
		UnpaidWorkSession session = session(user, sessionId);
		Actionable acting = actionable(user, crn, session, "record unpaid work attendance");
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
					if (blank(request.reason())) {
						problems.add(new FieldProblem("reason", "Give the reason the absence was acceptable"));
					}
					if (blank(request.evidence())) {
						problems.add(new FieldProblem("evidence",
								"Say what evidence was seen, for example a doctor's note"));
					}
					outcome = Outcome.FAILED_TO_ATTEND_ACCEPTABLE;
				}
				case UNACCEPTABLE_ABSENCE -> outcome = Outcome.FAILED_TO_ATTEND_UNACCEPTABLE;
				case STOOD_DOWN -> {
					if (blank(request.reason())) {
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
				request.travelPence(), strip(request.reason()), user.username())) {
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

	/** The minutes a stand-down is credited with, by the provider's policy. */
	@Transactional(readOnly = true)
	public int standDownMinutes(@Nullable Long providerId) {
		return policies.current(creditPolicy, providerId).standDownMinutes();
	}

	/** Cancels a session: everyone booked is told, and nothing counts against them. */
	public int cancelSession(CurrentUser user, long sessionId, @Nullable String reason) {
		UnpaidWorkSession session = session(user, sessionId);
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN)) {
			throw new AccessDeniedException("Unpaid-work staff and managers cancel sessions.");
		}
		if (blank(reason)) {
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

	/** A person's progress on their unpaid work requirement. */
	public record Progress(String crn, Requirement requirement, double hoursOrdered, double hoursCompleted,
			double hoursRemaining, LocalDate deadline, @Nullable LocalDate projectedCompletion, boolean onTrack,
			@Nullable LocalDate inductedOn) {
	}

	public Progress progress(CurrentUser user, Crn crn) {
		gate.read(user, crn, "unpaid work");
		PersonRecord person = people.require(crn);
		Requirement requirement = sentences.activeRequirements(List.of(person.id()), RequirementKind.UNPAID_WORK)
			.getOrDefault(person.id(), List.of())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound(person.name() + " has no unpaid work requirement."));
		audit.record(user, "VIEW_UNPAID_WORK", person.crn(), "progress");
		return progressOf(person, requirement);
	}

	private Progress progressOf(PersonRecord person, Requirement requirement) {
		HoursProgress.Progress p = HoursProgress.of(
				requirement.amountOrdered() == null ? 0 : requirement.amountOrdered(), requirement.amountDone() * 60,
				repository.creditedByDay(requirement.id()), requirement.startDate(), LocalDate.now(clock));
		return new Progress(person.crn(), requirement, p.hoursOrdered(), p.hoursCompleted(), p.hoursRemaining(),
				p.deadline(), p.projectedCompletion(), p.onTrack(),
				repository.inductedOn(requirement.id()).orElse(null));
	}

	/** A case's unpaid work: progress, bookings and sessions open to book nearby. */
	public record CaseUnpaidWork(PersonRecord person, Progress progress,
			List<Map.Entry<Booking, UnpaidWorkSession>> bookings, List<UnpaidWorkSession> bookable, boolean mayBook) {

		public CaseUnpaidWork {
			bookings = List.copyOf(bookings);
			bookable = List.copyOf(bookable);
		}

	}

	public CaseUnpaidWork ofCase(CurrentUser user, Crn crn) {
		Progress progress = progress(user, crn);
		PersonRecord person = people.find(crn).orElseThrow();
		boolean mayBook = mayAct(user, person);
		Long borough = person.mainAddress().map(PersonRecord.Address::boroughId).orElse(null);
		LocalDateTime now = LocalDateTime.now(clock);
		List<UnpaidWorkSession> bookable = mayBook
				? repository.sessions(person.providerId(), now, now.plusWeeks(3), borough, 200)
					.stream()
					.filter(s -> !s.cancelled() && !s.full()
							&& !s.start().toLocalDate().isAfter(progress.requirement().endDate())
							&& unsuitability(person, s).isEmpty())
					.limit(30)
					.toList()
				: List.of();
		return new CaseUnpaidWork(person, progress, repository.bookingsOfPerson(person.id(), 30), bookable, mayBook);
	}

	private List<FieldProblem> unsuitability(PersonRecord person, UnpaidWorkSession session) {
		List<FieldProblem> problems = new ArrayList<>();
		if (session.womenOnly() && person.gender() != Gender.FEMALE) {
			problems.add(new FieldProblem("sessionId", "This project takes women only"));
		}
		if (session.involvesChildren()) {
			List<Registration> registrations = assessments.registrations(List.of(person.id()))
				.getOrDefault(person.id(), List.of());
			if (registrations.stream().map(Registration::type).anyMatch(RegistrationType::riskToChildren)) {
				problems.add(new FieldProblem("sessionId",
						"This project involves work with children; the person is registered as a risk to children"));
			}
		}
		return problems;
	}

	private Requirement requirement(PersonRecord person, String field) {
		return sentences.activeRequirements(List.of(person.id()), RequirementKind.UNPAID_WORK)
			.getOrDefault(person.id(), List.of())
			.stream()
			.findFirst()
			.orElseThrow(() -> new BadRequest(
					List.of(new FieldProblem(field, person.name() + " has no current unpaid work requirement"))));
	}

	private UnpaidWorkSession session(CurrentUser user, long sessionId) {
		requireStaff(user);
		UnpaidWorkSession session = repository.session(sessionId)
			.orElseThrow(() -> new NotFound("There is no such unpaid work session."));
		if (!user.readsEveryProvider() && !Objects.equals(user.providerId(), repository.providerOf(sessionId))) {
			throw new NotFound("There is no such unpaid work session.");
		}
		return session;
	}

	/**
	 * Refuses users whose role changes nothing (inspectors, quality staff) before
	 * anything else is checked.
	 */
	public static void requireMayAct(CurrentUser user) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.ADMIN)) {
			throw new AccessDeniedException("Your role reads unpaid work but changes nothing.");
		}
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN,
				Role.INSPECTOR)) {
			throw new AccessDeniedException("Unpaid work is for probation and unpaid-work staff.");
		}
	}

	/**
	 * Unpaid-work staff act on the cases of their provider they may read; others as the
	 * case allows.
	 */
	private boolean mayAct(CurrentUser user, PersonRecord person) {
		return gate.decision(user, people.ownerOf(person), CaseUse.UNPAID_WORK).isGranted();
	}

	/** A case opened for its unpaid work, with its record. */
	private record Actionable(PersonRecord person, org.openprobation.access.CheckedCase checked) {
	}

	private Actionable actionable(CurrentUser user, Crn crn, UnpaidWorkSession session, String purpose) {
		PersonRecord person = people.find(crn)
			.orElseThrow(() -> new BadRequest(
					List.of(new FieldProblem("crn", "No person on probation has the CRN " + crn.value()))));
		return new Actionable(person, gate.open(user, crn, CaseUse.UNPAID_WORK, purpose));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String strip(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

}
