package org.openprobation.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.contacts.domain.ContactStandard;
import org.openprobation.contacts.domain.RarCount;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.Delivery;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking appointments (refused when they clash with another booking of the person or the
 * officer, unless the clash is overridden with a reason), recording outcomes once, the
 * person's contact history, the officer's diary, and the case's compliance: its place
 * against the contact standard, enforceable failures and RAR days.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class Appointments {

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Organisation organisation;

	private final ContactRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.contacts.persistence.StandardSettingRepository standardSettings;

	private final org.openprobation.contacts.application.AppointmentBookings bookings;

	private final org.openprobation.contacts.application.AppointmentOutcomes outcomes;

	private final org.openprobation.contacts.persistence.NoteRepository notes;

	private final org.openprobation.contacts.application.CaseNotes caseNotes;

	Appointments(People people, Sentences sentences, Assessments assessments, Organisation organisation,
			ContactRepository repository, CaseGate gate, AuditLog audit, Clock clock,
			org.openprobation.contacts.persistence.StandardSettingRepository standardSettings,
			org.openprobation.contacts.application.AppointmentBookings bookings,
			org.openprobation.contacts.application.AppointmentOutcomes outcomes,
			org.openprobation.contacts.persistence.NoteRepository notes,
			org.openprobation.contacts.application.CaseNotes caseNotes) {
		this.notes = notes;
		this.caseNotes = caseNotes;
		this.bookings = bookings;
		this.outcomes = outcomes;
		this.standardSettings = standardSettings;
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.organisation = organisation;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/** An appointment as asked for; the officer defaults to the responsible officer. */
	public record NewAppointment(@Nullable ContactType type, @Nullable LocalDateTime start, @Nullable LocalDateTime end,
			@Nullable String officerCode, @Nullable String location, @Nullable Long requirementId, boolean rar,
			@Nullable String purpose, @Nullable String overrideReason) {

		/** The same appointment, for this requirement. */
		public NewAppointment forRequirement(long id) {
			return new NewAppointment(type, start, end, officerCode, location, id, rar, purpose, overrideReason);
		}

	}

	/** The booking clashes with another: the API answers 409 naming it. */
	public static class Clash extends Conflict {

		private final Contact clashing;

		public Clash(String message, Contact clashing) {
			super(message);
			this.clashing = clashing;
		}

		public Contact clashing() {
			return clashing;
		}

	}

	/**
	 * Books a session delivered by someone other than probation staff (an intervention's
	 * deliverer): it is in the person's record, and clashes only with the person's
	 * bookings.
	 */
	public long bookWithoutOfficer(CurrentUser user, Crn crn, NewAppointment request) {
		return bookings.bookWithoutOfficer(user, crn, request);
	}

	/**
	 * Books a session without an officer for a module that has itself checked that the
	 * user may (the unpaid-work register): clash detection and reminders as for any
	 * booking.
	 */
	public long bookChecked(CurrentUser user, PersonRecord person, NewAppointment request) {
		return bookings.bookChecked(user, person, request);
	}

	/**
	 * Records what happened; once only (a second attempt, or a concurrent one, is
	 * refused).
	 */
	public Contact recordOutcome(CurrentUser user, long contactId, @Nullable Outcome outcome, @Nullable String reason,
			@Nullable String evidence) {
		return outcomes.recordOutcome(user, contactId, outcome, reason, evidence);
	}

	/**
	 * Records an outcome for a case another module has opened through the gate (the
	 * unpaid-work register); once only, as for any outcome.
	 */
	public Contact recordOutcomeChecked(CheckedCase checked, long contactId, @Nullable Outcome outcome,
			@Nullable String reason, @Nullable String evidence) {
		return outcomes.recordOutcomeChecked(checked, contactId, outcome, reason, evidence);
	}

	/**
	 * The service cancelled the appointment (an unpaid work session called off): recorded
	 * for whoever is booked, without opening their case.
	 */
	public void cancelledByService(CurrentUser user, long contactId) {
		outcomes.cancelledByService(user, contactId);
	}

	public record History(PersonRecord person, List<Contact> contacts, long total, int page, int pageSize,
			Map<Long, StaffMember> officers, Map<Long, CaseNote> notes, List<CaseNote> ownNotes) {

		public History {
			contacts = List.copyOf(contacts);
			officers = Map.copyOf(officers);
			notes = Map.copyOf(notes);
			ownNotes = List.copyOf(ownNotes);
		}

		/** A contact's note, as the reader may see it. */
		public @Nullable CaseNote note(long contactId) {
			return notes.get(contactId);
		}

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

		public @Nullable StaffMember officer(@Nullable Long staffId) {
			return staffId == null ? null : officers.get(staffId);
		}

	}

	public History history(CurrentUser user, Crn crn, ContactRepository.Filter filter, int page, int pageSize) {
		org.openprobation.access.CheckedCase checked = gate.read(user, crn, "contact history");
		PersonRecord person = people.require(crn);
		boolean sensitive = caseNotes.readsSensitive(user, checked, person);
		ContactRepository.Filter asRead = new ContactRepository.Filter(filter.type(), filter.outcome(),
				filter.awaitingOutcome(), filter.words(), sensitive, user.username());
		List<Contact> contacts = repository.history(person.id(), asRead, (page - 1) * pageSize, pageSize);
		long total = repository.countHistory(person.id(), asRead);
		audit.record(user, "VIEW_CONTACTS", person.crn(),
				"page " + page + (filter.words() == null ? "" : ", notes searched"));
		return new History(person, contacts, total, page, pageSize,
				organisation
					.staffByIds(contacts.stream().map(Contact::staffId).filter(java.util.Objects::nonNull).toList()),
				notes.ofContacts(contacts.stream().map(Contact::id).toList(), sensitive, user.username()),
				page == 1 ? notes.ofTheirOwn(person.id(), filter.words(), sensitive, user.username()) : List.of());
	}

	/**
	 * The person's enforceable failures in the last 12 months, oldest first (the caller
	 * has checked access).
	 */
	@Transactional(readOnly = true)
	public List<Contact> enforceableFailures(long personId) {
		return repository.enforceableFailureContacts(personId, LocalDate.now(clock).minusMonths(12));
	}

	/**
	 * Enforceable failures of the last 12 months of many cases, by person (caller checks
	 * access).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Contact>> enforceableFailures(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return repository.enforceableFailureContacts(personIds, LocalDate.now(clock).minusMonths(12))
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Contact::personId));
	}

	/** A contact by id, for a module that has already checked access to its case. */
	@Transactional(readOnly = true)
	public java.util.Optional<Contact> find(long contactId) {
		return repository.find(contactId);
	}

	/**
	 * Contacts by id, in order of their start, for a module that has already checked
	 * access.
	 */
	@Transactional(readOnly = true)
	public List<Contact> findAll(java.util.Collection<Long> contactIds) {
		return contactIds.isEmpty() ? List.of() : repository.findAll(contactIds);
	}

	/** A case's compliance: its contact standard, enforceable failures and RAR. */
	public record Compliance(String crn, int enforceableFailuresLast12Months, int warningsLast12Months,
			boolean breachRequired, ContactStandard.@Nullable Standing standing, RarCount.@Nullable Progress rar) {

		public @Nullable LocalDate nextContactDue() {
			return standing == null ? null : standing.nextDue();
		}

		public boolean overdue() {
			return standing != null && standing.overdue();
		}

		public @Nullable String standingStatus() {
			return standing == null ? null : standing.status().name();
		}

		public int rarDaysUsed() {
			return rar == null ? 0 : rar.daysUsed();
		}

		public int rarDaysOrdered() {
			return rar == null ? 0 : rar.daysOrdered();
		}

	}

	public Compliance compliance(CurrentUser user, Crn crn) {
		PersonRecord person = readable(user, crn, "compliance");
		LocalDate today = LocalDate.now(clock);
		List<LocalDate> failures = repository.enforceableFailures(person.id(), today.minusMonths(12));
		ContactStandard.Standing standing = standingOf(person.id(), today);
		RarCount.Progress rar = null;
		for (Sentence sentence : sentences.of(person.id())) {
			if (!sentence.active()) {
				continue;
			}
			for (Requirement requirement : sentence.requirements()) {
				if (requirement.kind() == RequirementKind.REHABILITATION_ACTIVITY
						&& requirement.amountOrdered() != null) {
					rar = RarCount.progress(
							requirement.doneWith(new java.util.HashSet<>(repository.rarDays(requirement.id())).size()),
							requirement.amountOrdered(), today, requirement.endDate());
				}
			}
		}
		audit.record(user, "VIEW_COMPLIANCE", person.crn(), "compliance summary");
		// warnings and breaches are recorded by the enforcement module, which is not
		// built
		// yet: until it is, none are counted and no breach is flagged
		return new Compliance(person.crn(), failures.size(), 0, false, standing, rar);
	}

	/**
	 * A case at a glance: its next booking still to happen, its last contact that counts,
	 * and where it stands against the contact standard.
	 */
	public record Glance(@Nullable Contact nextAppointment, @Nullable LocalDate lastContact,
			@Nullable NextContact standard) {

		public static final Glance NONE = new Glance(null, null, null);

	}

	/**
	 * The glance of many cases at once, for caseloads and case pages (the caller checks
	 * access): three queries whatever the number.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Glance> glance(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		LocalDateTime now = LocalDateTime.now(clock);
		Map<Long, Contact> next = repository.nextBooked(personIds, now);
		Map<Long, LocalDate> last = repository.lastCountingContact(personIds, now);
		Map<Long, NextContact> standard = nextContacts(personIds);
		Map<Long, Glance> result = new java.util.HashMap<>();
		for (Long id : personIds) {
			result.put(id, new Glance(next.get(id), last.get(id), standard.get(id)));
		}
		return result;
	}

	/**
	 * An officer's bookings on one day, earliest first, for their home page (the caller
	 * checks who may see them).
	 */
	@Transactional(readOnly = true)
	public List<Contact> dayOf(long staffId, LocalDate day) {
		return repository.diary(staffId, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
	}

	/** The next contact a case needs, for the case page. */
	public record NextContact(LocalDate due, ContactStandard.Status status, boolean induction) {

		public boolean overdue() {
			return status != ContactStandard.Status.ON_TRACK;
		}

		/** Not seen for 8 weeks: escalated to the area manager. */
		public boolean lost() {
			return status == ContactStandard.Status.LOST;
		}

		public String statusLabel() {
			return switch (status) {
				case OVERDUE -> "Overdue";
				case AT_RISK -> "Overdue: flagged to the team manager";
				case LOST -> "Not seen for 8 weeks: escalated to the area manager";
				case ON_TRACK -> "On track";
			};
		}

	}

	/**
	 * The next contact of many cases at once, for task lists (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public Map<Long, NextContact> nextContacts(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<Long, CurrentSentence> current = sentences.current(personIds);
		Map<Long, String> tiers = assessments.tierCodes(personIds);
		Map<Long, LocalDate> last = repository.lastCountingContact(personIds, LocalDateTime.now(clock));
		Map<Long, ContactStandard.Settings> configured = standardSettings.current();
		Map<Long, Long> providers = people.providersOf(personIds);
		Map<Long, NextContact> result = new java.util.HashMap<>();
		for (Long id : personIds) {
			CurrentSentence sentence = current.get(id);
			if (sentence == null || sentence.kind() == SentenceKind.PRE_RELEASE) {
				continue;
			}
			boolean licence = sentence.kind() == SentenceKind.LICENCE
					|| sentence.kind() == SentenceKind.POST_SENTENCE_SUPERVISION;
			ContactStandard.Standing standing = ContactStandard.standing(
					configured.getOrDefault(providers.get(id), ContactStandard.Settings.defaults()), tiers.get(id),
					sentence.startDate(), licence, last.get(id), today);
			result.put(id, new NextContact(standing.nextDue(), standing.status(), standing.inductionDue()));
		}
		return result;
	}

	/**
	 * What holds each person's time in a window (appointments of any kind, not
	 * cancelled), for planning around them (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Contact>> holdingTime(java.util.Collection<Long> personIds, LocalDateTime from,
			LocalDateTime to) {
		return personIds.isEmpty() ? Map.of()
				: repository.holdingTime(personIds, from, to)
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(Contact::personId));
	}

	/**
	 * The latest home visit that took place, of many cases (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> lastHomeVisits(java.util.Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.lastHomeVisits(personIds);
	}

	/**
	 * A case's RAR whose remaining days cannot be delivered at one a week before it ends.
	 */
	public record RarAtRisk(long personId, Requirement requirement, int daysUsed, int daysOrdered, int daysRemaining) {
	}

	/** RAR requirements at risk, of many cases at once (the caller checks access). */
	@Transactional(readOnly = true)
	public List<RarAtRisk> rarAtRisk(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<Requirement>> rars = sentences.activeRequirements(personIds,
				RequirementKind.REHABILITATION_ACTIVITY);
		Map<Long, Integer> used = repository
			.rarDayCounts(rars.values().stream().flatMap(List::stream).map(Requirement::id).toList());
		List<RarAtRisk> result = new ArrayList<>();
		rars.forEach((personId, requirements) -> {
			for (Requirement requirement : requirements) {
				if (requirement.amountOrdered() == null) {
					continue;
				}
				RarCount.Progress progress = RarCount.progress(
						requirement.doneWith(used.getOrDefault(requirement.id(), 0)), requirement.amountOrdered(),
						today, requirement.endDate());
				if (progress.atRisk()) {
					result.add(new RarAtRisk(personId, requirement, progress.daysUsed(), progress.daysOrdered(),
							progress.daysRemaining()));
				}
			}
		});
		return result;
	}

	/**
	 * What the contacts show delivered on each of these requirements (the caller adds
	 * what was carried over, {@link Requirement#doneWith}): for a RAR the days with an
	 * attended RAR contact; for an accredited programme the sessions attended; for an
	 * attendance centre the whole hours attended; for treatment (drug rehabilitation,
	 * alcohol treatment, mental health treatment) the appointments attended, and for drug
	 * rehabilitation its tests by result, its court reviews attended and the next one.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Delivery> deliveries(java.util.Collection<Requirement> requirements) {
		Map<Long, ContactRepository.RequirementContacts> contacts = repository
			.requirementContacts(requirements.stream().map(Requirement::id).toList(), LocalDateTime.now(clock));
		Map<Long, Delivery> result = new java.util.HashMap<>();
		for (Requirement requirement : requirements) {
			ContactRepository.RequirementContacts c = contacts.get(requirement.id());
			if (c == null) {
				continue;
			}
			int amount = switch (requirement.kind()) {
				case REHABILITATION_ACTIVITY -> c.rarDays();
				case ACCREDITED_PROGRAMME -> c.sessions();
				case ATTENDANCE_CENTRE -> c.hours();
				default -> 0;
			};
			boolean treatment = requirement.kind().treatment();
			boolean drugs = requirement.kind() == RequirementKind.DRUG_REHABILITATION;
			result.put(requirement.id(),
					new Delivery(amount, treatment ? c.treatment() : 0, drugs ? c.negative() : 0,
							drugs ? c.positive() : 0, drugs ? c.notProvided() : 0, drugs ? c.reviews() : 0,
							drugs ? c.nextReview() : null));
		}
		return result;
	}

	/**
	 * A contact, or a note of its own, as given to the person: never a sensitive note.
	 */
	public record ForThePerson(java.time.LocalDateTime at, String what, @Nullable String outcome,
			@Nullable String notes) {
	}

	/**
	 * The person's contacts and notes for a copy of their record given to them (the
	 * caller has checked access): every contact with its outcome and its notes, and the
	 * notes of their own, oldest first; a sensitive note is left out whoever asks.
	 */
	@Transactional(readOnly = true)
	public List<ForThePerson> forThePerson(long personId) {
		List<Contact> contacts = repository.history(personId,
				new ContactRepository.Filter(null, null, false, null, false, ""), 0, 5000);
		Map<Long, CaseNote> contactNotes = notes.ofContacts(contacts.stream().map(Contact::id).toList(), false, "");
		List<ForThePerson> result = new java.util.ArrayList<>();
		for (Contact contact : contacts) {
			CaseNote note = contactNotes.get(contact.id());
			result.add(new ForThePerson(contact.start(), contact.type().label(),
					contact.outcome() == null ? null : contact.outcome().label()
							+ (contact.testResultText() == null ? "" : "; test result: " + contact.testResultText()),
					note == null || note.sensitive() ? null : note.text()));
		}
		for (CaseNote note : notes.ofTheirOwn(personId, null, false, "")) {
			if (!note.sensitive()) {
				result.add(new ForThePerson(LocalDateTime.ofInstant(note.writtenAt(), clock.getZone()),
						note.type().label(), null, note.text()));
			}
		}
		result.sort(java.util.Comparator.comparing(ForThePerson::at));
		return result;
	}

	/** Past appointments still without an outcome, of many cases at once. */
	@Transactional(readOnly = true)
	public List<Contact> awaitingOutcome(java.util.Collection<Long> personIds) {
		return personIds.isEmpty() ? List.of() : repository.awaitingOutcome(personIds, LocalDateTime.now(clock));
	}

	@Transactional(readOnly = true)
	public @Nullable NextContact nextContact(long personId) {
		ContactStandard.Standing standing = standingOf(personId, LocalDate.now(clock));
		return standing == null ? null
				: new NextContact(standing.nextDue(), standing.status(), standing.inductionDue());
	}

	/** Where the case stands against the contact standard today, if under supervision. */
	public ContactStandard.@Nullable Standing standingOf(long personId, LocalDate today) {
		CurrentSentence current = sentences.current(List.of(personId)).get(personId);
		if (current == null || current.kind() == SentenceKind.PRE_RELEASE) {
			return null;
		}
		boolean licence = current.kind() == SentenceKind.LICENCE
				|| current.kind() == SentenceKind.POST_SENTENCE_SUPERVISION;
		LocalDate last = repository.lastCountingContact(List.of(personId), LocalDateTime.now(clock)).get(personId);
		String tier = assessments.tierCodes(List.of(personId)).get(personId);
		Long provider = people.providersOf(List.of(personId)).get(personId);
		return ContactStandard.standing(standardFor(provider), tier, current.startDate(), licence, last, today);
	}

	private ContactStandard.Settings standardFor(@Nullable Long providerId) {
		return providerId == null ? ContactStandard.Settings.defaults()
				: standardSettings.current().getOrDefault(providerId, ContactStandard.Settings.defaults());
	}

	/** A case outside its contact standard. */
	public record OverdueCase(org.openprobation.people.PersonSummary person, @Nullable StaffMember officer,
			LocalDate due, ContactStandard.Status status, long daysSinceContact, boolean induction) {

		public String statusLabel() {
			return switch (status) {
				case LOST -> "Lost: 8 weeks or more";
				case AT_RISK -> "At risk: beyond twice the interval";
				default -> "Overdue";
			};
		}

	}

	public record OverdueList(int supervised, Map<ContactStandard.Status, Integer> counts, List<OverdueCase> cases,
			ContactStandard.@Nullable Status filter) {

		public OverdueList {
			counts = Map.copyOf(counts);
			cases = List.copyOf(cases);
		}

		public int count(String status) {
			return counts.getOrDefault(ContactStandard.Status.valueOf(status), 0);
		}

	}

	/** {@code crn} is null for a case hidden from the reader: the slot stays, unnamed. */
	public record DiaryEntry(Contact contact, @Nullable String crn, String personName) {
	}

	public record Diary(StaffMember officer, LocalDate from, LocalDate to, List<DiaryEntry> entries) {

		public Diary {
			entries = List.copyOf(entries);
		}

		public List<DiaryEntry> on(LocalDate day) {
			return entries.stream().filter(e -> e.contact().start().toLocalDate().equals(day)).toList();
		}

		public List<LocalDate> days() {
			return from.datesUntil(to.plusDays(1)).toList();
		}

	}

	/**
	 * The person's current requirements, by id, for booking an appointment against one.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Requirement> activeRequirements(long personId) {
		return bookings.activeRequirements(personId);
	}

	/**
	 * When management oversight of the case was recorded (oversight notes), newest first,
	 * with who recorded it: for the inspection's evidence, which reads no note's text.
	 */
	@Transactional(readOnly = true)
	public List<Map.Entry<java.time.Instant, String>> oversightRecorded(long personId) {
		return notes.oversightOf(personId);
	}

	/** The CRN of a person, for links. */
	@Transactional(readOnly = true)
	public String crnOf(long personId) {
		return people.crnOf(personId).value();
	}

	private PersonRecord readable(CurrentUser user, Crn crn, String purpose) {
		gate.read(user, crn, purpose);
		PersonRecord person = people.require(crn);
		return person;
	}

}
