package org.openprobation.contacts;

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
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.contacts.domain.ContactStandard;
import org.openprobation.contacts.domain.RarCount;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
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

	/** Booking further back than this needs a reason (the record is being caught up). */
	static final int DAYS_BACK_WITHOUT_REASON = 7;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Organisation organisation;

	private final ContactRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.contacts.persistence.StandardSettingRepository standardSettings;

	private final Reminders reminders;

	Appointments(People people, Sentences sentences, Assessments assessments, Organisation organisation,
			ContactRepository repository, CaseGate gate, AuditLog audit, Clock clock, Reminders reminders,
			org.openprobation.contacts.persistence.StandardSettingRepository standardSettings) {
		this.reminders = reminders;
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
	}

	/** The booking clashes with another: the API answers 409 naming it. */
	public static class Clash extends Conflict {

		private final Contact clashing;

		Clash(String message, Contact clashing) {
			super(message);
			this.clashing = clashing;
		}

		public Contact clashing() {
			return clashing;
		}

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
			if (request.start().isBefore(now.minusDays(DAYS_BACK_WITHOUT_REASON)) && blank(request.overrideReason())) {
				problems.add(new FieldProblem("overrideReason",
						"An appointment more than a week in the past needs a reason (why it is being recorded late)"));
			}
			if (request.start().isAfter(now.plusYears(2))) {
				problems.add(new FieldProblem("start", "The start must be within the next two years"));
			}
		}
		StaffMember officer = officerAttends ? officer(person, request.officerCode(), problems) : null;
		Requirement requirement = null;
		if (request.requirementId() != null) {
			requirement = activeRequirements(person.id()).get(request.requirementId());
			if (requirement == null) {
				problems.add(new FieldProblem("requirementId", "Select one of the person's current requirements"));
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
			if (clash.isPresent() && blank(request.overrideReason())) {
				Contact other = clash.get();
				String whose = other.personId() == person.id() ? person.name() + " already has"
						: "The officer already has";
				String what = other.type().label().toLowerCase(java.util.Locale.ROOT);
				throw new Clash(whose + ("aeiou".indexOf(what.charAt(0)) >= 0 ? " an " : " a ") + what + " on "
						+ other.start().format(WHEN) + " (appointment " + other.id()
						+ "). Choose another time, or give a reason to book it anyway.", other);
			}
		}
		long id = repository.insert(new ContactRepository.NewContact(person.id(), officer == null ? null : officer.id(),
				request.type(), request.start(), request.end(), strip(request.location()), request.requirementId(),
				request.rar(), strip(request.purpose()), strip(request.overrideReason()), user.username()));
		if (request.type().needsThePerson()) {
			reminders.remind(person, id, request.type(), request.start(), strip(request.location()));
		}
		audit.record(user, "BOOK_APPOINTMENT", person.crn(),
				request.type().label() + " on " + request.start().format(WHEN)
						+ (blank(request.overrideReason()) ? "" : "; override: " + request.overrideReason().strip()));
		return id;
	}

	/**
	 * Records what happened; once only (a second attempt, or a concurrent one, is
	 * refused).
	 */
	public Contact recordOutcome(CurrentUser user, long contactId, @Nullable Outcome outcome, @Nullable String reason,
			@Nullable String evidence) {
		Contact contact = repository.find(contactId).orElseThrow(() -> new NotFound("There is no such appointment."));
		return recordOutcome(user, contact, changeable(user, people.crnOf(contact.personId()), "record an outcome"),
				outcome, reason, evidence);
	}

	/**
	 * Records an outcome for a case another module has opened through the gate (the
	 * unpaid-work register); once only, as for any outcome.
	 */
	public Contact recordOutcomeChecked(CheckedCase checked, long contactId, @Nullable Outcome outcome,
			@Nullable String reason, @Nullable String evidence) {
		Contact contact = repository.find(contactId)
			.filter(c -> c.personId() == checked.personId())
			.orElseThrow(() -> new NotFound("There is no such appointment."));
		PersonRecord person = people.find(checked.crn()).orElseThrow();
		return recordOutcome(checked.user(), contact, person, outcome, reason, evidence);
	}

	/**
	 * The service cancelled the appointment (an unpaid work session called off): recorded
	 * for whoever is booked, without opening their case, since nothing about them is read
	 * or shown and the person must not be left expecting the session.
	 */
	public void cancelledByService(CurrentUser user, long contactId) {
		Contact contact = repository.find(contactId).orElseThrow(() -> new NotFound("There is no such appointment."));
		PersonRecord person = people.find(people.crnOf(contact.personId())).orElseThrow();
		recordOutcome(user, contact, person, Outcome.CANCELLED_BY_SERVICE, null, null);
	}

	private Contact recordOutcome(CurrentUser user, Contact contact, PersonRecord person, @Nullable Outcome outcome,
			@Nullable String reason, @Nullable String evidence) {
		long contactId = contact.id();
		List<FieldProblem> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(new FieldProblem("outcome", "Select what happened"));
		}
		else {
			if (outcome.needsReasonAndEvidence() && blank(reason)) {
				problems.add(new FieldProblem("reason", "Give the reason the absence was acceptable"));
			}
			if (outcome.needsReasonAndEvidence() && blank(evidence)) {
				problems.add(new FieldProblem("evidence", "Say what evidence was seen, for example a doctor's note"));
			}
			if (!outcome.freesTheSlot() && contact.start().isAfter(LocalDateTime.now(clock))) {
				problems.add(new FieldProblem("outcome",
						"The appointment has not happened yet: it can only be rescheduled or cancelled"));
			}
		}
		for (String[] text : new String[][] { { "reason", reason }, { "evidence", evidence } }) {
			if (text[1] != null && text[1].length() > 2000) {
				problems.add(new FieldProblem(text[0], "Must be 2,000 characters or fewer"));
			}
		}
		if (contact.outcome() != null) {
			throw new Conflict("The outcome was already recorded (" + contact.outcome().label() + ", by "
					+ contact.outcomeRecordedBy() + "). Nothing was changed.");
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!repository.recordOutcome(contactId, outcome, strip(reason), strip(evidence), user.username())) {
			Contact now = repository.find(contactId).orElseThrow();
			throw new Conflict("Someone else recorded the outcome meanwhile (" + now.outcome().label() + ", by "
					+ now.outcomeRecordedBy() + "). Nothing was changed.");
		}
		if (outcome.freesTheSlot()) {
			reminders.cancel(contactId);
		}
		audit.record(user, "RECORD_OUTCOME", person.crn(),
				contact.type().label() + " on " + contact.start().format(WHEN) + ": " + outcome.label());
		return repository.find(contactId).orElseThrow();
	}

	public record History(PersonRecord person, List<Contact> contacts, long total, int page, int pageSize,
			Map<Long, StaffMember> officers) {

		public History {
			contacts = List.copyOf(contacts);
			officers = Map.copyOf(officers);
		}

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

		public @Nullable StaffMember officer(@Nullable Long staffId) {
			return staffId == null ? null : officers.get(staffId);
		}

	}

	public History history(CurrentUser user, Crn crn, ContactRepository.Filter filter, int page, int pageSize) {
		PersonRecord person = readable(user, crn, "contact history");
		List<Contact> contacts = repository.history(person.id(), filter, (page - 1) * pageSize, pageSize);
		long total = repository.countHistory(person.id(), filter);
		audit.record(user, "VIEW_CONTACTS", person.crn(), "page " + page);
		return new History(person, contacts, total, page, pageSize, organisation
			.staffByIds(contacts.stream().map(Contact::staffId).filter(java.util.Objects::nonNull).toList()));
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
					rar = RarCount.progress(repository.rarDays(requirement.id()), requirement.amountOrdered(), today,
							requirement.endDate());
				}
			}
		}
		audit.record(user, "VIEW_COMPLIANCE", person.crn(), "compliance summary");
		// warnings and breaches are recorded by the enforcement module, which is not
		// built
		// yet: until it is, none are counted and no breach is flagged
		return new Compliance(person.crn(), failures.size(), 0, false, standing, rar);
	}

	/** The next contact a case needs, for the case page. */
	public record NextContact(LocalDate due, String status, boolean induction) {

		public boolean overdue() {
			return !"ON_TRACK".equals(status);
		}

		public String statusLabel() {
			return switch (status) {
				case "OVERDUE" -> "Overdue";
				case "AT_RISK" -> "Overdue: flagged to the team manager";
				case "LOST" -> "Not seen for 8 weeks: escalated to the area manager";
				default -> "On track";
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
			result.put(id, new NextContact(standing.nextDue(), standing.status().name(), standing.inductionDue()));
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
				RarCount.Progress progress = RarCount.progress(used.getOrDefault(requirement.id(), 0),
						requirement.amountOrdered(), today, requirement.endDate());
				if (progress.atRisk()) {
					result.add(new RarAtRisk(personId, requirement, progress.daysUsed(), progress.daysOrdered(),
							progress.daysRemaining()));
				}
			}
		});
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
				: new NextContact(standing.nextDue(), standing.status().name(), standing.inductionDue());
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

	/**
	 * Every case of the user's provider (a senior probation officer: their team) that is
	 * outside its contact standard, lost cases first.
	 */
	public OverdueList overdue(CurrentUser user, ContactStandard.@Nullable Status filter, int limit) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Only managers see the overdue list.");
		}
		LocalDate today = LocalDate.now(clock);
		List<Long> ids = people.allIds(user.providerScope());
		Map<Long, CurrentSentence> current = sentences.current(ids);
		Map<Long, String> tiers = assessments.tierCodes(ids);
		Map<Long, LocalDate> last = repository.lastCountingContactOfAll(LocalDateTime.now(clock));
		Map<Long, ContactStandard.Settings> configured = standardSettings.current();
		Map<Long, Long> providers = user.providerScope() == null ? people.providersOf(ids) : Map.of();
		Map<ContactStandard.Status, Integer> counts = new java.util.EnumMap<>(ContactStandard.Status.class);
		record Found(long personId, ContactStandard.Standing standing) {
		}
		List<Found> found = new ArrayList<>();
		int supervised = 0;
		for (Long id : ids) {
			CurrentSentence sentence = current.get(id);
			if (sentence == null || sentence.kind() == SentenceKind.PRE_RELEASE) {
				continue;
			}
			supervised++;
			boolean licence = sentence.kind() == SentenceKind.LICENCE
					|| sentence.kind() == SentenceKind.POST_SENTENCE_SUPERVISION;
			Long provider = user.providerScope() != null ? user.providerScope() : providers.get(id);
			ContactStandard.Standing standing = ContactStandard.standing(
					configured.getOrDefault(provider, ContactStandard.Settings.defaults()), tiers.get(id),
					sentence.startDate(), licence, last.get(id), today);
			if (standing.overdue()) {
				found.add(new Found(id, standing));
			}
		}
		Map<Long, org.openprobation.people.PersonSummary> persons = people
			.byIds(found.stream().map(Found::personId).toList());
		Long team = user.has(Role.SPO) && !user.hasAny(Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN) ? user.teamId()
				: null;
		Map<Long, StaffMember> officers = organisation.staffByIds(persons.values()
			.stream()
			.map(org.openprobation.people.PersonSummary::officerStaffId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		List<OverdueCase> cases = new ArrayList<>();
		for (Found f : found) {
			org.openprobation.people.PersonSummary person = persons.get(f.personId());
			if (person == null) {
				continue;
			}
			StaffMember officer = person.officerStaffId() == null ? null : officers.get(person.officerStaffId());
			if (team != null && (officer == null || !team.equals(officer.teamId()))) {
				continue;
			}
			counts.merge(f.standing().status(), 1, Integer::sum);
			if (filter == null || f.standing().status() == filter) {
				cases.add(new OverdueCase(person, officer, f.standing().nextDue(), f.standing().status(),
						f.standing().daysSinceContact(), f.standing().inductionDue()));
			}
		}
		cases.sort(java.util.Comparator.comparing((OverdueCase c) -> -c.status().ordinal())
			.thenComparing(c -> -c.daysSinceContact())
			.thenComparing(c -> c.person().crn()));
		audit.record(user, "VIEW_OVERDUE_LIST", null, (filter == null ? "all" : filter.name()) + ": " + cases.size());
		return new OverdueList(supervised, counts, cases.size() > limit ? cases.subList(0, limit) : cases, filter);
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
	 * An officer's diary for a day or a week: the officer, their manager or managers
	 * above.
	 */
	@Transactional(readOnly = false)
	public Diary diary(CurrentUser user, StaffMember officer, LocalDate from, LocalDate to) {
		boolean own = officer.id() == (user.staffId() == null ? -1 : user.staffId());
		boolean team = user.has(Role.SPO) && java.util.Objects.equals(user.teamId(), officer.teamId());
		boolean provider = user.hasAny(Role.AREA_MANAGER, Role.QUALITY)
				&& java.util.Objects.equals(user.providerId(), officer.providerId());
		if (!own && !team && !provider && !user.readsEveryProvider()) {
			throw new AccessDeniedException("You can see your own diary and, as a manager, your team's.");
		}
		List<Contact> contacts = repository.diary(officer.id(), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
		var persons = people.byIds(contacts.stream().map(Contact::personId).distinct().toList());
		audit.record(user, "VIEW_DIARY", null, officer.code() + " " + from + " to " + to);
		return new Diary(officer, from, to,
				contacts.stream()
					.filter(c -> persons.containsKey(c.personId()))
					.map(c -> new DiaryEntry(c, persons.get(c.personId()).crn(), persons.get(c.personId()).name()))
					.toList());
	}

	/** The person's current requirements, by id, for booking against. */
	@Transactional(readOnly = true)
	public Map<Long, Requirement> activeRequirements(long personId) {
		Map<Long, Requirement> result = new java.util.LinkedHashMap<>();
		for (Sentence sentence : sentences.of(personId)) {
			if (sentence.active()) {
				sentence.requirements()
					.stream()
					.filter(r -> "ACTIVE".equals(r.status()))
					.forEach(r -> result.put(r.id(), r));
			}
		}
		return result;
	}

	public PersonRecord personForBooking(CurrentUser user, Crn crn) {
		PersonRecord person = changeable(user, crn, "book an appointment");
		audit.record(user, org.openprobation.access.AuditLog.VIEW_CASE, person.crn(), "page: book an appointment");
		return person;
	}

	/**
	 * An appointment shown for its outcome to be recorded: a read of the case, audited.
	 */
	public Contact contactForOutcome(CurrentUser user, long id) {
		Contact contact = checkMayRecordOutcome(user, id);
		audit.record(user, org.openprobation.access.AuditLog.VIEW_CASE, people.crnOf(contact.personId()).value(),
				"page: record an outcome of appointment " + id);
		return contact;
	}

	/**
	 * The appointment, refused (audited) unless the user may change its case; for a form
	 * or the API to ask before it reads the request.
	 */
	public Contact checkMayRecordOutcome(CurrentUser user, long id) {
		Contact contact = repository.find(id).orElseThrow(() -> new NotFound("There is no such appointment."));
		changeable(user, people.crnOf(contact.personId()), "record an outcome");
		return contact;
	}

	public Contact contact(CurrentUser user, long id) {
		Contact contact = repository.find(id).orElseThrow(() -> new NotFound("There is no such appointment."));
		readable(user, people.crnOf(contact.personId()), "appointment");
		return contact;
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

	/** The CRN of a person, for links. */
	@Transactional(readOnly = true)
	public String crnOf(long personId) {
		return people.crnOf(personId).value();
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		PersonRecord person = people.require(crn);
		return person;
	}

	private PersonRecord readable(CurrentUser user, Crn crn, String purpose) {
		gate.read(user, crn, purpose);
		PersonRecord person = people.require(crn);
		return person;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String strip(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

}
