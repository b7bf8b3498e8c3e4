package org.openprobation.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openprobation.contacts.Appointments;
import org.openprobation.sentences.Delivery;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementDeliveries;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.unpaidwork.UnpaidWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the record shows delivered on requirements, gathered from where each is recorded
 * (ADR 37): the contacts (RAR days, programme sessions, attendance centre hours,
 * treatment appointments, drug tests and court reviews), the unpaid work register (hours
 * credited), and the calendar for a requirement served by time (a curfew's or an
 * abstinence requirement's days since it began). Every page and the rules that need
 * progress read it from here.
 */
@Component
@Transactional(readOnly = true)
class RecordedDeliveries implements RequirementDeliveries {

	private final Appointments appointments;

	private final UnpaidWork unpaidWork;

	private final Clock clock;

	RecordedDeliveries(Appointments appointments, UnpaidWork unpaidWork, Clock clock) {
		this.appointments = appointments;
		this.unpaidWork = unpaidWork;
		this.clock = clock;
	}

	@Override
	public Map<Long, Delivery> of(Collection<Requirement> requirements) {
		Map<Long, Delivery> result = new HashMap<>(appointments.deliveries(requirements));
		unpaidWork
			.hoursCredited(requirements.stream()
				.filter(r -> r.kind() == RequirementKind.UNPAID_WORK)
				.map(Requirement::id)
				.toList())
			.forEach((id, hours) -> result.put(id, Delivery.of(hours)));
		LocalDate today = LocalDate.now(clock);
		for (Requirement requirement : requirements) {
			if (requirement.kind().servedByTime()) {
				result.put(requirement.id(), result.getOrDefault(requirement.id(), Delivery.NONE)
					.withAmount(daysServed(requirement, today)));
			}
		}
		return result;
	}

	/**
	 * Whole days from its start to today, or to its end if it ended (the carried-over
	 * amount is what was served before the record began, so it is not added twice).
	 */
	static int daysServed(Requirement requirement, LocalDate today) {
		LocalDate until = requirement.active() ? today : requirement.endDate();
		long days = ChronoUnit.DAYS.between(requirement.startDate(), until);
		return (int) Math.max(0, days - requirement.amountDone());
	}

}
