package org.openprobation.interventions.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.RoshAssessment;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.interventions.Referral;
import org.openprobation.interventions.ReferralStatus;
import org.openprobation.interventions.Referrals;
import org.openprobation.interventions.Referrals.NewReferral;
import org.openprobation.interventions.Referrals.NewSession;
import org.openprobation.interventions.Service;
import org.openprobation.interventions.domain.ReferralRule;
import org.openprobation.interventions.persistence.ReferralRepository;
import org.openprobation.interventions.persistence.ServiceRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.TypedText;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals change: sent to a service (when the person is eligible), moved on through the
 * referral workflow (a concurrent change refused, never overwritten), and each session
 * booked as a contact in the person's record, so attendance counts towards the contact
 * standard and RAR days and an unacceptable absence is an enforceable failure.
 */
@org.springframework.stereotype.Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class ReferralChanges {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Referrals referrals;

	private final People people;

	private final Assessments assessments;

	private final Appointments appointments;

	private final ServiceRepository services;

	private final ReferralRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.interventions.Directory directory;

	ReferralChanges(Referrals referrals, People people, Assessments assessments, Appointments appointments,
			ServiceRepository services, ReferralRepository repository, AuditLog audit, Clock clock,
			org.openprobation.interventions.Directory directory) {
		this.directory = directory;
		this.referrals = referrals;
		this.people = people;
		this.assessments = assessments;
		this.appointments = appointments;
		this.services = services;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sends a referral, or refuses naming each problem; one live referral per service.
	 */
	public long refer(CurrentUser user, Crn crn, NewReferral request) {
		PersonRecord person = referrals.changeable(user, crn, "refer to an intervention");
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		Service chosen = request.serviceId() == null ? null : services.find(request.serviceId())
			.filter(s -> s.providerId() == person.providerId() || directory.refersToEveryProvider(person.providerId()))
			.orElse(null);
		if (chosen == null) {
			problems.add(new FieldProblem("serviceId", "Select a service from the provider's directory"));
		}
		else if (chosen.retired()) {
			problems.add(new FieldProblem("serviceId", chosen.name() + " has been retired: select another service"));
		}
		Service service = chosen == null || chosen.retired() ? null : chosen;
		if (service != null) {
			RoshAssessment rosh = assessments.latestRosh(List.of(person.id())).get(person.id());
			String ineligible = service.ineligibility(person.gender().name(),
					rosh == null ? null : rosh.overallLevel());
			if (ineligible != null) {
				problems.add(new FieldProblem("serviceId", ineligible));
			}
		}
		if (request.reason() == null || request.reason().isBlank()) {
			problems.add(new FieldProblem("reason", "Enter why the person is referred and what it should achieve"));
		}
		else if (request.reason().length() > 2000) {
			problems.add(new FieldProblem("reason", "Must be 2,000 characters or fewer"));
		}
		LocalDate sentOn = request.sentOn() == null ? today : request.sentOn();
		if (sentOn.isAfter(today)) {
			problems.add(new FieldProblem("sentOn", "The date sent cannot be in the future"));
		}
		else if (sentOn.isBefore(today.minusMonths(3))) {
			problems.add(new FieldProblem("sentOn", "The date sent must be within the last 3 months"));
		}
		Requirement requirement = null;
		if (request.requirementId() != null) {
			requirement = appointments.activeRequirements(person.id()).get(request.requirementId());
			if (requirement == null) {
				problems.add(new FieldProblem("requirementId", "Select one of the person's current requirements"));
			}
		}
		if (request.rar() && (requirement == null || requirement.kind() != RequirementKind.REHABILITATION_ACTIVITY)) {
			problems.add(new FieldProblem("rar",
					"Sessions count as RAR days only for the rehabilitation activity requirement"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = repository
			.insert(new ReferralRepository.NewReferral(service.id(), person.id(), request.requirementId(),
					request.rar(), request.reason().strip(), sentOn, user.username()))
			.orElseThrow(() -> new Conflict(person.name() + " already has a live referral to " + service.name()
					+ ". Withdraw it before referring again."));
		audit.record(user, "REFER", person.crn(), service.name() + ", sent " + sentOn);
		return id;
	}

	/** Moves a referral on; a concurrent change is refused, never overwritten. */
	public Referral move(CurrentUser user, long referralId, int version, @Nullable ReferralStatus to,
			@Nullable LocalDate on, @Nullable String reason, @Nullable String outcome) {
		Referrals.Opened opened = referrals.openForChange(user, referralId, "update a referral");
		Referral referral = opened.referral();
		Service service = opened.service();
		int attended = repository.sessionsAttended(List.of(referralId)).getOrDefault(referralId, 0);
		LocalDate today = LocalDate.now(clock);
		if (referral.version() != version) {
			throw new Conflict(changedMeanwhile(referral));
		}
		List<FieldProblem> problems = ReferralRule.problemsMoving(new ReferralRule.Current(referral.status(),
				referral.lastStepOn(), attended, service.sessions(), service.accredited()), to, on, today, reason,
				outcome);
		if (problems.isEmpty() && opened.received() && !Referrals.ANSWERS.contains(to)) {
			problems.add(new FieldProblem("status", "Your provider answers the referral, accepting or rejecting it; "
					+ "the person's officer records the rest"));
		}
		else if (problems.isEmpty() && !opened.received() && opened.acrossProviders()
				&& Referrals.ANSWERS.contains(to)) {
			problems.add(new FieldProblem("status", opened.serviceProvider()
					+ " answers this referral, as the service is theirs: their answer shows here when they record it"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!repository.move(referralId, version, referral.status(), to, on,
				TypedText.stripped(to.needsReason() ? reason : null),
				TypedText.stripped(to.needsOutcome() ? outcome : null), user.username())) {
			throw new Conflict(changedMeanwhile(referrals.find(referralId)));
		}
		if (!to.live()) {
			cancelFutureSessions(user, referralId);
		}
		audit.record(user, "REFERRAL_" + to.name(), opened.crn().value(),
				service.name() + " on " + on + (opened.received() ? ", answered by the receiving provider" : ""));
		return referrals.find(referralId);
	}

	private String changedMeanwhile(Referral now) {
		return "The referral changed while you were looking at it (it is now "
				+ now.status().label().toLowerCase(java.util.Locale.ROOT)
				+ "). Nothing was saved; check it and try again.";
	}

	private void cancelFutureSessions(CurrentUser user, long referralId) {
		LocalDateTime now = LocalDateTime.now(clock);
		for (Long contactId : repository.sessionContactIds(referralId)) {
			appointments.find(contactId)
				.filter(c -> c.outcome() == null && c.start().isAfter(now))
				.ifPresent(c -> appointments.recordOutcome(user, c.id(), Outcome.CANCELLED_BY_SERVICE, null, null));
		}
	}

	/**
	 * Books a session of a started referral in the person's record, with its attendance
	 * when it has happened.
	 */
	public Contact recordSession(CurrentUser user, long referralId, NewSession session) {
		Referral referral = referrals.find(referralId);
		Crn crn = people.crnOf(referral.personId());
		referrals.changeable(user, crn, "record a session");
		if (referral.status() != ReferralStatus.STARTED) {
			throw new Conflict("Sessions are recorded once the referral has started (it is "
					+ referral.status().label().toLowerCase(java.util.Locale.ROOT) + ").");
		}
		Service service = services.find(referral.serviceId()).orElseThrow();
		if (session.start() != null && referral.startedOn() != null
				&& session.start().toLocalDate().isBefore(referral.startedOn())) {
			throw new BadRequest(List.of(new FieldProblem("start",
					"A session cannot be before the referral started, on " + referral.startedOn().format(DAY))));
		}
		if (session.outcome() != null && session.start() != null && session.start().isAfter(LocalDateTime.now(clock))
				&& !session.outcome().freesTheSlot()) {
			throw new BadRequest(List.of(new FieldProblem("outcome",
					"The session has not happened yet: leave attendance blank and record it afterwards")));
		}
		long contactId = appointments.bookWithoutOfficer(user, crn,
				new Appointments.NewAppointment(ContactType.INTERVENTION_SESSION, session.start(), session.end(), null,
						service.name(), referral.requirementId(), referral.rar(),
						"Session of " + service.name() + " (referral " + referral.id() + ")",
						session.overrideReason()));
		repository.linkSession(referralId, contactId);
		if (session.outcome() != null) {
			return appointments.recordOutcome(user, contactId, session.outcome(), session.reason(), session.evidence());
		}
		return appointments.find(contactId).orElseThrow();
	}

}
