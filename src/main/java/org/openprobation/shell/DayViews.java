package org.openprobation.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.people.People;
import org.openprobation.people.PersonSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's day for the home page: their appointments today, what their list holds
 * (overdue, due this week, outcomes to record) and, for managers, what waits for them.
 */
@Service
public class DayViews {

	/** One appointment today, with whom. */
	public record Booking(Contact contact, PersonSummary person) {

		public boolean awaitingOutcome(java.time.LocalDateTime now) {
			return contact.awaitingOutcome(now);
		}

	}

	/**
	 * The day: {@code bookings} for users who hold a diary, {@code list} for users with
	 * things to do, {@code breachesToCountersign} for managers (null otherwise).
	 */
	public record Day(LocalDate date, @Nullable List<Booking> bookings, int hiddenBookings,
			ThingsToDo.@Nullable Summary list, @Nullable Integer breachesToCountersign) {
	}

	private final Appointments appointments;

	private final People people;

	private final CaseGate gate;

	private final ThingsToDo thingsToDo;

	private final Enforcement enforcement;

	private final java.time.Clock clock;

	DayViews(Appointments appointments, People people, CaseGate gate, ThingsToDo thingsToDo, Enforcement enforcement,
			java.time.Clock clock) {
		this.appointments = appointments;
		this.people = people;
		this.gate = gate;
		this.thingsToDo = thingsToDo;
		this.enforcement = enforcement;
		this.clock = clock;
	}

	@Transactional
	public Day of(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		List<Booking> bookings = null;
		int hidden = 0;
		if (user.staffId() != null && user.hasAny(Role.PRACTITIONER, Role.SPO)) {
			List<Contact> contacts = appointments.dayOf(user.staffId(), today);
			Map<Long, PersonSummary> persons = people
				.byIds(contacts.stream().map(Contact::personId).distinct().toList());
			List<Booking> all = contacts.stream()
				.filter(c -> persons.containsKey(c.personId()))
				.map(c -> new Booking(c, persons.get(c.personId())))
				.toList();
			CaseGate.Shown<Booking> shown = gate.list(user, all, b -> b.person().id(), "VIEW_DIARY",
					"Home: appointments today");
			bookings = shown.rows();
			hidden = shown.hidden();
		}
		Integer breaches = user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.ADMIN)
				? enforcement.countersignatureQueue(user).size() : null;
		return new Day(today, bookings, hidden, thingsToDo.summary(user), breaches);
	}

}
