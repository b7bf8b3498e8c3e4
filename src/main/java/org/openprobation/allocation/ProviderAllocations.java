package org.openprobation.allocation;

import java.time.Clock;
import java.time.LocalDate;
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
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.allocation.domain.ProviderAllocationRule;
import org.openprobation.allocation.persistence.TransferRepository;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.organisation.TeamName;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSummary;
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

	public static final String NPS = "the National Probation Service";

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Organisation organisation;

	private final TransferRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	ProviderAllocations(People people, Sentences sentences, Assessments assessments, Organisation organisation,
			TransferRepository repository, CaseGate gate, AuditLog audit, Clock clock) {
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.organisation = organisation;
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

	/** A transfer request with the person and the measured durations. */
	/**
	 * An undecided transfer or escalation request: its case, and when its decision is
	 * due.
	 */
	public record AwaitingDecision(long id, long personId, String kind, LocalDate decisionDueOn) {
	}

	/** The undecided transfer and escalation requests about any of these cases. */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public List<AwaitingDecision> awaitingDecision(java.util.Collection<Long> personIds) {
		return personIds.isEmpty() ? List.of()
				: repository.open(personIds)
					.stream()
					.map(t -> new AwaitingDecision(t.id(), t.personId(), t.kind().label(), t.decisionDueOn()))
					.toList();
	}

	public record TransferView(TransferRepository.Transfer transfer, String crn, String personName,
			@Nullable Integer workingDaysToDecision, boolean overdue) {

		public boolean open() {
			return transfer.decision() == null;
		}

		/** A request as the lists show it, with the measured durations. */
		public static TransferView of(TransferRepository.Transfer t, PersonSummary person, LocalDate today) {
			Integer days = t.decidedOn() == null ? null
					: WorkingDayCalendar.workingDaysBetween(t.requestedOn(), t.decidedOn());
			boolean overdue = t.decidedOn() == null ? today.isAfter(t.decisionDueOn())
					: t.decidedOn().isAfter(t.decisionDueOn());
			return new TransferView(t, person.crn(), person.name(), days, overdue);
		}

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
			.map(t -> TransferView.of(t, people.byIds(List.of(person.id())).get(person.id()), today))
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

	/**
	 * The case, refused (audited) unless the user may change it or it left the provider.
	 */
	public PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		PersonRecord person = people.require(crn);
		if (person.transferredOut()) {
			throw new Conflict("This case was transferred to " + person.transferredTo() + " on "
					+ org.openprobation.shared.Dates.inWords(person.transferredOutOn()) + ".");
		}
		return person;
	}

	/** The team of the case's latest officer who had one. */
	public @Nullable Team lastTeam(PersonRecord person) {
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
