package org.openprobation.allocation.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.allocation.domain.PractitionerRecommendation;
import org.openprobation.allocation.domain.Workload;
import org.openprobation.allocation.persistence.AllocationRepository;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffGrade;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.people.ResponsibleOfficers;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.WorkingDayCalendar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.openprobation.allocation.Allocations;
import org.openprobation.allocation.Allocations.Allocated;
import org.openprobation.allocation.Allocations.Proposal;
import org.openprobation.allocation.Allocations.ReallocationReason;
import org.openprobation.allocation.Allocations.WaitingCase;
import org.openprobation.allocation.TeamWorkload;
import org.openprobation.allocation.Workloads;

/**
 * Allocating a case to a practitioner ({@code workload.md}, Allocating a case): the
 * recommendation ranked by suitability, continuity, capacity and location; the senior
 * probation officer's decision, an override of the recommendation with its reason; and
 * reallocation with its reason. Every view of a case and every decision is audited, and
 * an allocation sends the safeguarding checks the case's registrations call for.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class PractitionerAllocations {

	private final Allocations facade;

	private final Organisation organisation;

	private final People people;

	private final ResponsibleOfficers officers;

	private final Sentences sentences;

	private final Assessments assessments;

	private final SafeguardingChecks safeguarding;

	private final Workloads workloads;

	private final AllocationRepository repository;

	private final AuditLog audit;

	private final CaseGate gate;

	private final Clock clock;

	PractitionerAllocations(Allocations facade, Organisation organisation, People people, ResponsibleOfficers officers,
			Sentences sentences, Assessments assessments, SafeguardingChecks safeguarding, Workloads workloads,
			AllocationRepository repository, AuditLog audit, CaseGate gate, Clock clock) {
		this.facade = facade;
		this.organisation = organisation;
		this.people = people;
		this.officers = officers;
		this.sentences = sentences;
		this.assessments = assessments;
		this.safeguarding = safeguarding;
		this.workloads = workloads;
		this.repository = repository;
		this.audit = audit;
		this.gate = gate;
		this.clock = clock;
	}

	public Proposal proposal(CurrentUser user, Team team, long waitingId) {
		AllocationRepository.Waiting waiting = waitingOf(team, waitingId);
		checkAllocates(user, team);
		openWaiting(user, waiting, "see the recommendation for allocation");
		PersonRecord person = personById(waiting.personId());
		audit.record(user, "VIEW_ALLOCATION", person.crn(), "Recommendation for allocation in team " + team.code());
		return propose(team, waiting, person, null);
	}

	/**
	 * The SPO's decision: a suitable practitioner of the team; choosing anyone but the
	 * top recommendation needs a reason.
	 */
	public Allocated allocate(CurrentUser user, Team team, long waitingId, @Nullable String staffCode,
			@Nullable String overrideReason, @Nullable String confirmReason) {
		AllocationRepository.Waiting waiting = waitingOf(team, waitingId);
		checkAllocates(user, team);
		openWaiting(user, waiting, "allocate the case");
		PersonRecord person = personById(waiting.personId());
		Proposal proposal = propose(team, waiting, person, null);
		PractitionerRecommendation.Ranked chosen = choose(proposal, staffCode, overrideReason);
		String confirmed = confirmed(proposal, chosen, confirmReason);
		boolean overridden = isOverride(proposal, chosen);
		LocalDate today = LocalDate.now(clock);
		if (!repository.markAllocated(waiting.id(), today)) {
			throw new Conflict("This case has already been allocated.");
		}
		StaffMember officer = staff(chosen.staffId());
		officers.assign(person.id(), officer.id(), today, "Allocated by " + user.username());
		recordDecision(user, person, waiting.id(), "ALLOCATION", chosen, null, proposal,
				overridden ? overrideReason : null, null, null);
		audit.record(user, "ALLOCATE_CASE", person.crn(), "Allocated to " + officer.name() + " (" + officer.code() + ")"
				+ (overridden ? "; recommendation overridden: " + overrideReason.strip() : "") + confirmed);
		sendSafeguardingChecks(user, person);
		return new Allocated(person.crn(), person.name(), officer, chosen.capacityAfter(), overridden);
	}

	/**
	 * Who may allocate the waiting case, answered before what is wrong with a request.
	 */
	public void checkMayAllocate(CurrentUser user, Team team, long waitingId) {
		AllocationRepository.Waiting waiting = waitingOf(team, waitingId);
		checkAllocates(user, team);
		openWaiting(user, waiting, "allocate the case");
	}

	/** Who may reallocate the case, answered before what is wrong with a request. */
	public void checkMayReallocate(CurrentUser user, Crn crn) {
		gate.change(user, crn, "reallocate the case");
		checkAllocates(user, teamOf(currentOfficer(people.require(crn))));
	}

	public Proposal reallocationProposal(CurrentUser user, Crn crn) {
		gate.change(user, crn, "see the recommendation for reallocation");
		PersonRecord person = people.require(crn);
		StaffMember current = currentOfficer(person);
		Team team = teamOf(current);
		checkAllocates(user, team);
		audit.record(user, "VIEW_ALLOCATION", person.crn(), "Recommendation for reallocation in team " + team.code());
		return propose(team, null, person, current);
	}

	public Allocated reallocate(CurrentUser user, Crn crn, @Nullable String staffCode, @Nullable String reason,
			@Nullable String details, @Nullable String overrideReason, @Nullable String confirmReason) {
		gate.change(user, crn, "reallocate the case");
		PersonRecord person = people.require(crn);
		StaffMember current = currentOfficer(person);
		Team team = teamOf(current);
		checkAllocates(user, team);
		ReallocationReason why = null;
		List<FieldProblem> problems = new ArrayList<>();
		try {
			why = reason == null || reason.isBlank() ? null : ReallocationReason.valueOf(reason);
		}
		catch (IllegalArgumentException unknown) {
			why = null;
		}
		if (why == null) {
			problems.add(new FieldProblem("reason", "Select why the case is being reallocated"));
		}
		Proposal proposal = propose(team, null, person, current);
		PractitionerRecommendation.Ranked chosen;
		try {
			chosen = choose(proposal, staffCode, overrideReason);
		}
		catch (BadRequest bad) {
			problems.addAll(bad.problems());
			throw new BadRequest(problems);
		}
		String confirmed;
		try {
			confirmed = confirmed(proposal, chosen, confirmReason);
		}
		catch (BadRequest bad) {
			problems.addAll(bad.problems());
			confirmed = "";
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		boolean overridden = isOverride(proposal, chosen);
		StaffMember officer = staff(chosen.staffId());
		LocalDate today = LocalDate.now(clock);
		officers.assign(person.id(), officer.id(), today, "Reallocated: " + why.label());
		recordDecision(user, person, null, "REALLOCATION", chosen, current.id(), proposal,
				overridden ? overrideReason : null, why.name(),
				details == null || details.isBlank() ? null : details.strip());
		audit.record(user, "REALLOCATE_CASE", person.crn(),
				"Reallocated from " + current.name() + " to " + officer.name() + " (" + why.label() + ")"
						+ (overridden ? "; recommendation overridden: " + overrideReason.strip() : "") + confirmed);
		return new Allocated(person.crn(), person.name(), officer, chosen.capacityAfter(), overridden);
	}

	/**
	 * An over-capacity choice, or a flagged case without a RoSH assessment, is made only
	 * with a reason confirming it; the reason is kept in the audit trail.
	 */
	private static String confirmed(Proposal proposal, PractitionerRecommendation.Ranked chosen,
			@Nullable String confirmReason) {
		List<String> needed = org.openprobation.allocation.domain.AllocationConfirmation
			.needed(chosen.candidate().name(), chosen.capacityAfter(), proposal.registrations(), proposal.roshLevel());
		if (needed.isEmpty()) {
			return "";
		}
		if (confirmReason == null || confirmReason.isBlank()) {
			throw new BadRequest(List.of(new FieldProblem("confirmReason",
					"Confirm why you are allocating it even though " + String.join(", and ", needed))));
		}
		if (confirmReason.length() > 2000) {
			throw new BadRequest(
					List.of(new FieldProblem("confirmReason", "The reason must be 2,000 characters or fewer")));
		}
		return "; confirmed although " + String.join(", and ", needed) + ": " + confirmReason.strip();
	}

	private PractitionerRecommendation.Ranked choose(Proposal proposal, @Nullable String staffCode,
			@Nullable String overrideReason) {
		if (staffCode == null || staffCode.isBlank()) {
			throw new BadRequest(
					List.of(new FieldProblem("staffCode", "Select the practitioner to allocate the case to")));
		}
		Optional<StaffMember> member = organisation.staffMember(staffCode.strip());
		if (member.isEmpty() || !Objects.equals(member.get().teamId(), proposal.team().id())) {
			throw new BadRequest(List.of(new FieldProblem("staffCode", "Select a practitioner of this team")));
		}
		PractitionerRecommendation.Excluded excluded = proposal.recommendation().excluded(member.get().id());
		if (excluded != null) {
			throw new BadRequest(List.of(new FieldProblem("staffCode",
					member.get().name() + " cannot take this case: " + String.join("; ", excluded.reasons()))));
		}
		PractitionerRecommendation.Ranked chosen = proposal.recommendation().find(member.get().id());
		if (chosen == null) {
			throw new BadRequest(
					List.of(new FieldProblem("staffCode", "Select a practitioner who can take this case")));
		}
		if (isOverride(proposal, chosen) && (overrideReason == null || overrideReason.isBlank())) {
			throw new BadRequest(List.of(new FieldProblem("overrideReason",
					"Enter why you are not allocating to the recommended practitioner")));
		}
		if (overrideReason != null && overrideReason.length() > 2000) {
			throw new BadRequest(
					List.of(new FieldProblem("overrideReason", "The reason must be 2,000 characters or fewer")));
		}
		return chosen;
	}

	private static boolean isOverride(Proposal proposal, PractitionerRecommendation.Ranked chosen) {
		PractitionerRecommendation.Ranked top = proposal.recommendation().top();
		return top != null && top.staffId() != chosen.staffId();
	}

	private void recordDecision(CurrentUser user, PersonRecord person, @Nullable Long awaitingId, String kind,
			PractitionerRecommendation.Ranked chosen, @Nullable Long previous, Proposal proposal,
			@Nullable String overrideReason, @Nullable String reallocationReason, @Nullable String details) {
		PractitionerRecommendation.Ranked top = proposal.recommendation().top();
		repository.recordDecision(new AllocationRepository.OfficerDecision(person.id(), awaitingId, kind,
				chosen.staffId(), previous, top == null ? null : top.staffId(), proposal.recommendation().describe(),
				overrideReason == null ? null : overrideReason.strip(), reallocationReason, details,
				chosen.capacityAfter(), user.username()));
	}

	private void sendSafeguardingChecks(CurrentUser user, PersonRecord person) {
		String localAuthority = person.mainAddress()
			.map(PersonRecord.Address::boroughName)
			.orElse("the local authority where the children live");
		for (Registration registration : assessments.summary(person.id()).registrations()) {
			for (var kind : safeguarding.requestFor(person.id(), registration.type(), localAuthority,
					user.username())) {
				audit.record(user, "SAFEGUARDING_REQUEST_SENT", person.crn(),
						kind.label() + " on allocation (" + registration.label() + ")");
			}
		}
	}

	private Proposal propose(Team team, AllocationRepository.@Nullable Waiting waiting, PersonRecord person,
			@Nullable StaffMember currentOfficer) {
		LocalDate today = LocalDate.now(clock);
		AssessmentSummary summary = assessments.summary(person.id());
		CurrentSentence sentence = sentences.current(List.of(person.id())).get(person.id());
		String tier = summary.tier() == null ? null : summary.tier().tier();
		int casePoints = sentence == null ? 0
				: Workload.casePoints(workloads.settings(team.providerId()), tier, Workloads.kind(sentence.kind()));
		String rosh = summary.rosh() == null ? null : summary.rosh().overallLevel();
		Set<String> registrations = summary.registrations()
			.stream()
			.map(r -> r.type().name())
			.collect(Collectors.toSet());
		List<LocalDate> firstDays = firstWorkingDays(today, 5);
		Long boroughId = person.mainAddress().map(PersonRecord.Address::boroughId).orElse(null);
		Set<Long> servingOffices = boroughId == null ? Set.of() : organisation.officesServing(boroughId);
		Set<Long> previous = new HashSet<>();
		person.officerHistory().stream().filter(o -> !o.current()).forEach(o -> previous.add(o.staffId()));
		TeamWorkload workload = workloads.compute(team);
		List<Long> staffIds = workload.practitioners().stream().map(p -> p.practitioner().id()).toList();
		Map<Long, Set<String>> courses = organisation.coursesValidOn(staffIds, today);
		List<AllocationRepository.ReductionPeriod> reductions = repository.reductionsOverlapping(staffIds,
				firstDays.get(0), firstDays.get(firstDays.size() - 1));
		List<PractitionerRecommendation.Candidate> candidates = new ArrayList<>();
		for (TeamWorkload.PractitionerWorkload p : workload.practitioners()) {
			StaffMember m = p.practitioner();
			if (currentOfficer != null && currentOfficer.id() == m.id()) {
				continue;
			}
			candidates.add(new PractitionerRecommendation.Candidate(m.id(), m.code(), m.name(),
					m.grade() == StaffGrade.PROBATION_SERVICES_OFFICER, m.agency(), m.contractEndsOn(),
					courses.getOrDefault(m.id(), Set.of()), absentDays(m, firstDays, reductions), p.points(),
					p.availablePoints(), servingOffices.contains(m.officeId())));
		}
		PractitionerRecommendation.Result result = PractitionerRecommendation
			.recommend(new PractitionerRecommendation.Case(registrations, rosh, casePoints, firstDays,
					sentence == null ? null : sentence.expectedEndDate(), boroughId, previous), candidates);
		WaitingCase waitingCase = waiting == null ? null : facade.waitingCase(waiting,
				people.byIds(List.of(person.id())).get(person.id()), sentence, tier, today);
		return new Proposal(team, waitingCase, person, currentOfficer, rosh,
				summary.registrations().stream().map(Registration::label).toList(), tier,
				sentence == null ? null : sentence.kind(), sentence == null ? null : sentence.expectedEndDate(),
				casePoints, result);
	}

	private static Set<LocalDate> absentDays(StaffMember member, List<LocalDate> days,
			List<AllocationRepository.ReductionPeriod> reductions) {
		Set<LocalDate> absent = new HashSet<>();
		BigDecimal contracted = member.contractedHours();
		for (LocalDate day : days) {
			BigDecimal reduced = reductions.stream()
				.filter(r -> r.staffId() == member.id() && r.activeOn(day))
				.map(AllocationRepository.ReductionPeriod::hours)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (contracted.signum() > 0 && reduced.compareTo(contracted) >= 0) {
				absent.add(day);
			}
		}
		return absent;
	}

	static List<LocalDate> firstWorkingDays(LocalDate from, int count) {
		List<LocalDate> days = new ArrayList<>();
		LocalDate day = from;
		while (days.size() < count) {
			if (WorkingDayCalendar.isWorkingDay(day)) {
				days.add(day);
			}
			day = day.plusDays(1);
		}
		return days;
	}

	private AllocationRepository.Waiting waitingOf(Team team, long waitingId) {
		AllocationRepository.Waiting waiting = repository.waiting(waitingId)
			.filter(w -> w.teamId() == team.id())
			.orElseThrow(() -> new NotFound("There is no such case in the allocation queue of " + team.name() + "."));
		if (waiting.allocatedOn() != null) {
			throw new Conflict("This case was allocated on "
					+ org.openprobation.shared.Dates.inWords(waiting.allocatedOn()) + ".");
		}
		return waiting;
	}

	/**
	 * A waiting case has no officer yet, so who may allocate it is the team's rule
	 * ({@link #mayAllocate}); the gate adds restriction, exclusion and provider.
	 */
	private void openWaiting(CurrentUser user, AllocationRepository.Waiting waiting, String purpose) {
		gate.openPerson(user, waiting.personId(), CaseUse.ALLOCATE, purpose);
	}

	private void checkAllocates(CurrentUser user, Team team) {
		if (!Allocations.mayAllocate(user, team)) {
			throw new AccessDeniedException(
					"Only the team's senior probation officer or the area manager allocates its cases.");
		}
	}

	private PersonRecord personById(long personId) {
		PersonSummary summary = people.byIds(List.of(personId)).get(personId);
		if (summary == null) {
			throw new NotFound("That person is no longer on the record.");
		}
		return people.find(Crn.parse(summary.crn()).orElseThrow()).orElseThrow();
	}

	private StaffMember currentOfficer(PersonRecord person) {
		if (person.transferredOut()) {
			throw new Conflict("This case was transferred to " + person.transferredTo() + " on "
					+ org.openprobation.shared.Dates.inWords(person.transferredOutOn()) + ".");
		}
		return person.responsibleOfficer()
			.flatMap(o -> organisation.staffMember(o.staffId()))
			.orElseThrow(
					() -> new Conflict("This case has no responsible officer yet: allocate it from the team's queue."));
	}

	private Team teamOf(StaffMember officer) {
		if (officer.teamCode() == null) {
			throw new Conflict("The responsible officer is not in a team.");
		}
		return organisation.team(officer.teamCode()).orElseThrow();
	}

	private StaffMember staff(long id) {
		return organisation.staffMember(id).orElseThrow();
	}

}
