package org.openprobation.unpaidwork.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.unpaidwork.UnpaidWorkSession;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.domain.WeekPlanner;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement planner on the record: a pattern of sessions proposed for one person over
 * the next four weeks, explained, and next week's plan for everyone of the provider
 * against the first-come baseline; staff confirm either before anything is booked.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = CaseAccessDenied.class)
public class Placements {

	static final int PROPOSAL_WEEKS = 4;

	public static final Map<String, String> REASONS = Map.of("EMPLOYMENT", "work", "ZERO_HOURS_WORK",
			"zero-hours work (variable)", "CARING", "caring", "EDUCATION", "education or training", "HEALTH",
			"health treatment");

	private final UnpaidWorkRepository repository;

	private final SessionBookings bookings;

	private final Appointments appointments;

	private final People people;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	Placements(UnpaidWorkRepository repository, SessionBookings bookings, Appointments appointments, People people,
			CaseGate gate, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.bookings = bookings;
		this.appointments = appointments;
		this.people = people;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	public record Explained(UnpaidWorkSession session, String why) {
	}

	public record Proposal(PersonRecord person, int weeklyNeedMinutes, List<Explained> proposed,
			List<Explained> ruledOut, List<UnpaidWorkRepository.Unavailable> unavailable) {

		public Proposal {
			proposed = List.copyOf(proposed);
			ruledOut = List.copyOf(ruledOut);
			unavailable = List.copyOf(unavailable);
		}

		public double weeklyNeedHours() {
			return weeklyNeedMinutes / 60.0;
		}

	}

	/**
	 * Sessions for the next four weeks that suit the person, with why each was chosen or
	 * not.
	 */
	@Transactional
	public Proposal propose(CurrentUser user, Crn crn) {
		PersonRecord person = changeable(user, crn, "propose unpaid work sessions");
		UnpaidWorkRepository.Demand demand = repository.demand(null, person.id())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound(
					person.name() + " has no current unpaid work requirement with a known home borough."));
		LocalDate from = LocalDate.now(clock).plusDays(1);
		LocalDate to = from.plusWeeks(PROPOSAL_WEEKS);
		List<UnpaidWorkSession> sessions = repository
			.sessions(person.providerId(), from.atStartOfDay(), to.atStartOfDay(), null, 10_000)
			.stream()
			.filter(s -> !s.cancelled())
			.toList();
		Map<Long, Long> areas = repository.boroughAreas();
		List<UnpaidWorkRepository.Unavailable> unavailable = repository.unavailability(List.of(person.id()));
		WeekPlanner.Person planned = person(demand,
				busy(List.of(person.id()), unavailable, from, to).getOrDefault(person.id(), List.of()));
		Map<Long, UnpaidWorkSession> byId = new HashMap<>();
		sessions.forEach(s -> byId.put(s.id(), s));
		List<WeekPlanner.Slot> slots = sessions.stream().map(s -> slot(s, areas)).toList();
		List<Explained> proposed = new ArrayList<>();
		Set<Long> chosen = new HashSet<>();
		int remaining = planned.minutesRemaining();
		for (int week = 0; week < PROPOSAL_WEEKS && remaining > 0; week++) {
			LocalDate weekStart = from.plusWeeks(week);
			List<WeekPlanner.Slot> thatWeek = slots.stream()
				.filter(s -> !s.start().toLocalDate().isBefore(weekStart)
						&& s.start().toLocalDate().isBefore(weekStart.plusWeeks(1)))
				.toList();
			WeekPlanner.Person now = new WeekPlanner.Person(planned.personId(), planned.boroughId(), planned.areaId(),
					planned.female(), planned.riskToChildren(), remaining, planned.deadline(), planned.busy(),
					planned.lastDay());
			WeekPlanner.Plan plan = WeekPlanner.plan(List.of(now), thatWeek, weekStart, WeekPlanner.Strategy.PLANNER);
			for (WeekPlanner.Assignment a : plan.assignments()) {
				proposed.add(new Explained(byId.get(a.sessionId()), a.why()));
				chosen.add(a.sessionId());
			}
			remaining -= plan.minutesDelivered();
		}
		List<WeekPlanner.Slot> mine = slots.stream().filter(s -> chosen.contains(s.sessionId())).toList();
		List<Explained> ruledOut = new ArrayList<>();
		for (WeekPlanner.Slot slot : slots) {
			if (chosen.contains(slot.sessionId()) || slot.areaId() != planned.areaId()) {
				continue;
			}
			String why = WeekPlanner.whyNot(planned, slot, mine, slot.placesLeft(), true);
			ruledOut.add(new Explained(byId.get(slot.sessionId()),
					why == null ? "Not needed: the hours that week are covered" : why));
		}
		ruledOut.sort(java.util.Comparator.comparing((Explained e) -> e.session().boroughId() != planned.boroughId())
			.thenComparing(e -> e.session().start()));
		audit.record(user, "PROPOSE_UNPAID_WORK", person.crn(), proposed.size() + " sessions proposed");
		return new Proposal(person, planned.weeklyNeed(from), proposed,
				ruledOut.size() > 60 ? ruledOut.subList(0, 60) : ruledOut, unavailable);
	}

	/** The outcome of booking what was proposed or planned. */
	public record Booked(int booked, List<String> refused) {

		public Booked {
			refused = List.copyOf(refused);
		}

	}

	/** Books the sessions chosen from a proposal, one by one; any refused say why. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	public Booked bookSessions(CurrentUser user, Crn crn, Collection<Long> sessionIds) {
		// who may book for the person is answered before what is wrong with the request
		changeable(user, crn, "book unpaid work sessions");
		if (sessionIds.isEmpty()) {
			throw new BadRequest(List.of(new FieldProblem("sessionId", "Select at least one session to book")));
		}
		int booked = 0;
		List<String> refused = new ArrayList<>();
		for (Long id : sessionIds) {
			try {
				bookings.book(user, id, crn);
				booked++;
			}
			catch (BadRequest | Conflict | NotFound ex) {
				refused.add("Session " + id + ": " + ex.getMessage());
			}
		}
		return new Booked(booked, refused);
	}

	/**
	 * Next week's plan for everyone of the provider not yet booked, and the first-come
	 * baseline.
	 */
	public record WeekPlan(LocalDate weekStart, WeekPlanner.Plan plan, WeekPlanner.Plan baseline, int alreadyBooked,
			Map<Long, UnpaidWorkRepository.Demand> people, Map<Long, UnpaidWorkSession> sessions, int hidden) {

		public WeekPlan {
			people = Map.copyOf(people);
			sessions = Map.copyOf(sessions);
		}

		/**
		 * Which sessions the plan gives to whom, in a few characters: a booking confirms
		 * the plan that was shown, not one that changed meanwhile.
		 */
		public String fingerprint() {
			StringBuilder text = new StringBuilder(weekStart.toString());
			plan.assignments()
				.stream()
				.map(a -> a.personId() + ":" + a.sessionId())
				.sorted()
				.forEach(a -> text.append(',').append(a));
			try {
				byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				return java.util.HexFormat.of().formatHex(digest, 0, 12);
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		public double gain() {
			return baseline.minutesDelivered() == 0 ? 0
					: plan.minutesDelivered() / (double) baseline.minutesDelivered();
		}

	}

	@Transactional
	public WeekPlan planNextWeek(CurrentUser user) {
		requirePlanner(user, false);
		long provider = provider(user);
		LocalDate weekStart = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		LocalDate weekEnd = weekStart.plusWeeks(1);
		List<UnpaidWorkRepository.Demand> demanded = repository.demand(provider, null);
		Set<Long> booked = repository.bookedBetween(
				demanded.stream().map(UnpaidWorkRepository.Demand::personId).toList(), weekStart.atStartOfDay(),
				weekEnd.atStartOfDay());
		// a user plans (and so books) only people whose cases they may see: the others
		// are
		// left to a colleague, and counted
		CaseGate.Shown<UnpaidWorkRepository.Demand> visible = gate.shown(user,
				demanded.stream()
					.filter(d -> !booked.contains(d.personId()))
					.filter(d -> d.end().isAfter(weekStart))
					.toList(),
				UnpaidWorkRepository.Demand::personId);
		List<UnpaidWorkRepository.Demand> demand = visible.rows();
		Map<Long, UnpaidWorkRepository.Demand> byPerson = new HashMap<>();
		demand.forEach(d -> byPerson.put(d.personId(), d));
		List<Long> ids = demand.stream().map(UnpaidWorkRepository.Demand::personId).toList();
		Map<Long, List<WeekPlanner.Busy>> busy = busy(ids, repository.unavailability(ids), weekStart, weekEnd);
		List<WeekPlanner.Person> planned = demand.stream()
			.map(d -> person(d, busy.getOrDefault(d.personId(), List.of())))
			.toList();
		Map<Long, Long> areas = repository.boroughAreas();
		List<UnpaidWorkSession> sessions = repository
			.sessions(provider, weekStart.atStartOfDay(), weekEnd.atStartOfDay(), null, 10_000)
			.stream()
			.filter(s -> !s.cancelled())
			.toList();
		Map<Long, UnpaidWorkSession> byId = new HashMap<>();
		sessions.forEach(s -> byId.put(s.id(), s));
		List<WeekPlanner.Slot> slots = sessions.stream().map(s -> slot(s, areas)).toList();
		WeekPlanner.Plan plan = WeekPlanner.plan(planned, slots, weekStart, WeekPlanner.Strategy.PLANNER);
		WeekPlanner.Plan baseline = WeekPlanner.plan(planned, slots, weekStart, WeekPlanner.Strategy.FIRST_COME);
		audit
			.recordShown(user, "PLAN_UNPAID_WORK_WEEK",
					weekStart + ": " + plan.assignments().size() + " bookings proposed for " + planned.size()
							+ " people" + (visible.hidden() == 0 ? "" : "; " + visible.hidden() + " not shown"),
					visible.crns());
		return new WeekPlan(weekStart, plan, baseline, booked.size(), byPerson, byId, visible.hidden());
	}

	/**
	 * Books next week's plan as it stands now; each booking is checked again as it is
	 * made.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	public Booked bookNextWeek(CurrentUser user, @Nullable String shownPlan) {
		requirePlanner(user, true);
		WeekPlan week = planNextWeek(user);
		if (!week.fingerprint().equals(shownPlan)) {
			throw new Conflict("Nothing was booked: the plan has changed since it was shown (people were booked or "
					+ "their availability changed meanwhile). Check the plan below and book it again.");
		}
		int booked = 0;
		List<String> refused = new ArrayList<>();
		for (WeekPlanner.Assignment a : week.plan().assignments()) {
			UnpaidWorkRepository.Demand person = week.people().get(a.personId());
			try {
				bookings.book(user, a.sessionId(), Crn.parse(person.crn()).orElseThrow());
				booked++;
			}
			catch (BadRequest | Conflict | NotFound ex) {
				refused.add(person.crn() + ": " + ex.getMessage());
			}
		}
		return new Booked(booked, refused);
	}

	/** Records a weekly time the person cannot work. */
	@Transactional
	public void addUnavailable(CurrentUser user, Crn crn, @Nullable Integer dayOfWeek, @Nullable LocalTime from,
			@Nullable LocalTime to, @Nullable String reason) {
		PersonRecord person = changeable(user, crn);
		List<FieldProblem> problems = new ArrayList<>();
		if (dayOfWeek == null || dayOfWeek < 1 || dayOfWeek > 7) {
			problems.add(new FieldProblem("day", "Select the day"));
		}
		if (from == null) {
			problems.add(new FieldProblem("from", "Enter the time from, like 08:00"));
		}
		if (to == null) {
			problems.add(new FieldProblem("to", "Enter the time to, like 17:30"));
		}
		else if (from != null && !to.isAfter(from)) {
			problems.add(new FieldProblem("to", "The time to must be after the time from"));
		}
		if (reason == null || !REASONS.containsKey(reason)) {
			problems.add(new FieldProblem("reason", "Select why the person is not available"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.addUnavailable(person.id(), dayOfWeek, from, to, reason, user.username());
		audit.record(user, "RECORD_UNPAID_WORK_AVAILABILITY", person.crn(),
				DayOfWeek.of(dayOfWeek) + " " + from + "-" + to + " " + reason);
	}

	@Transactional
	public void removeUnavailable(CurrentUser user, Crn crn, long id) {
		PersonRecord person = changeable(user, crn);
		if (!repository.removeUnavailable(person.id(), id)) {
			throw new NotFound("That time is not recorded for this person.");
		}
		audit.record(user, "REMOVE_UNPAID_WORK_AVAILABILITY", person.crn(), "time " + id);
	}

	public List<UnpaidWorkRepository.Unavailable> unavailability(long personId) {
		return repository.unavailability(List.of(personId));
	}

	private Map<Long, List<WeekPlanner.Busy>> busy(List<Long> personIds,
			List<UnpaidWorkRepository.Unavailable> unavailable, LocalDate from, LocalDate to) {
		Map<Long, List<WeekPlanner.Busy>> busy = new HashMap<>();
		for (UnpaidWorkRepository.Unavailable u : unavailable) {
			for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() == u.dayOfWeek()) {
					busy.computeIfAbsent(u.personId(), k -> new ArrayList<>())
						.add(new WeekPlanner.Busy(day.atTime(u.from()), day.atTime(u.to()),
								REASONS.getOrDefault(u.reason(), "another commitment")));
				}
			}
		}
		appointments.holdingTime(personIds, from.atStartOfDay(), to.atStartOfDay()).forEach((personId, contacts) -> {
			for (Contact c : contacts) {
				busy.computeIfAbsent(personId, k -> new ArrayList<>())
					.add(new WeekPlanner.Busy(c.start(), c.end(), "their "
							+ c.type().label().toLowerCase(java.util.Locale.ROOT) + " at " + c.start().toLocalTime()));
			}
		});
		return busy;
	}

	private WeekPlanner.Person person(UnpaidWorkRepository.Demand d, List<WeekPlanner.Busy> busy) {
		// the 12 months are a deadline to plan for, not a cut-off: the order stays in
		// force
		// until the hours are worked (supervision.md, "Unpaid work")
		LocalDate deadline = d.start().plusMonths(12);
		return new WeekPlanner.Person(d.personId(), d.boroughId(), d.areaId(), d.female(), d.riskToChildren(),
				Math.max(0, d.hoursOrdered() * 60 - d.minutesDone()), deadline, busy, d.lastDay());
	}

	private static WeekPlanner.Slot slot(UnpaidWorkSession s, Map<Long, Long> areas) {
		return new WeekPlanner.Slot(s.id(), s.project(), s.boroughId(), areas.getOrDefault(s.boroughId(), -1L),
				s.start(), s.end(), s.placesLeft(), s.womenOnly(), s.involvesChildren());
	}

	private PersonRecord readable(CurrentUser user, Crn crn) {
		gate.read(user, crn, "unpaid work placement");
		return people.require(crn);
	}

	private PersonRecord changeable(CurrentUser user, Crn crn) {
		return changeable(user, crn, "unpaid work availability");
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.open(user, crn, CaseUse.UNPAID_WORK, purpose);
		return people.require(crn);
	}

	private static void requirePlanner(CurrentUser user, boolean booking) {
		if (booking ? !user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN)
				: !user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN, Role.QUALITY, Role.INSPECTOR)) {
			throw new AccessDeniedException("The provider's unpaid work plan is for unpaid-work staff and managers.");
		}
	}

	private long provider(CurrentUser user) {
		if (user.providerId() != null) {
			return user.providerId();
		}
		return repository.firstProvider().orElseThrow(() -> new NotFound("No provider has unpaid work projects."));
	}

}
