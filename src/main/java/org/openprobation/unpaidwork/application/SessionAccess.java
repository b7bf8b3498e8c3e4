package org.openprobation.unpaidwork.application;

import java.util.List;
import java.util.Objects;

import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.UnpaidWorkSession;
import org.openprobation.unpaidwork.domain.SessionSuitability;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every unpaid work use case asks first: the session, within the user's provider;
 * the case, opened through the case-access gate for its unpaid work; the person's current
 * unpaid work requirement; and whether the session suits them.
 */
@Component
public class SessionAccess {

	private final UnpaidWorkRepository repository;

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final CaseGate gate;

	SessionAccess(UnpaidWorkRepository repository, People people, Sentences sentences, Assessments assessments,
			CaseGate gate) {
		this.repository = repository;
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.gate = gate;
	}

	/** A case opened for its unpaid work, with its record. */
	public record Actionable(PersonRecord person, CheckedCase checked) {
	}

	/**
	 * The session, if the user is staff and it belongs to their provider; else not found.
	 */
	public UnpaidWorkSession session(CurrentUser user, long sessionId) {
		requireStaff(user);
		UnpaidWorkSession session = repository.session(sessionId)
			.orElseThrow(() -> new NotFound("There is no such unpaid work session."));
		if (!user.readsEveryProvider() && !Objects.equals(user.providerId(), repository.providerOf(sessionId))) {
			throw new NotFound("There is no such unpaid work session.");
		}
		return session;
	}

	/** Opens the case for its unpaid work (audited refusal), or names the unknown CRN. */
	public Actionable actionable(CurrentUser user, Crn crn, String purpose) {
		PersonRecord person = people.find(crn)
			.orElseThrow(() -> new BadRequest(
					List.of(new FieldProblem("crn", "No person on probation has the CRN " + crn.value()))));
		return new Actionable(person, gate.open(user, crn, CaseUse.UNPAID_WORK, purpose));
	}

	/** The person's current unpaid work requirement, or a problem on {@code field}. */
	public Requirement requirement(PersonRecord person, String field) {
		return sentences.activeRequirements(List.of(person.id()), RequirementKind.UNPAID_WORK)
			.getOrDefault(person.id(), List.of())
			.stream()
			.findFirst()
			.orElseThrow(() -> new BadRequest(
					List.of(new FieldProblem(field, person.name() + " has no current unpaid work requirement"))));
	}

	/**
	 * The last day the person's unpaid work may be booked: the end of a suspended
	 * sentence order's operational period; none for a community order, which stays in
	 * force until the hours are worked (supervision.md, "Unpaid work": the 12 months are
	 * a deadline, not a cut-off).
	 */
	public java.util.Optional<java.time.LocalDate> lastBookableDay(PersonRecord person, Requirement requirement) {
		return sentences.of(person.id())
			.stream()
			.filter(s -> s.requirements().stream().anyMatch(r -> r.id() == requirement.id()))
			.filter(s -> s.kind() == org.openprobation.sentences.SentenceKind.SUSPENDED_SENTENCE_ORDER)
			.map(org.openprobation.sentences.Sentence::expectedEndDate)
			.findFirst();
	}

	/** Why the session does not suit the person; empty when it does. */
	public List<FieldProblem> unsuitability(PersonRecord person, UnpaidWorkSession session) {
		return SessionSuitability.problems(session.womenOnly(), session.involvesChildren(), person.gender(),
				() -> assessments.registrations(List.of(person.id()))
					.getOrDefault(person.id(), List.of())
					.stream()
					.map(Registration::type)
					.toList());
	}

	/**
	 * Unpaid-work staff act on the cases of their provider they may read; others as the
	 * case allows.
	 */
	public boolean mayAct(CurrentUser user, PersonRecord person) {
		return gate.decision(user, people.ownerOf(person), CaseUse.UNPAID_WORK).isGranted();
	}

	/** Refuses anyone but probation and unpaid work staff. */
	public static void requireStaff(CurrentUser user) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN,
				Role.INSPECTOR)) {
			throw new AccessDeniedException("Unpaid work is for probation and unpaid-work staff.");
		}
	}

}
