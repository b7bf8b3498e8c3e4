package org.openprobation.allocation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.allocation.domain.ProviderAllocationRule;
import org.openprobation.allocation.domain.TransferKind;
import org.openprobation.allocation.persistence.TransferRepository;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.ProviderType;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.NewSentence;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.openprobation.allocation.Allocations;
import org.openprobation.allocation.ProviderAllocations;
import org.openprobation.allocation.ProviderAllocations.Basis;
import org.openprobation.allocation.ProviderAllocations.Recorded;

/**
 * A new sentence or a release recorded, and the provider allocation rule run on it
 * ({@code assessment.md}, Allocation to the NPS or a CRC): the case keeps its officer,
 * waits in a team's queue, or becomes a transfer request to the NPS; what the decision
 * rested on is kept.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class SentenceAllocations {

	private final ProviderAllocations facade;

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Organisation organisation;

	private final Allocations allocations;

	private final TransferRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	private final NpsTransfers transfers;

	SentenceAllocations(ProviderAllocations facade, People people, Sentences sentences, Assessments assessments,
			Organisation organisation, Allocations allocations, TransferRepository repository, AuditLog audit,
			Clock clock, NpsTransfers transfers) {
		this.facade = facade;
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.organisation = organisation;
		this.allocations = allocations;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
		this.transfers = transfers;
	}

	/**
	 * Records a new sentence passed at court and runs the allocation rule on it. A case
	 * for this provider keeps its officer or waits in a team's queue; a case for the NPS
	 * becomes a transfer request.
	 */
	public Recorded recordSentence(CurrentUser user, Crn crn, NewSentence sentence, Basis basis,
			@Nullable String teamCode) {
		PersonRecord person = facade.changeable(user, crn, "record a new sentence");
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
		PersonRecord person = facade.changeable(user, crn, "record a release");
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
			Team team = facade.lastTeam(person);
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
		ProviderAllocationRule.Decision decision = facade.rule(person.providerId()).decide(rosh, mappa);
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
			long id = transfers.requestTransfer(user, person, TransferKind.ALLOCATION, decision.basis(), rosh, today);
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

}
