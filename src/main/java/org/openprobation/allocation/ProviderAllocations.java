package org.openprobation.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.allocation.domain.NpsDecision;
import org.openprobation.allocation.domain.ProviderAllocationRule;
import org.openprobation.allocation.domain.TransferDecision;
import org.openprobation.allocation.domain.TransferKind;
import org.openprobation.allocation.persistence.TransferRepository;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.ProviderType;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.organisation.TeamName;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
import org.openprobation.people.ResponsibleOfficers;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.sentences.NewSentence;
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

/**
 * Allocation between providers in the split model: recording a new sentence runs the
 * configured NPS/CRC rule and records what it rested on; a case for the NPS, or a CRC
 * case whose risk rose, becomes a transfer request the NPS decides within 5 working days,
 * and an accepted request transfers the case record. Every date is kept so it can be
 * measured.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class ProviderAllocations {

	static final String NPS = "the National Probation Service";

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

	ProviderAllocations(People people, ResponsibleOfficers officers, Sentences sentences, Assessments assessments,
			Organisation organisation, Allocations allocations, TransferRepository repository, CaseGate gate,
			AuditLog audit, Clock clock, ProviderPolicies policies, Policy<NpsDecision> decisionPolicy) {
		this.policies = policies;
		this.decisionPolicy = decisionPolicy;
		this.people = people;
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
	 * What the court or the pre-allocation assessment said, on which the rule decides.
	 *
	 * @param roshLevel the RoSH level at court; the case's current assessment when null
	 * @param mappaEligible MAPPA eligibility; also true when a MAPPA registration is
	 * active
	 */
	public record Basis(@Nullable String roshLevel, boolean mappaEligible, boolean courtAssessment,
			boolean safeguardingCheckDone, boolean domesticAbuseCheckDone) {
	}

	/** What happened to the case after the rule ran. */
	public record Recorded(String crn, long sentenceId, ProviderAllocationRule.Supervisor supervisor, String basis,
			@Nullable String queuedInTeam, @Nullable Long transferRequestId, @Nullable String keptWithOfficer) {
	}

	@Transactional(readOnly = true)
	public String providerName(long providerId) {
		return organisation.providerName(providerId).orElse("Unknown provider");
	}

	/** The provider an administrator without one configures: the first on the system. */
	@Transactional(readOnly = true)
	public long defaultProvider() {
		return organisation.firstProviderId().orElseThrow(() -> new NotFound("No provider is set up yet."));
	}

	/** The allocation rule as the provider has configured it (defaults otherwise). */
	@Transactional(readOnly = true)
	public ProviderAllocationRule rule(long providerId) {
		ProviderAllocationRule rule = ProviderAllocationRule.defaults();
		Set<String> levels = rule.npsRoshLevels();
		boolean mappa = rule.npsWhenMappaEligible();
		for (String[] setting : repository.settings(providerId)) {
			switch (setting[0]) {
				case "allocation.nps-rosh-levels" -> levels = new LinkedHashSet<>(
						Arrays.stream(setting[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
				case "allocation.nps-when-mappa-eligible" -> mappa = Boolean.parseBoolean(setting[1]);
				default -> {
				}
			}
		}
		return new ProviderAllocationRule(levels, mappa);
	}

	/**
	 * Changes the provider's allocation rule (administrators and area managers; audited).
	 */
	public ProviderAllocationRule changeRule(CurrentUser user, long providerId, Set<String> npsRoshLevels,
			boolean npsWhenMappaEligible) {
		if (!(user.has(Role.ADMIN) || (user.has(Role.AREA_MANAGER) && Objects.equals(user.providerId(), providerId)))) {
			throw new AccessDeniedException("Only administrators and the provider's area managers change its policy.");
		}
		if (npsRoshLevels.isEmpty() && !npsWhenMappaEligible) {
			throw new BadRequest(List.of(new FieldProblem("npsRoshLevels",
					"Select at least one level or MAPPA eligibility, or the NPS would supervise no case")));
		}
		List<String> unknown = npsRoshLevels.stream()
			.filter(l -> !ProviderAllocationRule.ROSH_LEVELS.contains(l))
			.toList();
		if (!unknown.isEmpty()) {
			throw new BadRequest(List.of(new FieldProblem("npsRoshLevels", "Unknown RoSH levels: " + unknown)));
		}
		String levels = ProviderAllocationRule.ROSH_LEVELS.stream()
			.filter(npsRoshLevels::contains)
			.reduce((a, b) -> a + "," + b)
			.orElse("");
		repository.saveSetting(providerId, "allocation.nps-rosh-levels", levels, user.username());
		repository.saveSetting(providerId, "allocation.nps-when-mappa-eligible", String.valueOf(npsWhenMappaEligible),
				user.username());
		audit.record(user, "CHANGE_POLICY", null, "Provider " + providerId + " allocation rule: NPS for RoSH " + levels
				+ (npsWhenMappaEligible ? " or MAPPA-eligible" : ""));
		return rule(providerId);
	}

	/**
	 * Records a new sentence passed at court and runs the allocation rule on it. A case
	 * for this provider keeps its officer or waits in a team's queue; a case for the NPS
	 * becomes a transfer request.
	 */
	public Recorded recordSentence(CurrentUser user, Crn crn, NewSentence sentence, Basis basis,
			@Nullable String teamCode) {
		PersonRecord person = changeable(user, crn, "record a new sentence");
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>(sentence.problems(today));
		if (basis.roshLevel() != null && !ProviderAllocationRule.ROSH_LEVELS.contains(basis.roshLevel())) {
			problems.add(new FieldProblem("roshLevel", "Select the risk of serious harm level"));
		}
		Team team = team(person, teamCode, problems);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long sentenceId = sentences.record(person.id(), sentence);
		assessments.recomputeTier(person.id(), "New sentence recorded");
		RuleRun run = runRule(user, person, sentenceId, "NEW_SENTENCE", basis);
		ProviderAllocationRule.Decision decision = run.decision();
		String basisText = run.basisText();
		String rosh = run.rosh();
		audit.record(user, "RECORD_SENTENCE", person.crn(), sentence.kind().label() + " of " + sentence.lengthMonths()
				+ " months from " + sentence.sentenceDate() + "; allocation: " + basisText);
		return afterRule(user, person, sentenceId, decision, basisText, rosh, team, "NEW_SENTENCE",
				sentence.sentenceDate(), today);
	}

	/**
	 * Records a release from custody onto licence and runs the allocation rule on it, as
	 * for a new sentence.
	 */
	public Recorded recordRelease(CurrentUser user, Crn crn, @Nullable LocalDate releaseDate,
			@Nullable LocalDate licenceEnds, Basis basis, @Nullable String teamCode) {
		PersonRecord person = changeable(user, crn, "record a release");
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		Optional<LocalDate> custodyStart = sentences.custodyStart(person.id());
		if (custodyStart.isEmpty()) {
			throw new Conflict("This person has no custodial sentence to be released from.");
		}
		if (releaseDate == null) {
			problems.add(new FieldProblem("releaseDate", "Enter the date of release"));
		}
		else if (releaseDate.isAfter(today)) {
			problems.add(new FieldProblem("releaseDate", "The date of release must be today or in the past"));
		}
		else if (releaseDate.isBefore(custodyStart.get())) {
			problems.add(new FieldProblem("releaseDate", "The date of release must be after the sentence began"));
		}
		if (licenceEnds == null) {
			problems.add(new FieldProblem("licenceEndDate", "Enter the date the licence ends"));
		}
		else if (releaseDate != null && !licenceEnds.isAfter(releaseDate)) {
			problems.add(new FieldProblem("licenceEndDate", "The licence must end after the date of release"));
		}
		else if (releaseDate != null && licenceEnds.isAfter(releaseDate.plusYears(25))) {
			problems.add(new FieldProblem("licenceEndDate", "The licence must end within 25 years of release"));
		}
		if (basis.roshLevel() != null && !ProviderAllocationRule.ROSH_LEVELS.contains(basis.roshLevel())) {
			problems.add(new FieldProblem("roshLevel", "Select the risk of serious harm level"));
		}
		Team team = team(person, teamCode, problems);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long licenceId = sentences.release(person.id(), releaseDate, licenceEnds).orElseThrow();
		assessments.recomputeTier(person.id(), "Released on licence");
		RuleRun run = runRule(user, person, licenceId, "RELEASE", basis);
		ProviderAllocationRule.Decision decision = run.decision();
		String basisText = run.basisText();
		String rosh = run.rosh();
		audit.record(user, "RECORD_RELEASE", person.crn(),
				"Released " + releaseDate + " on licence to " + licenceEnds + "; allocation: " + basisText);
		return afterRule(user, person, licenceId, decision, basisText, rosh, team, "RELEASE", releaseDate, today);
	}

	/**
	 * The team whose queue an unallocated case joins; a case with a responsible officer
	 * keeps them (a change of officer is a reallocation, with its reason).
	 */
	private @Nullable Team team(PersonRecord person, @Nullable String teamCode, List<FieldProblem> problems) {
		if (person.responsibleOfficer().isPresent()) {
			return null;
		}
		if (teamCode != null && !teamCode.isBlank()) {
			Team team = organisation.team(teamCode.strip())
				.filter(t -> t.providerId() == person.providerId())
				.orElse(null);
			if (team == null) {
				problems.add(new FieldProblem("team", "Select a team of this provider"));
			}
			return team;
		}
		if (person.responsibleOfficer().isEmpty()) {
			Team team = lastTeam(person);
			if (team == null) {
				problems.add(new FieldProblem("team", "Select the team that will allocate the case"));
			}
			return team;
		}
		return null;
	}

	/** What the rule decided, on what RoSH, and in words. */
	private record RuleRun(ProviderAllocationRule.Decision decision, @Nullable String rosh, String basisText) {
	}

	/**
	 * Runs the allocation rule on the case as recorded (the court's RoSH level and MAPPA
	 * eligibility where given, otherwise the case's assessment) and records its basis.
	 */
	private RuleRun runRule(CurrentUser user, PersonRecord person, long sentenceId, String occasion, Basis basis) {
		AssessmentSummary summary = assessments.summary(person.id());
		String rosh = basis.roshLevel() != null ? basis.roshLevel()
				: summary.rosh() == null ? null : summary.rosh().overallLevel();
		boolean mappa = basis.mappaEligible()
				|| summary.registrations().stream().anyMatch(r -> r.type() == RegistrationType.MAPPA);
		ProviderAllocationRule.Decision decision = rule(person.providerId()).decide(rosh, mappa);
		String basisText = basisText(decision, basis);
		repository.recordProviderAllocation(new TransferRepository.ProviderAllocationRow(person.id(), sentenceId,
				occasion, rosh, mappa, basis.courtAssessment(), basis.safeguardingCheckDone(),
				basis.domesticAbuseCheckDone(), decision.supervisor().name(), basisText, user.username()));
		return new RuleRun(decision, rosh, basisText);
	}

	private static String basisText(ProviderAllocationRule.Decision decision, Basis basis) {
		return decision.basis() + (basis.courtAssessment() ? "; court assessment" : "; no court assessment")
				+ (basis.safeguardingCheckDone() ? "; safeguarding check done" : "; safeguarding check not done")
				+ (basis.domesticAbuseCheckDone() ? "; domestic abuse check done" : "; domestic abuse check not done");
	}

	private Recorded afterRule(CurrentUser user, PersonRecord person, long sentenceId,
			ProviderAllocationRule.Decision decision, String basisText, @Nullable String rosh, @Nullable Team team,
			String reason, LocalDate since, LocalDate today) {
		ProviderType providerType = organisation.providerType(person.providerId()).orElseThrow();
		if (decision.supervisor() == ProviderAllocationRule.Supervisor.NPS_DIVISION
				&& providerType == ProviderType.CRC) {
			long id = requestTransfer(user, person, TransferKind.ALLOCATION, decision.basis(), rosh, today);
			return new Recorded(person.crn(), sentenceId, decision.supervisor(), basisText, null, id, null);
		}
		Optional<StaffMember> officer = person.responsibleOfficer().flatMap(o -> organisation.staffMember(o.staffId()));
		if (officer.isPresent() && team == null) {
			return new Recorded(person.crn(), sentenceId, decision.supervisor(), basisText, null, null,
					officer.get().name());
		}
		allocations.enqueue(person.id(), team.id(), reason, since);
		return new Recorded(person.crn(), sentenceId, decision.supervisor(), basisText, team.code(), null,
				officer.map(StaffMember::name).orElse(null));
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
		PersonRecord person = changeable(user, crn, "escalate to the NPS");
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
		return view(made, people.byIds(List.of(person.id())).get(person.id()), LocalDate.now(clock));
	}

	private long requestTransfer(CurrentUser user, PersonRecord person, TransferKind kind, String reasons,
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

	/** A transfer request with the person and the measured durations. */
	public record TransferView(TransferRepository.Transfer transfer, String crn, String personName,
			@Nullable Integer workingDaysToDecision, boolean overdue) {

		public boolean open() {
			return transfer.decision() == null;
		}

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
			.map(t -> view(t, persons.get(t.personId()), today))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TransferView> transfersOf(long personId) {
		Map<Long, PersonSummary> persons = people.byIds(List.of(personId));
		LocalDate today = LocalDate.now(clock);
		return repository.ofPerson(personId).stream().map(t -> view(t, persons.get(personId), today)).toList();
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
		return view(t, people.byIds(List.of(t.personId())).get(t.personId()), LocalDate.now(clock));
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
			officers.transferOut(t.personId(), today, NPS);
			allocations.leaveQueue(t.personId(), today);
		}
		audit.record(user, accepted ? "NPS_ACCEPTED_TRANSFER" : "NPS_REJECTED_TRANSFER", person.crn(), reasons.strip());
		return view(repository.find(id).orElseThrow(), person, today);
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

	private static TransferView view(TransferRepository.Transfer t, PersonSummary person, LocalDate today) {
		Integer days = t.decidedOn() == null ? null
				: WorkingDayCalendar.workingDaysBetween(t.requestedOn(), t.decidedOn());
		boolean overdue = t.decidedOn() == null ? today.isAfter(t.decisionDueOn())
				: t.decidedOn().isAfter(t.decisionDueOn());
		return new TransferView(t, person.crn(), person.name(), days, overdue);
	}

	/** What the sentence and escalation forms show about the case. */
	public record CaseForChange(String crn, String name, @Nullable String officerName, @Nullable String roshLevel,
			boolean mappaRegistered, List<TeamName> teams, @Nullable String defaultTeam,
			@Nullable TransferView openRequest) {

		public CaseForChange {
			teams = List.copyOf(teams);
		}

		public boolean allocated() {
			return officerName != null;
		}

	}

	/** The case for a form that changes it: refused (and audited) unless the user may. */
	public CaseForChange caseForChange(CurrentUser user, Crn crn, String purpose) {
		PersonRecord person = changeable(user, crn, purpose);
		audit.record(user, org.openprobation.access.AuditLog.VIEW_CASE, person.crn(), "page: " + purpose);
		AssessmentSummary summary = assessments.summary(person.id());
		Optional<StaffMember> officer = person.responsibleOfficer().flatMap(o -> organisation.staffMember(o.staffId()));
		Team last = lastTeam(person);
		LocalDate today = LocalDate.now(clock);
		TransferView open = repository.open(person.id())
			.map(t -> view(t, people.byIds(List.of(person.id())).get(person.id()), today))
			.orElse(null);
		return new CaseForChange(person.crn(), person.name(), officer.map(StaffMember::name).orElse(null),
				summary.rosh() == null ? null : summary.rosh().overallLevel(),
				summary.registrations().stream().anyMatch(r -> r.type() == RegistrationType.MAPPA),
				organisation.teamsOf(person.providerId()), last == null ? null : last.code(), open);
	}

	/**
	 * Refuses (audited) unless the user may change the case; for the API to ask first.
	 */
	public void checkMayChange(CurrentUser user, Crn crn, String purpose) {
		changeable(user, crn, purpose);
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		PersonRecord person = people.require(crn);
		if (person.transferredOut()) {
			throw new Conflict("This case was transferred to " + person.transferredTo() + " on "
					+ person.transferredOutOn() + ".");
		}
		return person;
	}

	private @Nullable Team lastTeam(PersonRecord person) {
		Map<Long, StaffMember> staff = new HashMap<>(organisation
			.staffByIds(person.officerHistory().stream().map(PersonRecord.OfficerAssignment::staffId).toList()));
		for (PersonRecord.OfficerAssignment a : person.officerHistory()) {
			StaffMember member = staff.get(a.staffId());
			if (member != null && member.teamCode() != null) {
				return organisation.team(member.teamCode()).orElse(null);
			}
		}
		return null;
	}

}
