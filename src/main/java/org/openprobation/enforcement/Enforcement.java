package org.openprobation.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.domain.ActionState;
import org.openprobation.enforcement.domain.BreachTimeliness;
import org.openprobation.enforcement.domain.EnforcementWorkflow;
import org.openprobation.enforcement.domain.Transition;
import org.openprobation.enforcement.domain.EnforcementRule;
import org.openprobation.enforcement.persistence.ActionRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.people.People;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
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

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final People people;

	private final Sentences sentences;

	private final Appointments appointments;

	private final Organisation organisation;

	private final ActionRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<EnforcementRule.Timescales> timescales;

	Enforcement(People people, Sentences sentences, Appointments appointments, Organisation organisation,
			ActionRepository repository, CaseGate gate, AuditLog audit, Clock clock, ProviderPolicies policies,
			Policy<EnforcementRule.Timescales> timescales) {
		this.policies = policies;
		this.timescales = timescales;
		this.people = people;
		this.sentences = sentences;
		this.appointments = appointments;
		this.organisation = organisation;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/** A failure still waiting for action. */
	public record Pending(Contact failure, EnforcementRule.Required required, LocalDate dueBy, boolean overdue) {

		public String requiredLabel() {
			return switch (required) {
				case WARNING_OR_BREACH -> "Warning or breach";
				case BREACH -> "Breach: warned within the last 12 months";
				case WARNING_OR_RECALL -> "Warning or recall";
				case BREACH_TO_MAGISTRATES -> "Breach to the magistrates' court";
			};
		}

		public boolean breachOnly() {
			return required == EnforcementRule.Required.BREACH
					|| required == EnforcementRule.Required.BREACH_TO_MAGISTRATES;
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
		PersonRecord person = person(crn);
		audit.record(user, "VIEW_ENFORCEMENT", person.crn(), "enforcement");
		return picture(user, person, owner);
	}

	private CaseEnforcement picture(@Nullable CurrentUser user, PersonRecord person, CaseOwner owner) {
		LocalDate today = LocalDate.now(clock);
		List<EnforcementAction> actions = repository.ofPerson(person.id());
		List<Contact> failures = appointments.enforceableFailures(person.id());
		List<LocalDate> warnings = actions.stream()
			.filter(a -> a.kind() == ActionKind.WARNING && a.createdOn().isAfter(today.minusMonths(12)))
			.map(EnforcementAction::createdOn)
			.toList();
		java.util.Set<Long> actedOn = actions.stream().map(EnforcementAction::contactId).collect(Collectors.toSet());
		CurrentSentence current = sentences.current(List.of(person.id())).get(person.id());
		EnforcementRule.Order order = current == null ? null : orderOf(current.kind());
		List<Pending> pending = new ArrayList<>();
		boolean breachRequired = false;
		if (order != null) {
			List<EnforcementRule.Failure> facts = failures.stream()
				.map(f -> new EnforcementRule.Failure(f.id(), f.start().toLocalDate(), actedOn.contains(f.id())))
				.toList();
			Map<Long, Contact> byId = failures.stream().collect(Collectors.toMap(Contact::id, f -> f));
			for (EnforcementRule.Due due : EnforcementRule.due(order, facts, warnings,
					timescalesOf(owner.providerId()))) {
				pending.add(new Pending(byId.get(due.contactId()), due.required(), due.dueBy(), due.overdueOn(today)));
			}
			breachRequired = EnforcementRule.breachRequired(order, facts, warnings);
		}
		boolean mayAct = user != null && gate.decision(user, owner, CaseUse.CHANGE).isGranted();
		boolean mayCountersign = mayAct && isManager(user);
		return new CaseEnforcement(person, pending, actions, failures.size(), warnings.size(), breachRequired, mayAct,
				mayCountersign, user == null ? null : user.username());
	}

	/**
	 * Warnings in the last 12 months and whether breach is required, for a case the
	 * caller may read.
	 */
	public record Summary(int warningsLast12Months, boolean breachRequired) {
	}

	@Transactional(readOnly = true)
	public Summary summaryOfReadableCase(Crn crn) {
		PersonRecord person = person(crn);
		CaseEnforcement picture = picture(null, person, people.ownerOf(person));
		return new Summary(picture.warningsLast12Months(), picture.breachRequired());
	}

	/**
	 * The failures awaiting action of many cases, by person, in a fixed number of queries
	 * (the caller checks access).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Pending>> pendingOf(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<Contact>> failures = appointments.enforceableFailures(personIds);
		Map<Long, List<ActionRepository.Taken>> actions = repository.takenOn(personIds)
			.stream()
			.collect(Collectors.groupingBy(ActionRepository.Taken::personId));
		Map<Long, CurrentSentence> current = sentences.current(personIds);
		Map<Long, Long> providers = people.providersOf(personIds);
		Map<Long, EnforcementRule.Timescales> byProvider = new java.util.HashMap<>();
		Map<Long, List<Pending>> result = new java.util.HashMap<>();
		failures.forEach((personId, theirs) -> {
			CurrentSentence sentence = current.get(personId);
			EnforcementRule.Order order = sentence == null ? null : orderOf(sentence.kind());
			if (order == null) {
				return;
			}
			List<ActionRepository.Taken> taken = actions.getOrDefault(personId, List.of());
			java.util.Set<Long> actedOn = taken.stream()
				.map(ActionRepository.Taken::contactId)
				.collect(Collectors.toSet());
			List<LocalDate> warnings = taken.stream()
				.filter(a -> a.kind() == ActionKind.WARNING && a.createdOn().isAfter(today.minusMonths(12)))
				.map(ActionRepository.Taken::createdOn)
				.toList();
			Map<Long, Contact> byId = theirs.stream().collect(Collectors.toMap(Contact::id, f -> f));
			List<Pending> pending = EnforcementRule
				.due(order, theirs.stream()
					.map(f -> new EnforcementRule.Failure(f.id(), f.start().toLocalDate(), actedOn.contains(f.id())))
					.toList(), warnings,
						byProvider.computeIfAbsent(providers.getOrDefault(personId, 0L), this::timescalesOf))
				.stream()
				.map(d -> new Pending(byId.get(d.contactId()), d.required(), d.dueBy(), d.overdueOn(today)))
				.toList();
			if (!pending.isEmpty()) {
				result.put(personId, pending);
			}
		});
		return result;
	}

	/** Gives a warning on a failure; the letter is generated from the case. */
	public EnforcementAction warn(CurrentUser user, Crn crn, long contactId) {
		PersonRecord person = changeable(user, crn, "give a warning");
		Pending pending = pendingFailure(user, person, contactId);
		if (pending.breachOnly()) {
			throw new Conflict("A warning was given within the last 12 months: this failure requires breach.");
		}
		String letter = letter(person, pending.failure());
		long id = repository
			.insert(person.id(), contactId, ActionKind.WARNING, ActionState.ISSUED,
					"Warning for " + describe(pending.failure()), letter, LocalDate.now(clock), user.username())
			.orElseThrow(() -> new Conflict("Someone has already acted on this failure."));
		audit.record(user, "GIVE_WARNING", person.crn(), describe(pending.failure()));
		return repository.find(id).orElseThrow();
	}

	/** Proposes breach (or, on a licence, a recall request) with the reasons. */
	public EnforcementAction propose(CurrentUser user, Crn crn, long contactId, @Nullable String reasons) {
		PersonRecord person = changeable(user, crn, "propose breach or recall");
		Pending pending = pendingFailure(user, person, contactId);
		if (reasons == null || reasons.isBlank()) {
			throw new BadRequest(List.of(new FieldProblem("reasons", "Enter the reasons for the breach or recall")));
		}
		if (reasons.length() > 4000) {
			throw new BadRequest(List.of(new FieldProblem("reasons", "The reasons must be 4,000 characters or fewer")));
		}
		ActionKind kind = pending.licence() ? ActionKind.RECALL : ActionKind.BREACH;
		long id = repository
			.insert(person.id(), contactId, kind, ActionState.PROPOSED, reasons.strip(), null, LocalDate.now(clock),
					user.username())
			.orElseThrow(() -> new Conflict("Someone has already acted on this failure."));
		audit.record(user, "PROPOSE_" + kind, person.crn(), describe(pending.failure()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * The next step of a breach or recall: countersign, submit, return, resubmit, decide.
	 */
	public EnforcementAction advance(CurrentUser user, long actionId, int version, @Nullable String step,
			@Nullable String detail) {
		EnforcementAction action = repository.find(actionId)
			.orElseThrow(() -> new NotFound("There is no such enforcement action."));
		PersonRecord person = changeable(user, people.crnOf(action.personId()), "move a breach or recall on");
		EnforcementWorkflow.Step taken = switch (step == null ? "" : step) {
			case "countersign" -> EnforcementWorkflow.Step.COUNTERSIGN;
			case "submit" -> EnforcementWorkflow.Step.SUBMIT;
			case "return" -> EnforcementWorkflow.Step.RETURN;
			default -> throw new BadRequest(List.of(new FieldProblem("step", "Unknown step")));
		};
		if (taken == EnforcementWorkflow.Step.RETURN && (detail == null || detail.isBlank())
				&& action.state() == ActionState.SUBMITTED) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Enter why the pack was returned")));
		}
		ActionState from = action.state();
		ActionState to = allowed(taken, action, user);
		if (!repository.move(actionId, version, from, to, LocalDate.now(clock), user.username(),
				detail == null ? null : detail.strip())) {
			throw new Conflict("This " + action.kindLabel().toLowerCase(java.util.Locale.ROOT)
					+ " changed while you were looking at it; nothing was saved. Check it and try again.");
		}
		audit.record(user, action.kind() + "_" + to, person.crn(),
				detail == null ? to.name() : to + ": " + detail.strip());
		return repository.find(actionId).orElseThrow();
	}

	/**
	 * Records the court's or the recall decision on a submitted pack; a revocation ends
	 * the order and a recall ends the licence, on the date of the decision.
	 */
	public EnforcementAction decide(CurrentUser user, long actionId, int version, @Nullable Decision decision,
			@Nullable String note) {
		EnforcementAction action = repository.find(actionId)
			.orElseThrow(() -> new NotFound("There is no such enforcement action."));
		PersonRecord person = changeable(user, people.crnOf(action.personId()), "record a breach or recall decision");
		allowed(EnforcementWorkflow.Step.DECIDE, action, user);
		if (decision == null || !action.decisions().contains(decision)) {
			throw new BadRequest(List.of(new FieldProblem("decision", "Select the decision")));
		}
		if (note != null && note.length() > 2000) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Must be 2,000 characters or fewer")));
		}
		LocalDate today = LocalDate.now(clock);
		String outcome = decision.label() + (note == null || note.isBlank() ? "" : ": " + note.strip());
		if (!repository.decide(actionId, version, decision.name(), outcome, today)) {
			throw new Conflict(changedMeanwhile(action));
		}
		if (decision.endsSentenceAs() != null) {
			boolean licence = action.kind() == ActionKind.RECALL;
			sentences.of(action.personId())
				.stream()
				.filter(Sentence::active)
				.filter(sentence -> licence == (sentence.kind() == SentenceKind.LICENCE
						|| sentence.kind() == SentenceKind.POST_SENTENCE_SUPERVISION))
				.filter(sentence -> sentence.kind() != SentenceKind.PRE_RELEASE)
				.forEach(sentence -> sentences.end(sentence.id(), decision.endsSentenceAs(), today));
		}
		audit.record(user, action.kind() + "_DECIDED", person.crn(), outcome);
		return repository.find(actionId).orElseThrow();
	}

	/**
	 * Records a warrant (the person did not surrender, or is unlawfully at large after
	 * recall) or its execution (arrested or surrendered).
	 */
	public EnforcementAction warrant(CurrentUser user, long actionId, int version, boolean executed,
			@Nullable String detail) {
		EnforcementAction action = repository.find(actionId)
			.orElseThrow(() -> new NotFound("There is no such enforcement action."));
		PersonRecord person = changeable(user, people.crnOf(action.personId()), "record a warrant");
		LocalDate today = LocalDate.now(clock);
		if (executed) {
			allowed(EnforcementWorkflow.Step.EXECUTE_WARRANT, action, user);
			if (!repository.executeWarrant(actionId, version, today)) {
				throw new Conflict(changedMeanwhile(action));
			}
			audit.record(user, "WARRANT_EXECUTED", person.crn(), action.kindLabel());
		}
		else {
			allowed(EnforcementWorkflow.Step.ISSUE_WARRANT, action, user);
			if (detail == null || detail.isBlank()) {
				throw new BadRequest(List.of(new FieldProblem("detail",
						"Enter the warrant's details: the court or authority, and whether backed for bail")));
			}
			if (detail.length() > 1000) {
				throw new BadRequest(List.of(new FieldProblem("detail", "Must be 1,000 characters or fewer")));
			}
			if (!repository.issueWarrant(actionId, version, today, detail.strip())) {
				throw new Conflict(changedMeanwhile(action));
			}
			audit.record(user, "WARRANT_ISSUED", person.crn(), detail.strip());
		}
		return repository.find(actionId).orElseThrow();
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

	@Transactional(readOnly = false)
	public Timeliness timeliness(CurrentUser user) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Enforcement timeliness is for managers and inspectors.");
		}
		LocalDate to = LocalDate.now(clock);
		LocalDate from = to.minusMonths(12);
		List<ActionRepository.Submitted> submitted = repository.submittedBetween(user.providerScope(), from, to);
		EnforcementRule.Timescales scale = timescalesOf(user.providerScope());
		Map<String, int[]> byTeam = new java.util.TreeMap<>();
		int[] total = new int[3];
		List<Integer> days = new ArrayList<>();
		for (ActionRepository.Submitted s : submitted) {
			boolean onTime = BreachTimeliness.onTime(s.failureOn(), s.submittedOn(), scale);
			days.add(BreachTimeliness.workingDaysToSubmit(s.failureOn(), s.submittedOn()));
			for (int[] counts : List.of(total,
					byTeam.computeIfAbsent(s.team() == null ? "No responsible officer" : s.team(), k -> new int[3]))) {
				counts[0]++;
				counts[1] += onTime ? 1 : 0;
				counts[2] += s.timesReturned() > 0 ? 1 : 0;
			}
		}
		java.util.Collections.sort(days);
		double median = days.isEmpty() ? 0 : days.size() % 2 == 1 ? days.get(days.size() / 2)
				: (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
		audit.record(user, "VIEW_ENFORCEMENT_TIMELINESS", null, from + " to " + to);
		return new Timeliness(from, to, new TimelinessRow("All", total[0], total[1], total[2]),
				byTeam.entrySet()
					.stream()
					.map(e -> new TimelinessRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
					.toList(),
				median, scale.breachWorkingDays());
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
		EnforcementRule.Timescales scale = timescalesOf(providerScope);
		return repository.submittedBetween(providerScope, from, to)
			.stream()
			.map(s -> new Submission(s.personId(), s.kind(), s.failureOn(), s.submittedOn(),
					BreachTimeliness.onTime(s.failureOn(), s.submittedOn(), scale), s.timesReturned() > 0,
					BreachTimeliness.workingDaysToSubmit(s.failureOn(), s.submittedOn())))
			.toList();
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

	private static String changedMeanwhile(EnforcementAction action) {
		return "This " + action.kindLabel().toLowerCase(java.util.Locale.ROOT)
				+ " changed while you were looking at it; nothing was saved. Check it and try again.";
	}

	@Transactional(readOnly = false)
	public EnforcementAction action(CurrentUser user, long actionId) {
		EnforcementAction action = repository.find(actionId)
			.orElseThrow(() -> new NotFound("There is no such enforcement action."));
		gate.openPerson(user, action.personId(), CaseUse.READ, "enforcement letter");
		return action;
	}

	/**
	 * A warning with its letter, for a user who may read the case; the reading is
	 * audited.
	 */
	public EnforcementAction letterOf(CurrentUser user, long actionId) {
		EnforcementAction action = action(user, actionId);
		if (action.letter() == null) {
			throw new NotFound("This action has no letter.");
		}
		audit.record(user, "VIEW_WARNING_LETTER", crnOf(action), "letter of " + action.createdOn());
		return action;
	}

	public String crnOf(EnforcementAction action) {
		return people.crnOf(action.personId()).value();
	}

	/** The provider's enforcement timescales (the defaults across all providers). */
	private EnforcementRule.Timescales timescalesOf(@Nullable Long providerId) {
		return policies.current(timescales, providerId == null || providerId == 0L ? null : providerId);
	}

	/** The state the step leads to, or the workflow's refusal as 403 or 409. */
	private static ActionState allowed(EnforcementWorkflow.Step step, EnforcementAction action, CurrentUser user) {
		Transition transition = EnforcementWorkflow.take(step, action.standing(), actor(user, action));
		if (transition instanceof Transition.Allowed allowed) {
			return allowed.next();
		}
		Transition.Refused refused = (Transition.Refused) transition;
		if (refused.ground() == Transition.Ground.ROLE) {
			throw new AccessDeniedException(refused.reason());
		}
		throw new Conflict(refused.reason());
	}

	private static EnforcementWorkflow.Actor actor(CurrentUser user, EnforcementAction action) {
		return new EnforcementWorkflow.Actor(isManager(user), Objects.equals(action.createdBy(), user.username()));
	}

	private static boolean isManager(CurrentUser user) {
		return user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.ADMIN);
	}

	private Pending pendingFailure(CurrentUser user, PersonRecord person, long contactId) {
		return picture(user, person, people.ownerOf(person)).pending()
			.stream()
			.filter(p -> p.failure().id() == contactId)
			.findFirst()
			.orElseThrow(
					() -> new Conflict("That failure has already been acted on, or is not an enforceable failure."));
	}

	private String letter(PersonRecord person, Contact failure) {
		String officer = person.responsibleOfficer()
			.flatMap(o -> organisation.staffMember(o.staffId()))
			.map(m -> m.name())
			.orElse("Your responsible officer");
		String address = person.mainAddress().map(PersonRecord.Address::singleLine).orElse("");
		return String.join("\n", person.name(), address, "", LocalDate.now(clock).format(LONG_DATE), "",
				"Dear " + person.name() + ",", "", "Warning: failure to comply with your order (" + person.crn() + ")",
				"",
				"On " + failure.start().toLocalDate().format(LONG_DATE) + " you "
						+ (failure.outcome() != null && failure.outcome().attended()
								? "attended your " + failure.type().label().toLowerCase(java.util.Locale.ROOT)
										+ " but did not comply with what was required of you."
								: "did not attend your " + failure.type().label().toLowerCase(java.util.Locale.ROOT)
										+ " and have not given an acceptable reason."),
				"",
				"This is a formal warning. If you fail to comply again within the next 12 months, you will be "
						+ "returned to court (breach proceedings), which may lead to a more onerous order or a custodial sentence.",
				"", "If you have any questions, contact me.", "", officer);
	}

	private static String describe(Contact failure) {
		return failure.type().label() + " on " + failure.start().toLocalDate() + " ("
				+ (failure.outcome() == null ? "" : failure.outcome().label()) + ")";
	}

	private PersonRecord person(Crn crn) {
		return people.require(crn);
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		PersonRecord person = person(crn);
		return person;
	}

	/**
	 * The order whose enforcement rule applies to a sentence of this kind; none before
	 * release.
	 */
	static EnforcementRule.@Nullable Order orderOf(org.openprobation.sentences.SentenceKind kind) {
		switch (kind) {
			case COMMUNITY_ORDER:
			case SUSPENDED_SENTENCE_ORDER:
				return EnforcementRule.Order.COMMUNITY;
			case LICENCE:
				return EnforcementRule.Order.LICENCE;
			case POST_SENTENCE_SUPERVISION:
				return EnforcementRule.Order.POST_SENTENCE_SUPERVISION;
			default:
				return null;
		}
	}

}
