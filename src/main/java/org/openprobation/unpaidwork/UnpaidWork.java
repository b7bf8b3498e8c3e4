package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.unpaidwork.application.SessionAccess;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.people.People;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.domain.HoursCredit;
import org.openprobation.unpaidwork.domain.HoursProgress;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unpaid work as others read it: sessions, a session's register and each person's
 * progress. Booking is {@code application.SessionBookings}; attendance and cancellation
 * {@code application.SessionOutcomes}.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class UnpaidWork {

	private final People people;

	private final Sentences sentences;

	private final UnpaidWorkRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<HoursCredit.Settings> creditPolicy;

	private final SessionAccess access;

	private final Policy<org.openprobation.unpaidwork.domain.FirstSession.Settings> firstSessionPolicy;

	UnpaidWork(People people, Sentences sentences, UnpaidWorkRepository repository, CaseGate gate, AuditLog audit,
			Clock clock, ProviderPolicies policies, Policy<HoursCredit.Settings> creditPolicy, SessionAccess access,
			Policy<org.openprobation.unpaidwork.domain.FirstSession.Settings> firstSessionPolicy) {
		this.firstSessionPolicy = firstSessionPolicy;
		this.access = access;
		this.policies = policies;
		this.creditPolicy = creditPolicy;
		this.people = people;
		this.sentences = sentences;
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

		public SessionFull(String message) {
			super(message);
		}

	}

	/** Sessions between two days, in a borough when given (staff of the provider). */
	@Transactional(readOnly = true)
	public List<UnpaidWorkSession> sessions(CurrentUser user, LocalDate from, LocalDate to, @Nullable Long boroughId) {
		SessionAccess.requireStaff(user);
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
			boolean started, int hidden, Map<Long, List<AttendanceCorrection>> corrections) {

		public Register {
			entries = List.copyOf(entries);
			waiting = List.copyOf(waiting);
			corrections = Map.copyOf(corrections);
		}

		/** The corrections of one booking, oldest first. */
		public List<AttendanceCorrection> correctionsOf(Booking booking) {
			return corrections.getOrDefault(booking.id(), List.of());
		}

	}

	public Register register(CurrentUser user, long sessionId) {
		UnpaidWorkSession session = access.session(user, sessionId);
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
				!LocalDateTime.now(clock).isBefore(session.start()), entries.hidden() + waiting.hidden(),
				repository.corrections(sessionId));
	}

	/**
	 * Refuses (audited) unless the user may run the case's unpaid work; for a form or the
	 * API to ask before it reads the request.
	 */
	public void checkMayRun(CurrentUser user, Crn crn, String purpose) {
		requireMayAct(user);
		gate.open(user, crn, CaseUse.UNPAID_WORK, purpose);
	}

	/** What the supervisor records for one booked person. */
	public record Attendance(@Nullable String attendance, @Nullable LocalTime arrived, @Nullable LocalTime left,
			@Nullable Integer breakMinutes, @Nullable Integer travelPence, @Nullable String reason,
			@Nullable String evidence) {
	}

	/** The minutes a stand-down is credited with, by the provider's policy. */
	@Transactional(readOnly = true)
	/**
	 * An unpaid work order not yet started: its induction and first session due by
	 * {@code dueBy}, and which of them is still to arrange.
	 */
	public record StartDue(long personId, long requirementId, LocalDate dueBy, boolean inducted, boolean booked) {
	}

	/**
	 * The active unpaid work orders of these cases whose person has attended no session
	 * yet, with when their induction and first session are due under each provider's
	 * policy.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public List<StartDue> startsDue(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, org.openprobation.unpaidwork.domain.FirstSession.Settings> settings = new java.util.HashMap<>();
		return repository.notStarted(personIds)
			.stream()
			.map(n -> new StartDue(n.personId(), n.requirementId(),
					org.openprobation.unpaidwork.domain.FirstSession.dueBy(n.startDate(),
							settings.computeIfAbsent(n.providerId(),
									provider -> policies.current(firstSessionPolicy, provider))),
					n.inducted(), n.booked()))
			.toList();
	}

	/**
	 * Whole hours credited on sessions for each of these unpaid work requirements (what
	 * the register shows delivered, added to the hours carried over).
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public Map<Long, Integer> hoursCredited(java.util.Collection<Long> requirementIds) {
		if (requirementIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> hours = new java.util.HashMap<>();
		repository.creditedMinutes(requirementIds).forEach((id, minutes) -> hours.put(id, minutes / 60));
		return hours;
	}

	public int standDownMinutes(@Nullable Long providerId) {
		return policies.current(creditPolicy, providerId).standDownMinutes();
	}

	/**
	 * A person's progress on their unpaid work requirement; {@code pastDeadline} when the
	 * 12 months have passed with hours still to work (the order stays in force: a matter
	 * for enforcement or an application to extend, not a bar to booking).
	 */
	public record Progress(String crn, Requirement requirement, double hoursOrdered, double hoursCompleted,
			double hoursRemaining, LocalDate deadline, @Nullable LocalDate projectedCompletion, boolean onTrack,
			@Nullable LocalDate inductedOn, boolean pastDeadline) {
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
				repository.inductedOn(requirement.id()).orElse(null),
				!p.complete() && LocalDate.now(clock).isAfter(p.deadline()));
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
		boolean mayBook = access.mayAct(user, person);
		Long borough = person.mainAddress().map(PersonRecord.Address::boroughId).orElse(null);
		LocalDateTime now = LocalDateTime.now(clock);
		java.time.LocalDate lastDay = access.lastBookableDay(person, progress.requirement()).orElse(null);
		List<UnpaidWorkSession> bookable = mayBook ? repository
			.sessions(person.providerId(), now, now.plusWeeks(3), borough, 200)
			.stream()
			.filter(s -> !s.cancelled() && !s.full() && (lastDay == null || !s.start().toLocalDate().isAfter(lastDay))
					&& access.unsuitability(person, s).isEmpty())
			.limit(30)
			.toList() : List.of();
		return new CaseUnpaidWork(person, progress, repository.bookingsOfPerson(person.id(), 30), bookable, mayBook);
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

}
