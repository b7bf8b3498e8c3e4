package org.openprobation.allocation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.allocation.domain.PractitionerRecommendation;
import org.openprobation.allocation.persistence.AllocationRepository;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's queue of cases waiting for a responsible officer and the officer decisions
 * made; the recommendation and the senior probation officer's decision are
 * {@code application.PractitionerAllocations}. Every view of a case is audited.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class Allocations {

	/** Why a case changes officer, as the domain file lists them. */
	public enum ReallocationReason {

		LEAVING("Officer leaving"), SICKNESS("Officer sickness"), RISK_CHANGE("Change in risk"),
		REQUEST("Request (by the person or the officer)");

		private final String label;

		ReallocationReason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private final Organisation organisation;

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final SafeguardingChecks safeguarding;

	private final AllocationRepository repository;

	private final AuditLog audit;

	private final CaseGate gate;

	private final Clock clock;

	Allocations(Organisation organisation, People people, Sentences sentences, Assessments assessments,
			SafeguardingChecks safeguarding, AllocationRepository repository, AuditLog audit, CaseGate gate,
			Clock clock) {
		this.gate = gate;
		this.organisation = organisation;
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.safeguarding = safeguarding;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** A case in a team's queue. */
	public record WaitingCase(long id, PersonSummary person, WaitingReason reason, LocalDate waitingSince,
			long daysWaiting, @Nullable SentenceKind kind, @Nullable LocalDate sentenceEnds, @Nullable String tier) {

		public String reasonLabel() {
			return reason.label();
		}

	}

	/**
	 * A team's queue as the user may see it: {@code hidden} counts the waiting cases left
	 * out (excluded from, or restricted without being named on).
	 */
	public record Queue(Team team, List<WaitingCase> cases, boolean mayAllocate, int hidden, List<Leaving> leaving) {

		public Queue {
			cases = List.copyOf(cases);
			leaving = List.copyOf(leaving);
		}

	}

	/**
	 * A case whose responsible officer has a leaving date: it waits to be reallocated
	 * before they go.
	 */
	public record Leaving(PersonSummary person, StaffMember officer, LocalDate leavesOn) {
	}

	/** What the allocation page shows: the case, the ranking and the exclusions. */
	public record Proposal(Team team, @Nullable WaitingCase waiting, PersonRecord person,
			@Nullable StaffMember currentOfficer, @Nullable String roshLevel, List<String> registrations,
			@Nullable String tier, @Nullable SentenceKind kind, @Nullable LocalDate sentenceEnds, int casePoints,
			PractitionerRecommendation.Result recommendation) {

		public Proposal {
			registrations = List.copyOf(registrations);
		}

	}

	public record Allocated(String crn, String personName, StaffMember officer, @Nullable BigDecimal capacityAfter,
			boolean overridden) {
	}

	/** Whether the user decides allocations for the team. */
	public static boolean mayAllocate(CurrentUser user, Team team) {
		return user.has(Role.ADMIN) || (user.has(Role.SPO) && Objects.equals(user.teamId(), team.id()))
				|| (user.has(Role.AREA_MANAGER) && Objects.equals(user.areaId(), team.areaId()));
	}

	static boolean mayReadQueue(CurrentUser user, Team team) {
		return mayAllocate(user, team) || user.readsEveryProvider()
				|| (user.hasAny(Role.AREA_MANAGER, Role.QUALITY, Role.SPO)
						&& Objects.equals(user.providerId(), team.providerId()));
	}

	public Queue queueOf(CurrentUser user, Team team) {
		if (!mayReadQueue(user, team)) {
			throw new AccessDeniedException("Only managers of this provider can see its allocation queues.");
		}
		List<AllocationRepository.Waiting> rows = repository.waitingInTeam(team.id());
		List<Long> ids = rows.stream().map(AllocationRepository.Waiting::personId).toList();
		Map<Long, PersonSummary> persons = people.byIds(ids);
		Map<Long, CurrentSentence> current = sentences.current(ids);
		Map<Long, String> tiers = assessments.tierCodes(ids);
		LocalDate today = LocalDate.now(clock);
		List<WaitingCase> cases = rows.stream()
			.filter(w -> persons.containsKey(w.personId()))
			.map(w -> waitingCase(w, persons.get(w.personId()), current.get(w.personId()), tiers.get(w.personId()),
					today))
			.toList();
		CaseGate.Shown<WaitingCase> shown = gate.shown(user, cases, c -> c.person().id());
		audit.recordShown(user, "VIEW_ALLOCATION_QUEUE", "Team " + team.code() + ": " + shown.rows().size() + " waiting"
				+ (shown.hidden() == 0 ? "" : ", " + shown.hidden() + " not shown"), shown.crns());
		return new Queue(team, shown.rows(), mayAllocate(user, team), shown.hidden(), leaving(user, team));
	}

	/** The cases of the team's officers who are leaving, soonest leaver first. */
	private List<Leaving> leaving(CurrentUser user, Team team) {
		Map<Long, StaffMember> leavers = new java.util.HashMap<>();
		team.members().stream().filter(m -> m.leavesOn() != null).forEach(m -> leavers.put(m.id(), m));
		if (leavers.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> officers = people.officersOfCaseloads(leavers.keySet());
		Map<Long, PersonSummary> persons = people.byIds(officers.keySet());
		List<Leaving> cases = officers.entrySet()
			.stream()
			.filter(e -> persons.containsKey(e.getKey()))
			.map(e -> new Leaving(persons.get(e.getKey()), leavers.get(e.getValue()),
					leavers.get(e.getValue()).leavesOn()))
			.sorted(java.util.Comparator.comparing(Leaving::leavesOn).thenComparing(l -> l.person().crn()))
			.toList();
		CaseGate.Shown<Leaving> shown = gate.shown(user, cases, l -> l.person().id());
		if (!shown.rows().isEmpty()) {
			audit.recordShown(user, "VIEW_ALLOCATION_QUEUE",
					"Team " + team.code() + ": " + shown.rows().size() + " cases of officers leaving", shown.crns());
		}
		return shown.rows();
	}

	/** How many cases wait in each team's queue. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> waitingCounts(List<Long> teamIds) {
		return teamIds.isEmpty() ? Map.of() : repository.waitingCounts(teamIds);
	}

	/** Puts a case in a team's queue (a new sentence or release with no officer yet). */
	public long enqueue(long personId, long teamId, String reason, LocalDate since) {
		return repository.waitingFor(personId)
			.map(AllocationRepository.Waiting::id)
			.orElseGet(() -> repository.enqueue(personId, teamId, reason, since));
	}

	/**
	 * The case left the queue without an allocation here (e.g. transferred to the NPS).
	 */
	public void leaveQueue(long personId, LocalDate on) {
		repository.waitingFor(personId).ifPresent(w -> repository.markAllocated(w.id(), on));
	}

	@Transactional(readOnly = true)
	public List<AllocationRepository.OfficerDecision> decisionsFor(long personId) {
		return repository.decisionsFor(personId);
	}

	/** A waiting case as the queue and the recommendation show it. */
	public WaitingCase waitingCase(AllocationRepository.Waiting w, PersonSummary person,
			@Nullable CurrentSentence sentence, @Nullable String tier, LocalDate today) {
		return new WaitingCase(w.id(), person, WaitingReason.valueOf(w.reason()), w.waitingSince(),
				Math.max(0, ChronoUnit.DAYS.between(w.waitingSince(), today)),
				sentence == null ? null : sentence.kind(), sentence == null ? null : sentence.expectedEndDate(), tier);
	}

}
