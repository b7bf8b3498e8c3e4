package org.openprobation.allocation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.allocation.domain.NpsDecision;
import org.openprobation.allocation.domain.TransferDecision;
import org.openprobation.allocation.domain.TransferKind;
import org.openprobation.allocation.persistence.TransferRepository;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.ProviderType;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.people.ResponsibleOfficers;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.openprobation.allocation.Allocations;
import org.openprobation.allocation.ProviderAllocations;
import org.openprobation.allocation.ProviderAllocations.TransferView;

/**
 * Requests to the NPS to take a case (allocation, or escalation when risk rises) and the
 * NPS's decision within its policy's working days, with the durations measured.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class NpsTransfers {

	private final ProviderAllocations facade;

	private final People people;

	private final ProviderPolicies policies;

	private final Policy<NpsDecision> decisionPolicy;

	private final ResponsibleOfficers officers;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Organisation organisation;

	private final Allocations allocations;

	private final TransferRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	NpsTransfers(ProviderAllocations facade, People people, ProviderPolicies policies,
			Policy<NpsDecision> decisionPolicy, ResponsibleOfficers officers, Sentences sentences,
			Assessments assessments, Organisation organisation, Allocations allocations, TransferRepository repository,
			CaseGate gate, AuditLog audit, Clock clock) {
		this.facade = facade;
		this.people = people;
		this.policies = policies;
		this.decisionPolicy = decisionPolicy;
		this.officers = officers;
		this.sentences = sentences;
		this.assessments = assessments;
		this.organisation = organisation;
		this.allocations = allocations;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A CRC case whose risk of serious harm rose to high: referred to the NPS with the
	 * reasons and the assessment.
	 */
	/**
	 * Escalates the case and answers the request made, which whoever escalated may see
	 * (the list of requests is the managers').
	 */
	public TransferView escalate(CurrentUser user, Crn crn, @Nullable String reasons) {
		PersonRecord person = facade.changeable(user, crn, "escalate to the NPS");
		List<FieldProblem> problems = new ArrayList<>();
		if (organisation.providerType(person.providerId()).orElseThrow() != ProviderType.CRC) {
			throw new Conflict("Only a CRC case is escalated to the NPS.");
		}
		AssessmentSummary summary = assessments.summary(person.id());
		String rosh = summary.rosh() == null ? null : summary.rosh().overallLevel();
		if (summary.rosh() == null || !summary.rosh().highOrVeryHigh()) {
			problems.add(new FieldProblem("reasons",
					"Record the risk of serious harm assessment showing high or very high risk before escalating"));
		}
		if (reasons == null || reasons.isBlank()) {
			problems.add(new FieldProblem("reasons", "Enter why the case is being escalated"));
		}
		else if (reasons.length() > 4000) {
			problems.add(new FieldProblem("reasons", "The reasons must be 4,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = requestTransfer(user, person, TransferKind.ESCALATION, reasons.strip(), rosh, LocalDate.now(clock));
		TransferRepository.Transfer made = repository.find(id).orElseThrow();
		return TransferView.of(made, people.byIds(List.of(person.id())).get(person.id()), LocalDate.now(clock));
	}

	long requestTransfer(CurrentUser user, PersonRecord person, TransferKind kind, String reasons,
			@Nullable String rosh, LocalDate today) {
		if (repository.open(person.id()).isPresent()) {
			throw new Conflict("This case already has a request to the NPS awaiting a decision.");
		}
		LocalDate due = policies.current(decisionPolicy, person.providerId()).dueBy(today);
		long id = repository.requestTransfer(person.id(), person.providerId(), kind, reasons, rosh, today,
				user.username(), due);
		audit.record(user, kind.auditAction(), person.crn(), reasons + "; decision due by " + due);
		return id;
	}

	/** Requests of the user's provider (all providers for inspectors and admins). */
	@Transactional(readOnly = true)
	public List<TransferView> transfers(CurrentUser user) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Only managers see transfers to the NPS.");
		}
		List<TransferRepository.Transfer> rows = repository.ofProvider(user.providerScope(), 500);
		Map<Long, PersonSummary> persons = people
			.byIds(rows.stream().map(TransferRepository.Transfer::personId).toList());
		LocalDate today = LocalDate.now(clock);
		return rows.stream()
			.filter(t -> persons.containsKey(t.personId()))
			.map(t -> TransferView.of(t, persons.get(t.personId()), today))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TransferView> transfersOf(long personId) {
		Map<Long, PersonSummary> persons = people.byIds(List.of(personId));
		LocalDate today = LocalDate.now(clock);
		return repository.ofPerson(personId)
			.stream()
			.map(t -> TransferView.of(t, persons.get(personId), today))
			.toList();
	}

	public TransferView transfer(CurrentUser user, long id) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Only managers see transfers to the NPS.");
		}
		TransferRepository.Transfer t = repository.find(id)
			.orElseThrow(() -> new NotFound("There is no such request."));
		if (!user.readsEveryProvider() && !Objects.equals(user.providerId(), t.fromProviderId())) {
			throw new AccessDeniedException("This request belongs to another provider.");
		}
		// a restricted or excluded case's request is no more readable than the case, and
		// a
		// case transferred out is still read (read-only) through the gate
		Crn crn = gate.openPerson(user, t.personId(), CaseUse.READ, "see a request to the NPS").crn();
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "request to the NPS " + id);
		return TransferView.of(t, people.byIds(List.of(t.personId())).get(t.personId()), LocalDate.now(clock));
	}

	/**
	 * Records the NPS's decision, with reasons; acceptance transfers the case record the
	 * same day.
	 */
	public TransferView decide(CurrentUser user, long id, @Nullable String typedDecision, @Nullable String reasons) {
		TransferRepository.Transfer t = checkMayDecide(user, id);
		List<FieldProblem> problems = new ArrayList<>();
		TransferDecision decision = TransferDecision.parse(typedDecision).orElse(null);
		if (decision == null) {
			problems.add(new FieldProblem("decision", "Select whether the NPS accepted or rejected the case"));
		}
		if (reasons == null || reasons.isBlank()) {
			problems.add(new FieldProblem("decisionReasons", "Enter the reasons the NPS gave"));
		}
		else if (reasons.length() > 4000) {
			problems.add(new FieldProblem("decisionReasons", "The reasons must be 4,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		LocalDate today = LocalDate.now(clock);
		boolean accepted = decision.transfers();
		if (!repository.decide(id, decision, reasons.strip(), today, user.username(), accepted ? today : null)) {
			throw new Conflict("This request has already been decided.");
		}
		PersonSummary person = people.byIds(List.of(t.personId())).get(t.personId());
		if (accepted) {
			officers.transferOut(t.personId(), today, ProviderAllocations.NPS);
			allocations.leaveQueue(t.personId(), today);
		}
		audit.record(user, accepted ? "NPS_ACCEPTED_TRANSFER" : "NPS_REJECTED_TRANSFER", person.crn(), reasons.strip());
		return TransferView.of(repository.find(id).orElseThrow(), person, today);
	}

	/**
	 * The request, refused unless the user may record the NPS's decision on it: an area
	 * manager of its provider or an administrator, who may see the case (deciding moves
	 * it, so nobody excluded from it, or not named on it when restricted, decides), and a
	 * case not already transferred. For the API to ask before it reads the request.
	 */
	public TransferRepository.Transfer checkMayDecide(CurrentUser user, long id) {
		if (!user.hasAny(Role.AREA_MANAGER, Role.ADMIN)) {
			throw new AccessDeniedException("Only an area manager or an administrator records the NPS's decision.");
		}
		TransferRepository.Transfer t = repository.find(id)
			.orElseThrow(() -> new NotFound("There is no such request."));
		if (!user.has(Role.ADMIN) && !Objects.equals(user.providerId(), t.fromProviderId())) {
			throw new AccessDeniedException("This request belongs to another provider.");
		}
		// who may see the case first; then a decision already recorded (the case may have
		// gone with it) is a conflict, not a refusal; then nothing moves a case gone
		gate.openPerson(user, t.personId(), CaseUse.READ, "record the NPS's decision");
		if (t.decision() != null) {
			throw new Conflict("This request has already been decided.");
		}
		gate.openPerson(user, t.personId(), CaseUse.ALLOCATE, "record the NPS's decision");
		return t;
	}

}
