package org.openprobation.contacts.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.TypedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Appointments.NewAppointment;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Reminders;
import org.openprobation.contacts.persistence.ContactRepository;

/**
 * Booking an appointment: refused when it clashes with another booking of the person or
 * the officer, unless the clash is overridden with a reason; a reminder goes in the
 * outbox.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class AppointmentBookings {

	/** Booking further back than this needs a reason (the record is being caught up). */
	static final int DAYS_BACK_WITHOUT_REASON = 7;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	private final People people;

	private final Organisation organisation;

	private final ContactRepository repository;

	private final Sentences sentences;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final Reminders reminders;

	AppointmentBookings(People people, Organisation organisation, ContactRepository repository, Sentences sentences,
			CaseGate gate, AuditLog audit, Clock clock, Reminders reminders) {
		this.people = people;
		this.organisation = organisation;
		this.repository = repository;
		this.sentences = sentences;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
		this.reminders = reminders;
	}

	public long book(CurrentUser user, Crn crn, NewAppointment request) {
		return book(user, crn, request, true);
	}

	/**
	 * Books a session delivered by someone other than probation staff (an intervention's
	 * deliverer): it is in the person's record, and clashes only with the person's
	 * bookings.
	 */
	public long bookWithoutOfficer(CurrentUser user, Crn crn, NewAppointment request) {
		return book(user, crn, request, false);
	}

	private long book(CurrentUser user, Crn crn, NewAppointment request, boolean officerAttends) {
		return book(user, changeable(user, crn, "book an appointment"), request, officerAttends);
	}

	/**
	 * Books a session without an officer for a module that has itself checked that the
	 * user may (the unpaid-work register): clash detection and reminders as for any
	 * booking.
	 */
	public long bookChecked(CurrentUser user, PersonRecord person, NewAppointment request) {
		return book(user, person, request, false);
	}

	private long book(CurrentUser user, PersonRecord person, NewAppointment request, boolean officerAttends) {
		LocalDateTime now = LocalDateTime.now(clock);
		// the person's sentences, read once: where supervision began and which
		// requirements are in force
		List<Sentence> held = sentences.of(person.id());
		List<FieldProblem> problems = new ArrayList<>();
		if (request.type() == null) {
			problems.add(new FieldProblem("type", "Select the type of appointment"));
		}
		if (request.start() == null) {
			problems.add(new FieldProblem("start", "Enter the date and time it starts"));
		}
		if (request.end() == null) {
			problems.add(new FieldProblem("end", "Enter the time it ends"));
		}
		if (request.start() != null && request.end() != null) {
			if (!request.end().isAfter(request.start())) {
				problems.add(new FieldProblem("end", "The end must be after the start"));
			}
			else if (request.end().isAfter(request.start().plusHours(12))) {
				problems.add(new FieldProblem("end", "An appointment lasts at most 12 hours"));
			}
			if (request.start().isBefore(now.minusDays(DAYS_BACK_WITHOUT_REASON))
					&& TypedText.blank(request.overrideReason())) {
				problems.add(new FieldProblem("overrideReason",
						"An appointment more than a week in the past needs a reason (why it is being recorded late)"));
			}
			if (request.start().isAfter(now.plusYears(2))) {
				problems.add(new FieldProblem("start", "The start must be within the next two years"));
			}
			LocalDate began = supervisionBegan(held, now.toLocalDate());
			if (request.start().toLocalDate().isBefore(began)) {
				problems.add(new FieldProblem("start",
						"The date must be on or after "
								+ began.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
								+ ", when the person's supervision began"));
			}
		}
		StaffMember officer = officerAttends && (request.type() == null || request.type().officerAttends())
				? officer(person, request.officerCode(), problems) : null;
		Requirement requirement = null;
		Map<Long, Requirement> current = activeRequirements(held);
		boolean drugRehabilitation = request.type() == ContactType.DRUG_TEST
				|| request.type() == ContactType.COURT_REVIEW;
		if (request.requirementId() != null) {
			requirement = current.get(request.requirementId());
			if (requirement == null) {
				problems.add(new FieldProblem("requirementId", "Select one of the person's current requirements"));
			}
			else if (drugRehabilitation && requirement.kind() != RequirementKind.DRUG_REHABILITATION) {
				problems.add(new FieldProblem("requirementId",
						"A drug test or court review is for the drug rehabilitation requirement"));
			}
		}
		else if (drugRehabilitation) {
			// the one drug rehabilitation requirement in force, so that the test or
			// review counts towards it
			List<Requirement> drr = current.values()
				.stream()
				.filter(r -> r.kind() == RequirementKind.DRUG_REHABILITATION)
				.toList();
			if (drr.size() == 1) {
				requirement = drr.get(0);
				request = request.forRequirement(requirement.id());
			}
		}
		if (request.rar() && (requirement == null || requirement.kind() != RequirementKind.REHABILITATION_ACTIVITY)) {
			problems.add(new FieldProblem("rar", "A RAR activity must be for the rehabilitation activity requirement"));
		}
		for (String[] text : new String[][] { { "location", request.location() }, { "purpose", request.purpose() },
				{ "overrideReason", request.overrideReason() } }) {
			if (text[1] != null && text[1].length() > 1000) {
				problems.add(new FieldProblem(text[0], "Must be 1,000 characters or fewer"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (request.type().needsThePerson()) {
			Optional<Contact> clash = repository
				.overlapping(person.id(), officer == null ? null : officer.id(), request.start(), request.end())
				.stream()
				.findFirst();
			if (clash.isPresent() && TypedText.blank(request.overrideReason())) {
				Contact other = clash.get();
				String whose = other.personId() == person.id() ? person.name() + " already has"
						: "The officer already has";
				String what = other.type().label().toLowerCase(java.util.Locale.ROOT);
				throw new Appointments.Clash(whose + ("aeiou".indexOf(what.charAt(0)) >= 0 ? " an " : " a ") + what
						+ " on " + other.start().format(WHEN) + " (appointment " + other.id()
						+ "). Choose another time, or give a reason to book it anyway.", other);
			}
		}
		long id = repository.insert(new ContactRepository.NewContact(person.id(), officer == null ? null : officer.id(),
				request.type(), request.start(), request.end(), TypedText.stripped(request.location()),
				request.requirementId(), request.rar(), TypedText.stripped(request.purpose()),
				TypedText.stripped(request.overrideReason()), user.username()));
		if (request.type().needsThePerson()) {
			reminders.remind(person, id, request.type(), request.start(), TypedText.stripped(request.location()));
		}
		audit.record(user, "BOOK_APPOINTMENT", person.crn(), request.type().label() + " on "
				+ request.start().format(WHEN)
				+ (TypedText.blank(request.overrideReason()) ? "" : "; override: " + request.overrideReason().strip()));
		return id;
	}

	public PersonRecord personForBooking(CurrentUser user, Crn crn) {
		PersonRecord person = changeable(user, crn, "book an appointment");
		audit.record(user, org.openprobation.access.AuditLog.VIEW_CASE, person.crn(), "page: book an appointment");
		return person;
	}

	private @Nullable StaffMember officer(PersonRecord person, @Nullable String officerCode,
			List<FieldProblem> problems) {
		if (officerCode != null && !officerCode.isBlank()) {
			Optional<StaffMember> member = organisation.staffMember(officerCode.strip())
				.filter(m -> m.providerId() == person.providerId());
			if (member.isEmpty()) {
				problems.add(new FieldProblem("officer", "Select a member of staff of this provider"));
				return null;
			}
			return member.get();
		}
		return person.responsibleOfficer().flatMap(o -> organisation.staffMember(o.staffId())).orElse(null);
	}

	/**
	 * The earliest day a contact of the person can be on: the start of their first
	 * sentence on record (or, with none, a year ago), so that a mistyped year is refused
	 * rather than recorded where no chase looks.
	 */
	private static LocalDate supervisionBegan(List<Sentence> held, LocalDate today) {
		return held.stream()
			.map(Sentence::startDate)
			.min(java.util.Comparator.naturalOrder())
			.orElse(today.minusYears(1));
	}

	/** The person's current requirements, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Requirement> activeRequirements(long personId) {
		return activeRequirements(sentences.of(personId));
	}

	private static Map<Long, Requirement> activeRequirements(List<Sentence> held) {
		Map<Long, Requirement> result = new java.util.LinkedHashMap<>();
		for (Sentence sentence : held) {
			if (sentence.active()) {
				sentence.requirements().stream().filter(Requirement::active).forEach(r -> result.put(r.id(), r));
			}
		}
		return result;
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		return people.require(crn);
	}

}
