package org.openprobation.shell;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.people.People;
import org.openprobation.people.PersonSummary;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header of a page about a case, for the layout: only for a user who may read the
 * case (a refused request shows nothing of it, not even a warrant). The page's own use
 * case has opened the case through the gate and audited the read, so this decides without
 * a second audit row, and reads no more than the header shows.
 */
@Service
@Transactional(readOnly = true)
public class CaseHeaders {

	private final People people;

	private final Assessments assessments;

	private final Enforcement enforcement;

	private final CaseGate gate;

	private final org.openprobation.contacts.Appointments appointments;

	private final ThingsToDo thingsToDo;

	private final java.time.Clock clock;

	CaseHeaders(People people, Assessments assessments, Enforcement enforcement, CaseGate gate,
			org.openprobation.contacts.Appointments appointments, ThingsToDo thingsToDo, java.time.Clock clock) {
		this.appointments = appointments;
		this.thingsToDo = thingsToDo;
		this.clock = clock;
		this.people = people;
		this.assessments = assessments;
		this.enforcement = enforcement;
		this.gate = gate;
	}

	public Optional<CaseHeader> of(CurrentUser user, Crn crn) {
		OptionalLong readable = gate.readable(user, crn);
		if (readable.isEmpty()) {
			return Optional.empty();
		}
		long personId = readable.getAsLong();
		PersonSummary person = people.byIds(List.of(personId)).get(personId);
		if (person == null) {
			return Optional.empty();
		}
		List<Long> ids = List.of(personId);
		return Optional.of(new CaseHeader(person, assessments.headline(personId),
				enforcement.outstandingWarrant(crn.value()).orElse(null),
				appointments.glance(ids).getOrDefault(personId, org.openprobation.contacts.Appointments.Glance.NONE),
				enforcement.glance(ids).getOrDefault(personId, Enforcement.Glance.NONE),
				thingsToDo.ofCase(user, person), java.time.LocalDate.now(clock)));
	}

	/** An outstanding warrant of the case, for a user who may read it. */
	public Optional<Enforcement.Warrant> warrant(CurrentUser user, Crn crn) {
		return gate.readable(user, crn).isPresent() ? enforcement.outstandingWarrant(crn.value()) : Optional.empty();
	}

}
