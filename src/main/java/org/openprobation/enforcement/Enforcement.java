package org.openprobation.enforcement;

import org.openprobation.enforcement.application.BreachTimelinessReport;
import org.openprobation.enforcement.application.EnforcementPictures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.Contact;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.domain.EnforcementWorkflow;
import org.openprobation.enforcement.domain.EnforcementRule;
import org.openprobation.enforcement.persistence.ActionRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on enforceable failures: what each requires and by when, warnings with their
 * letter, and breach or recall from proposal through the manager's countersignature,
 * submission, return for correction and decision. Every step is audited.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class Enforcement {

	private final People people;

	private final ActionRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final EnforcementPictures pictures;

	private final BreachTimelinessReport timeliness;

	private final org.openprobation.organisation.Organisation organisation;

	Enforcement(People people, ActionRepository repository, CaseGate gate, AuditLog audit, Clock clock,
			EnforcementPictures pictures, BreachTimelinessReport timeliness,
			org.openprobation.organisation.Organisation organisation) {
		this.organisation = organisation;
		this.people = people;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
		this.pictures = pictures;
		this.timeliness = timeliness;
	}

	/** A failure still waiting for action. */
	public record Pending(Contact failure, EnforcementRule.Required required, LocalDate dueBy, boolean overdue) {

		public String requiredLabel() {
			return switch (required) {
				case WARNING_OR_BREACH -> "Warning or breach";
				case BREACH -> "Breach: warned within the last 12 months";
				case WARNING_OR_RECALL -> "Warning or recall";
				case WARNING_OR_BREACH_TO_MAGISTRATES -> "Warning or breach to the magistrates' court";
				case BREACH_TO_MAGISTRATES -> "Breach to the magistrates' court: warned within the last 12 months";
			};
		}

		public boolean breachOnly() {
			return !required.warningAllowed();
		}

		public boolean licence() {
			return required == EnforcementRule.Required.WARNING_OR_RECALL;
		}

	}

	/** The enforcement picture of a case. */
	public record CaseEnforcement(PersonRecord person, List<Pending> pending, List<EnforcementAction> actions,
			int failuresLast12Months, int warningsLast12Months, boolean breachRequired, boolean mayAct,
			boolean mayCountersign, @Nullable String viewer) {

		public CaseEnforcement {
			pending = List.copyOf(pending);
			actions = List.copyOf(actions);
		}

		/**
		 * The steps the viewer may take on one of the case's actions: what the page
		 * offers.
		 */
		public Steps steps(EnforcementAction action) {
			if (!mayAct) {
				return new Steps(java.util.Set.of());
			}
			return new Steps(EnforcementWorkflow.open(action.standing(),
					new EnforcementWorkflow.Actor(mayCountersign, Objects.equals(action.createdBy(), viewer))));
		}

	}

	/** The steps open on an action, as the page asks about them. */
	public record Steps(java.util.Set<EnforcementWorkflow.Step> open) {

		public boolean countersign() {
			return open.contains(EnforcementWorkflow.Step.COUNTERSIGN);
		}

		public boolean submit() {
			return open.contains(EnforcementWorkflow.Step.SUBMIT);
		}

		/** A submitted pack is returned for correction or decided. */
		/** A manager sends a proposal back to be corrected, with what to correct. */
		public boolean sendBack() {
			return open.contains(EnforcementWorkflow.Step.SEND_BACK);
		}

		public boolean proposeAgain() {
			return open.contains(EnforcementWorkflow.Step.PROPOSE_AGAIN);
		}

		public boolean returnOrDecide() {
			return open.contains(EnforcementWorkflow.Step.RETURN);
		}

		public boolean issueWarrant() {
			return open.contains(EnforcementWorkflow.Step.ISSUE_WARRANT);
		}

		public boolean executeWarrant() {
			return open.contains(EnforcementWorkflow.Step.EXECUTE_WARRANT);
		}

		public boolean any() {
			return !open.isEmpty();
		}

	}

	/**
	 * The case's enforcement for a form that changes it: refused (audited) unless the
	 * user may.
	 */
	public CaseEnforcement ofForChange(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		return of(user, crn);
	}

	public CaseEnforcement of(CurrentUser user, Crn crn) {
		CaseOwner owner = gate.read(user, crn, "enforcement").owner();
		PersonRecord person = people.require(crn);
		audit.record(user, "VIEW_ENFORCEMENT", person.crn(), "enforcement");
		return pictures.picture(user, person, owner);
	}

	/**
	 * Warnings in the last 12 months and whether breach is required, for a case the
	 * caller may read.
	 */
	public record Summary(int warningsLast12Months, boolean breachRequired) {
	}

	@Transactional(readOnly = true)
	public Summary summaryOfReadableCase(Crn crn) {
		PersonRecord person = people.require(crn);
		CaseEnforcement picture = pictures.picture(null, person, people.ownerOf(person));
		return new Summary(picture.warningsLast12Months(), picture.breachRequired());
	}

	/**
	 * The failures awaiting action of many cases, by person, in a fixed number of queries
	 * (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Pending>> pendingOf(java.util.Collection<Long> personIds) {
		return pictures.pendingOf(personIds);
	}

	/**
	 * A case's enforcement at a glance: failures awaiting a decision (and whether any is
	 * past its due date) and the breach or recall in progress.
	 */
	public record Glance(int awaitingDecision, boolean decisionOverdue, @Nullable EnforcementAction inProgress) {

		public static final Glance NONE = new Glance(0, false, null);

		public String label() {
			if (inProgress != null) {
				return inProgress.warrantOutstanding() ? inProgress.kindLabel() + ": warrant outstanding"
						: inProgress.kindLabel() + ": " + inProgress.state().lowerCaseLabel();
			}
			if (awaitingDecision > 0) {
				return awaitingDecision + (awaitingDecision == 1 ? " failure to comply" : " failures to comply")
						+ " awaiting a decision" + (decisionOverdue ? " (overdue)" : "");
			}
			return "No enforcement action in progress";
		}

		public boolean attention() {
			return inProgress != null || awaitingDecision > 0;
		}

	}

	/** The glance of many cases at once (the caller checks access). */
	@Transactional(readOnly = true)
	public Map<Long, Glance> glance(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Pending>> pending = pictures.pendingOf(personIds);
		Map<Long, EnforcementAction> open = repository.openOf(personIds);
		Map<Long, Glance> result = new java.util.HashMap<>();
		for (Long id : personIds) {
			List<Pending> due = pending.getOrDefault(id, List.of());
			result.put(id, new Glance(due.size(), due.stream().anyMatch(Pending::overdue), open.get(id)));
		}
		return result;
	}

	/**
	 * A breach or recall before submission: whose step it is next (the manager's
	 * countersignature, the officer's correction, or the submission) and the day it must
	 * be submitted by, the breach timescale from the failure.
	 */
	public record BeforeSubmission(EnforcementAction action, LocalDate failureOn, LocalDate submitBy) {

		public boolean overdueOn(LocalDate today) {
			return submitBy.isBefore(today);
		}

		/** Waiting for a manager's countersignature. */
		public boolean awaitingCountersignature() {
			return action.state() == org.openprobation.enforcement.domain.ActionState.PROPOSED;
		}

		/** Sent back by a manager, for its officer to correct. */
		public boolean sentBack() {
			return action.state() == org.openprobation.enforcement.domain.ActionState.SENT_BACK;
		}

		/** Countersigned, for its officer to submit. */
		public boolean toSubmit() {
			return action.state() == org.openprobation.enforcement.domain.ActionState.COUNTERSIGNED;
		}

	}

	/**
	 * These people's breaches and recalls before submission (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public List<BeforeSubmission> beforeSubmission(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		List<ActionRepository.InWorkflow> rows = repository.beforeSubmission(personIds);
		Map<Long, Long> providers = people
			.providersOf(rows.stream().map(r -> r.action().personId()).distinct().toList());
		return rows.stream()
			.map(r -> new BeforeSubmission(r.action(), r.failureOn(),
					org.openprobation.shared.WorkingDayCalendar.plusWorkingDays(r.failureOn(),
							pictures.timescalesOf(providers.get(r.action().personId())).breachWorkingDays())))
			.toList();
	}

	/** One row of the managers' countersignature queue. */
	public record ToCountersign(BeforeSubmission breach, org.openprobation.people.PersonSummary person,
			@Nullable String officer) {
	}

	/**
	 * Breaches and recalls awaiting a manager's countersignature: a team manager's team,
	 * an area manager's or administrator's provider (every provider for a national
	 * administrator), without the cases the user may not see; the earliest deadline
	 * first. The list is audited.
	 */
	@Transactional
	public List<ToCountersign> countersignatureQueue(CurrentUser user) {
		if (!org.openprobation.enforcement.application.EnforcementPictures.managerRole(user)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Breaches and recalls are countersigned by managers.");
		}
		Long scope = user.readsEveryProvider() ? null : user.providerId();
		List<ActionRepository.InWorkflow> rows = repository.awaitingCountersignature(scope);
		List<Long> ids = rows.stream().map(r -> r.action().personId()).distinct().toList();
		Map<Long, org.openprobation.people.PersonSummary> persons = ids.isEmpty() ? Map.of() : people.byIds(ids);
		Map<Long, org.openprobation.organisation.StaffMember> officers = organisation.staffByIds(persons.values()
			.stream()
			.map(org.openprobation.people.PersonSummary::officerStaffId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Map<Long, Long> providers = people.providersOf(ids);
		boolean teamOnly = user.has(org.openprobation.access.Role.SPO)
				&& !user.hasAny(org.openprobation.access.Role.AREA_MANAGER, org.openprobation.access.Role.ADMIN);
		List<ToCountersign> queue = new java.util.ArrayList<>();
		for (ActionRepository.InWorkflow row : rows) {
			org.openprobation.people.PersonSummary person = persons.get(row.action().personId());
			if (person == null) {
				continue;
			}
			org.openprobation.organisation.StaffMember officer = person.officerStaffId() == null ? null
					: officers.get(person.officerStaffId());
			if (teamOnly && (officer == null || !Objects.equals(officer.teamId(), user.teamId()))) {
				continue;
			}
			LocalDate submitBy = org.openprobation.shared.WorkingDayCalendar.plusWorkingDays(row.failureOn(),
					pictures.timescalesOf(providers.get(person.id())).breachWorkingDays());
			queue.add(new ToCountersign(new BeforeSubmission(row.action(), row.failureOn(), submitBy), person,
					officer == null ? null : officer.name()));
		}
		queue.sort(java.util.Comparator.comparing((ToCountersign t) -> t.breach().submitBy())
			.thenComparing(t -> t.breach().action().id()));
		return gate
			.list(user, queue, t -> t.person().id(), "VIEW_COUNTERSIGNATURE_QUEUE",
					"Breaches and recalls awaiting countersignature")
			.rows();
	}

	/**
	 * The date of the person's latest breach or recall started within the last year, for
	 * the women's factors (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<LocalDate> latestBreachOrRecallInLastYear(long personId) {
		LocalDate since = LocalDate.now(clock).minusYears(1);
		return repository.ofPerson(personId)
			.stream()
			.filter(a -> a.kind() != ActionKind.WARNING && !a.createdOn().isBefore(since))
			.map(EnforcementAction::createdOn)
			.max(java.util.Comparator.naturalOrder());
	}

	/** Breaches and recalls submitted on time (10 working days) and returned, by team. */
	public record TimelinessRow(String team, int submitted, int onTime, int returned) {

		public int onTimePercent() {
			return submitted == 0 ? 0 : (int) Math.round(100.0 * onTime / submitted);
		}

		public int returnedPercent() {
			return submitted == 0 ? 0 : (int) Math.round(100.0 * returned / submitted);
		}

	}

	public record Timeliness(LocalDate from, LocalDate to, TimelinessRow total, List<TimelinessRow> teams,
			double medianWorkingDays, int breachWorkingDays) {

		public Timeliness {
			teams = List.copyOf(teams);
		}

	}

	/** A breach or recall submitted to court or for recall, with its timeliness. */
	public record Submission(long personId, ActionKind kind, LocalDate failureOn, LocalDate submittedOn, boolean onTime,
			boolean returned, int workingDays) {
	}

	/**
	 * Breaches and recalls submitted between two dates, for management information (the
	 * caller checks the user may read the provider's figures).
	 */
	@Transactional(readOnly = true)
	public List<Submission> submissions(@Nullable Long providerScope, LocalDate from, LocalDate to) {
		return timeliness.submissions(providerScope, from, to);
	}

	/** An outstanding warrant, for the banner on every page of a case. */
	public record Warrant(LocalDate issuedOn, String detail, String kindLabel) {
	}

	/**
	 * The outstanding warrant of the case with this CRN, if any (for a page the caller
	 * has already checked and audited).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Warrant> outstandingWarrant(String crn) {
		return repository.outstandingWarrant(crn)
			.map(a -> new Warrant(a.warrantIssuedOn(), a.warrantDetail() == null ? "" : a.warrantDetail(),
					a.kindLabel()));
	}

}
