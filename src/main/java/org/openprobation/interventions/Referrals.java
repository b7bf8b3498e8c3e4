package org.openprobation.interventions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.interventions.Directory;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.RoshAssessment;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.Outcome;
import org.openprobation.interventions.persistence.ReferralRepository;
import org.openprobation.interventions.persistence.ServiceRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.Requirement;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.WorkingDayCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals from a case to a service in the directory as others read them: a referral
 * with its sessions, a case's referrals, a service's waiting list and the choices open to
 * a person. Sending and moving a referral on, and recording its sessions, are
 * {@code application.ReferralChanges}.
 */
@org.springframework.stereotype.Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class Referrals {

	/** Working days a service has to answer a referral before the officer chases it. */
	public static final int RESPONSE_WORKING_DAYS = 5;

	private final People people;

	private final Assessments assessments;

	private final Appointments appointments;

	private final ServiceRepository services;

	private final ReferralRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final Directory directory;

	Referrals(People people, Assessments assessments, Appointments appointments, ServiceRepository services,
			ReferralRepository repository, CaseGate gate, AuditLog audit, Clock clock, Directory directory) {
		this.directory = directory;
		this.people = people;
		this.assessments = assessments;
		this.appointments = appointments;
		this.services = services;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/** A referral as asked for; the date sent defaults to today. */
	public record NewReferral(@Nullable Long serviceId, @Nullable String reason, @Nullable Long requirementId,
			boolean rar, @Nullable LocalDate sentOn) {
	}

	/** A session of a referral, as asked for; a past one may carry its attendance. */
	public record NewSession(@Nullable LocalDateTime start, @Nullable LocalDateTime end, @Nullable Outcome outcome,
			@Nullable String reason, @Nullable String evidence, @Nullable String overrideReason) {
	}

	/**
	 * A referral with its service, person, sessions and the steps open to the user.
	 * {@code received} when the user reads it as the provider it was sent to, who sees
	 * the referral, the person's name and risk of serious harm, and none of the rest of
	 * the case; {@code otherProvider} names the provider on the other side of a referral
	 * across providers.
	 */
	public record ReferralView(Referral referral, Service service, PersonSummary person, List<Contact> sessions,
			int sessionsAttended, List<ReferralStatus> next, boolean mayChange, boolean received,
			@Nullable String otherProvider, @Nullable String riskOfSeriousHarm) {

		public ReferralView {
			sessions = List.copyOf(sessions);
			next = List.copyOf(next);
		}

	}

	/** The steps a provider receiving a referral from another takes: its answer. */
	public static final java.util.Set<ReferralStatus> ANSWERS = EnumSet.of(ReferralStatus.ACCEPTED,
			ReferralStatus.REJECTED);

	/**
	 * A referral opened for a change: {@code received} when the user answers it for the
	 * provider it was sent to, {@code acrossProviders} when the service is another
	 * provider's than the case's.
	 */
	public record Opened(Referral referral, Service service, Crn crn, boolean received, boolean acrossProviders,
			String serviceProvider) {
	}

	public ReferralView referral(CurrentUser user, long referralId) {
		Referral referral = find(referralId);
		Service service = services.find(referral.serviceId()).orElseThrow();
		Crn crn = people.crnOf(referral.personId());
		if (receivedBy(user, crn, service)) {
			gate.openReferralReceived(user, referral.personId(), service.providerId(), "referral");
			PersonRecord person = people.require(crn);
			audit.record(user, "VIEW_REFERRAL", crn.value(),
					"referral " + referralId + ", received from another provider");
			RoshAssessment rosh = assessments.latestRosh(List.of(person.id())).get(person.id());
			int attended = repository.sessionsAttended(List.of(referralId)).getOrDefault(referralId, 0);
			return new ReferralView(referral, service, people.byIds(List.of(person.id())).get(person.id()), List.of(),
					attended, referral.status() == ReferralStatus.SENT ? List.copyOf(ANSWERS) : List.of(), false, true,
					providerName(person.providerId()), rosh == null ? "Not assessed"
							: rosh.overallLevel().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		}
		PersonRecord person = readable(user, crn, "referral");
		audit.record(user, "VIEW_REFERRAL", person.crn(), "referral " + referralId);
		return view(user, referral, service, person);
	}

	/**
	 * Opens a referral for a change, by the case's holder or, for a referral across
	 * providers, by the provider it was sent to (each refusal audited).
	 */
	public Opened openForChange(CurrentUser user, long referralId, String purpose) {
		Referral referral = find(referralId);
		Service service = services.find(referral.serviceId()).orElseThrow();
		Crn crn = people.crnOf(referral.personId());
		if (receivedBy(user, crn, service)) {
			gate.openReferralReceived(user, referral.personId(), service.providerId(), purpose);
			return new Opened(referral, service, crn, true, true, providerName(service.providerId()));
		}
		PersonRecord person = changeable(user, crn, purpose);
		return new Opened(referral, service, crn, false, person.providerId() != service.providerId(),
				providerName(service.providerId()));
	}

	/**
	 * The user is of the provider the referral was sent to and cannot read the case
	 * itself: they see it as its receiver. Nothing is audited here; the gate decides.
	 */
	private boolean receivedBy(CurrentUser user, Crn crn, Service service) {
		return user.providerId() != null && user.providerId() == service.providerId()
				&& gate.readable(user, crn).isEmpty();
	}

	private String providerName(long providerId) {
		return directory.providers().getOrDefault(providerId, "another provider");
	}

	private ReferralView view(CurrentUser user, Referral referral, Service service, PersonRecord person) {
		List<Contact> sessions = appointments.findAll(repository.sessionContactIds(referral.id()));
		int attended = (int) sessions.stream().filter(c -> c.outcome() != null && c.outcome().attended()).count();
		boolean mayChange = gate.decision(user, people.ownerOf(person), CaseUse.CHANGE).isGranted();
		boolean across = service.providerId() != person.providerId();
		List<ReferralStatus> next = new ArrayList<>(referral.status().next());
		if (across) {
			next.removeAll(ANSWERS);
		}
		return new ReferralView(referral, service, people.byIds(List.of(person.id())).get(person.id()), sessions,
				attended, mayChange ? next : List.of(), mayChange, false,
				across ? providerName(service.providerId()) : null, null);
	}

	/** A case's referrals, newest first, with their services and sessions attended. */
	public record CaseReferrals(PersonRecord person, List<Referral> referrals, Map<Long, Service> services,
			Map<Long, Integer> attended, boolean mayRefer) {

		public CaseReferrals {
			referrals = List.copyOf(referrals);
			services = Map.copyOf(services);
			attended = Map.copyOf(attended);
		}

		public Service service(Referral referral) {
			return services.get(referral.serviceId());
		}

		public int attended(Referral referral) {
			return attended.getOrDefault(referral.id(), 0);
		}

	}

	public CaseReferrals ofCase(CurrentUser user, Crn crn) {
		PersonRecord person = readable(user, crn, "referrals");
		List<Referral> referrals = repository.ofPerson(person.id());
		Map<Long, Service> byId = services.findAll(referrals.stream().map(Referral::serviceId).distinct().toList());
		audit.record(user, "VIEW_REFERRALS", person.crn(), referrals.size() + " referrals");
		return new CaseReferrals(person, referrals, byId,
				repository.sessionsAttended(referrals.stream().map(Referral::id).toList()),
				gate.decision(user, people.ownerOf(person), CaseUse.CHANGE).isGranted());
	}

	/** The person, for the referral form (the caller may change the case). */
	public PersonRecord personForReferral(CurrentUser user, Crn crn) {
		PersonRecord person = changeable(user, crn, "refer to an intervention");
		audit.record(user, org.openprobation.access.AuditLog.VIEW_CASE, person.crn(), "page: refer to an intervention");
		return person;
	}

	/**
	 * The services the person may be referred to that cover their borough (or all of them
	 * when the borough is unknown), each with why the person is ineligible if they are:
	 * their provider's, or for a case the NPS holds every provider's rate card, each
	 * other provider's service naming its provider.
	 */
	public record Choice(Service service, @Nullable String ineligibility, boolean local,
			@Nullable String otherProvider) {
	}

	@Transactional(readOnly = true)
	public List<Choice> choicesFor(PersonRecord person) {
		Long borough = person.mainAddress().map(PersonRecord.Address::boroughId).orElse(null);
		RoshAssessment rosh = assessments.latestRosh(List.of(person.id())).get(person.id());
		Long scope = directory.refersToEveryProvider(person.providerId()) ? null : person.providerId();
		List<Service> local = services.search(scope, null, borough);
		java.util.Set<Long> localIds = local.stream().map(Service::id).collect(Collectors.toSet());
		Map<Long, String> providers = scope == null ? directory.providers() : Map.of();
		List<Choice> choices = new ArrayList<>();
		for (Service s : borough == null ? local : services.search(scope, null, null)) {
			choices
				.add(new Choice(s, s.ineligibility(person.gender().name(), rosh == null ? null : rosh.overallLevel()),
						localIds.contains(s.id()), s.providerId() == person.providerId() ? null
								: providers.getOrDefault(s.providerId(), "another provider")));
		}
		choices.sort(java.util.Comparator.comparing((Choice c) -> !c.local())
			.thenComparing(c -> c.otherProvider() != null)
			.thenComparing(c -> c.service().need().ordinal())
			.thenComparing(c -> c.service().waitingWeeks()));
		return choices;
	}

	/** The person's current requirements, for a referral to count towards. */
	@Transactional(readOnly = true)
	public Collection<Requirement> requirementsOf(PersonRecord person) {
		return appointments.activeRequirements(person.id()).values();
	}

	/** Referrals sent and not yet answered, of many cases, with when an answer is due. */
	public record AwaitingResponse(Referral referral, String serviceName, LocalDate responseDue) {
	}

	@Transactional(readOnly = true)
	public Map<Long, List<AwaitingResponse>> awaitingResponse(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		List<Referral> sent = repository.ofPeople(personIds, EnumSet.of(ReferralStatus.SENT));
		Map<Long, Service> named = services.findAll(sent.stream().map(Referral::serviceId).distinct().toList());
		Map<Long, String> names = new java.util.HashMap<>();
		named.forEach((id, service) -> names.put(id, service.name()));
		return sent.stream()
			.map(r -> new AwaitingResponse(r, names.getOrDefault(r.serviceId(), "A service"),
					WorkingDayCalendar.plusWorkingDays(r.sentOn(), RESPONSE_WORKING_DAYS)))
			.collect(Collectors.groupingBy(a -> a.referral().personId()));
	}

	/** A service's page: its figures, waiting list and referrals awaiting a response. */
	public record ServicePage(Service service, ServiceFigures figures, List<Listed> waiting, List<Listed> awaiting,
			List<Listed> started) {

		public ServicePage {
			waiting = List.copyOf(waiting);
			awaiting = List.copyOf(awaiting);
			started = List.copyOf(started);
		}

	}

	public record Listed(Referral referral, PersonSummary person, long weeksWaiting) {
	}

	public ServicePage service(CurrentUser user, long serviceId) {
		Service service = services.find(serviceId)
			.filter(s -> directory.searchesEveryProvider(user)
					|| java.util.Objects.equals(user.providerId(), s.providerId()))
			.orElseThrow(() -> new NotFound("There is no such service in your provider's directory."));
		if (!user.hasAny(Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Only probation staff see a service's referrals.");
		}
		LocalDate today = LocalDate.now(clock);
		ServiceFigures figures = repository.figures(List.of(serviceId), today)
			.getOrDefault(serviceId, ServiceFigures.none(serviceId));
		audit.record(user, "VIEW_SERVICE_REFERRALS", null, service.name());
		return new ServicePage(service, figures, listed(serviceId, ReferralStatus.ACCEPTED, today),
				listed(serviceId, ReferralStatus.SENT, today), listed(serviceId, ReferralStatus.STARTED, today));
	}

	private List<Listed> listed(long serviceId, ReferralStatus status, LocalDate today) {
		List<Referral> referrals = repository.ofService(serviceId, EnumSet.of(status), 200);
		Map<Long, PersonSummary> persons = people.byIds(referrals.stream().map(Referral::personId).toList());
		return referrals.stream()
			.filter(r -> persons.containsKey(r.personId()))
			.map(r -> new Listed(r, persons.get(r.personId()), java.time.temporal.ChronoUnit.WEEKS
				.between(r.acceptedOn() != null && status != ReferralStatus.SENT ? r.acceptedOn() : r.sentOn(), today)))
			.toList();
	}

	/** Figures for many services, for the directory. */
	@Transactional(readOnly = true)
	public Map<Long, ServiceFigures> figures(Collection<Long> serviceIds) {
		return repository.figures(serviceIds, LocalDate.now(clock));
	}

	/**
	 * Refuses (audited) unless the user may change the referral's case: asked before what
	 * is wrong with a form is.
	 */
	public void checkMayChange(CurrentUser user, long referralId) {
		openForChange(user, referralId, "update a referral");
	}

	/**
	 * Refuses (audited) unless the user may change the referral's case, where its
	 * sessions are recorded: the provider it was sent to answers it but records no
	 * sessions.
	 */
	public void checkMayRecordSessions(CurrentUser user, long referralId) {
		changeable(user, people.crnOf(find(referralId).personId()), "record a session");
	}

	/** The referral, or not found; for the use cases, which check the case first. */
	public Referral find(long referralId) {
		return repository.find(referralId).orElseThrow(() -> new NotFound("There is no such referral."));
	}

	/** Opens the case for a change (audited refusal) and answers its record. */
	public PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		PersonRecord person = people.require(crn);
		return person;
	}

	private PersonRecord readable(CurrentUser user, Crn crn, String purpose) {
		gate.read(user, crn, purpose);
		PersonRecord person = people.require(crn);
		return person;
	}

}
