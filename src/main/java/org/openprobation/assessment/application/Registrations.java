package org.openprobation.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.assessment.persistence.AssessmentRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and ending registrations on a case: only those who may change the case, checked
 * on the server; the tier is recomputed and the change audited in the same transaction.
 */
@Service
public class Registrations {

	private final CaseGate gate;

	private final People people;

	private final AssessmentRepository repository;

	private final Assessments assessments;

	private final AuditLog audit;

	private final Clock clock;

	private final SafeguardingChecks safeguarding;

	Registrations(CaseGate gate, People people, AssessmentRepository repository, Assessments assessments,
			AuditLog audit, Clock clock, SafeguardingChecks safeguarding) {
		this.gate = gate;
		this.people = people;
		this.repository = repository;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
		this.safeguarding = safeguarding;
	}

	/** What was entered to add a registration, before it is checked. */
	public record NewRegistration(@Nullable RegistrationType type, @Nullable Integer mappaCategory,
			@Nullable Integer mappaLevel, @Nullable LocalDate startDate, @Nullable LocalDate nextReviewDate) {
	}

	/**
	 * The problems with what was entered, each naming its field; empty when it can be
	 * saved.
	 */
	public List<FieldProblem> check(NewRegistration entered) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		if (entered.type() == null) {
			problems.add(new FieldProblem("type", "Select the type of registration"));
		}
		else if (entered.type() == RegistrationType.MAPPA) {
			if (entered.mappaCategory() == null) {
				problems.add(new FieldProblem("mappaCategory", "Select the MAPPA category"));
			}
			if (entered.mappaLevel() == null) {
				problems.add(new FieldProblem("mappaLevel", "Select the MAPPA level"));
			}
		}
		if (entered.startDate() != null && entered.startDate().isAfter(today)) {
			problems.add(new FieldProblem("startDate", "The start date must be today or in the past"));
		}
		if (entered.nextReviewDate() != null) {
			if (entered.startDate() != null && !entered.nextReviewDate().isAfter(entered.startDate())) {
				problems.add(new FieldProblem("nextReviewDate", "The next review date must be after the start date"));
			}
			else if (entered.nextReviewDate().isAfter(today.plusYears(1))) {
				problems.add(new FieldProblem("nextReviewDate", "The next review must be within a year"));
			}
		}
		return problems;
	}

	@Transactional
	public Registration add(CurrentUser user, Crn crn, NewRegistration entered) {
		PersonRecord person = changeable(user, crn);
		List<FieldProblem> problems = check(entered);
		if (entered.startDate() == null || entered.nextReviewDate() == null || !problems.isEmpty()) {
			throw new BadRequest(
					problems.isEmpty() ? List.of(new FieldProblem("startDate", "Enter the dates")) : problems);
		}
		long id = repository.insertRegistration(person.id(), entered.type(), entered.mappaCategory(),
				entered.mappaLevel(), entered.startDate(), entered.nextReviewDate(), user.username());
		assessments.recomputeTier(person.id(), "Registration added: " + entered.type().label());
		Registration added = new Registration(id, entered.type(), entered.mappaCategory(), entered.mappaLevel(),
				entered.startDate(), entered.nextReviewDate(), user.username());
		audit.record(user, "ADD_REGISTRATION", crn.value(),
				added.label() + " from " + entered.startDate() + ", review by " + entered.nextReviewDate());
		// A child or domestic abuse indicator sends the safeguarding checks it calls for,
		// in this transaction.
		String localAuthority = person.mainAddress()
			.map(PersonRecord.Address::boroughName)
			.orElse("the local authority where the children live");
		for (SafeguardingCheck.Kind kind : safeguarding.requestFor(person.id(), entered.type(), localAuthority,
				user.username())) {
			audit.record(user, "SAFEGUARDING_REQUEST_SENT", crn.value(), kind.label() + " after " + added.label());
		}
		return added;
	}

	/** Ends a registration; false when it was not active on this case. */
	@Transactional
	public boolean end(CurrentUser user, Crn crn, long registrationId, String reason) {
		PersonRecord person = changeable(user, crn);
		boolean ended = repository.endRegistration(person.id(), registrationId, LocalDate.now(clock), reason);
		if (ended) {
			assessments.recomputeTier(person.id(), "Registration ended: " + reason);
			audit.record(user, "END_REGISTRATION", crn.value(), "Registration " + registrationId + " ended: " + reason);
		}
		return ended;
	}

	/**
	 * Reviews an active registration: the decision (why it stays) and the next review
	 * date, which moves; the registration does not end. False when it is not active on
	 * this case.
	 */
	@Transactional
	public boolean review(CurrentUser user, Crn crn, long registrationId, @Nullable String decision,
			@Nullable LocalDate nextReviewDate) {
		PersonRecord person = changeable(user, crn);
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = checkReview(decision, nextReviewDate);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		String stripped = java.util.Objects.requireNonNull(decision).strip();
		boolean reviewed = repository.reviewRegistration(person.id(), registrationId, today, stripped,
				java.util.Objects.requireNonNull(nextReviewDate), user.username());
		if (reviewed) {
			audit.record(user, "REVIEW_REGISTRATION", crn.value(),
					"Registration " + registrationId + " reviewed, next by " + nextReviewDate + ": " + stripped);
		}
		return reviewed;
	}

	/** What is wrong with a review: its decision and its next review date. */
	public List<FieldProblem> checkReview(@Nullable String decision, @Nullable LocalDate nextReviewDate) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (decision == null || decision.isBlank()) {
			problems.add(new FieldProblem("decision", "Enter the review's decision: why the registration stays"));
		}
		else if (decision.strip().length() > 2000) {
			problems.add(new FieldProblem("decision", "The decision must be 2,000 characters or fewer"));
		}
		if (nextReviewDate == null) {
			problems.add(new FieldProblem("nextReviewDate", "Enter the next review date"));
		}
		else if (!nextReviewDate.isAfter(today)) {
			problems.add(new FieldProblem("nextReviewDate", "The next review date must be after today"));
		}
		else if (nextReviewDate.isAfter(today.plusYears(1))) {
			problems.add(new FieldProblem("nextReviewDate", "The next review must be within a year"));
		}
		return problems;
	}

	/** A registration's reviews, newest first (the caller has opened the case). */
	@Transactional(readOnly = true)
	public List<AssessmentRepository.RegistrationReview> reviews(long registrationId) {
		return repository.registrationReviews(registrationId);
	}

	private PersonRecord changeable(CurrentUser user, Crn crn) {
		gate.change(user, crn, "change registrations");
		return people.require(crn);
	}

}
