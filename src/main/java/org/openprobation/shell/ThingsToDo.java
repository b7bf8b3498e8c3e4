package org.openprobation.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.domain.ReviewTriggers;
import org.openprobation.planning.Plans;
import org.openprobation.unpaidwork.UnpaidWork;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.interventions.Referrals;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.contacts.HomeVisits;
import org.openprobation.people.People;
import org.openprobation.people.PersonSummary;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Things to do": the tasks the rules derive for a practitioner's cases (or, for a senior
 * probation officer, their team's), with due dates and links: inductions to book,
 * outcomes not recorded, contacts overdue, warnings and breaches due, registration
 * reviews due, safeguarding checks to chase or escalate.
 */
@Service
@Transactional
public class ThingsToDo {

	public enum Kind {

		INDUCTION_TO_BOOK("Induction to book"), OUTCOME_NOT_RECORDED("Outcome not recorded"),
		CONTACT_OVERDUE("Contact overdue"), WARNING_DUE("Warning letter due"), BREACH_DUE("Breach due"),
		RAR_AT_RISK("RAR days at risk"), REFERRAL_AWAITING_RESPONSE("Referral awaiting response"),
		HOME_VISIT_DUE("Home visit due"), REGISTRATION_REVIEW_DUE("Registration review due"),
		SAFEGUARDING_FOLLOW_UP("Safeguarding check to chase or escalate"),
		INITIAL_ASSESSMENT_DUE("Initial assessment and plan due"), ROSH_REVIEW_DUE("RoSH review due"),
		PLAN_REVIEW_DUE("Plan review due"), COUNTERSIGNATURE_RETURNED("Returned by a manager to revise"),
		COUNTERSIGNATURE_DUE("Awaiting countersignature"),
		UNPAID_WORK_START_DUE("Unpaid work induction and first session due"),
		TRANSFER_DECISION_DUE("Transfer or escalation decision due"), SET_TASK("Task set by you or a colleague"),
		BREACH_TO_COUNTERSIGN("Breach or recall to countersign"),
		BREACH_SENT_BACK("Breach or recall sent back to correct"), BREACH_TO_SUBMIT("Breach or recall to submit");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Task(Kind kind, PersonSummary person, @Nullable StaffMember officer, LocalDate due, String detail,
			String link) {

		public boolean overdueOn(LocalDate date) {
			return due.isBefore(date);
		}

	}

	public record ToDoList(String heading, List<Task> tasks, Map<Kind, Integer> counts, boolean team) {

		public ToDoList {
			tasks = List.copyOf(tasks);
			counts = Map.copyOf(counts);
		}

		public int count(Kind kind) {
			return counts.getOrDefault(kind, 0);
		}

	}

	private final People people;

	private final Caseloads caseloads;

	private final Organisation organisation;

	private final Appointments appointments;

	private final Enforcement enforcement;

	private final AuditLog audit;

	private final Referrals referrals;

	private final HomeVisits homeVisits;

	private final java.time.Clock clock;

	private final Assessments assessments;

	private final SafeguardingChecks safeguarding;

	private final Plans plans;

	private final org.openprobation.tasks.UserTasks userTasks;

	private final UnpaidWork unpaidWork;

	private final org.openprobation.allocation.ProviderAllocations providerAllocations;

	private final org.openprobation.sentences.Sentences sentences;

	ThingsToDo(People people, Caseloads caseloads, Organisation organisation, Appointments appointments,
			Enforcement enforcement, Referrals referrals, HomeVisits homeVisits, AuditLog audit, java.time.Clock clock,
			Assessments assessments, SafeguardingChecks safeguarding, Plans plans,
			org.openprobation.tasks.UserTasks userTasks, UnpaidWork unpaidWork,
			org.openprobation.allocation.ProviderAllocations providerAllocations,
			org.openprobation.sentences.Sentences sentences) {
		this.sentences = sentences;
		this.providerAllocations = providerAllocations;
		this.unpaidWork = unpaidWork;
		this.userTasks = userTasks;
		this.plans = plans;
		this.assessments = assessments;
		this.safeguarding = safeguarding;
		this.referrals = referrals;
		this.homeVisits = homeVisits;
		this.people = people;
		this.caseloads = caseloads;
		this.organisation = organisation;
		this.appointments = appointments;
		this.enforcement = enforcement;
		this.audit = audit;
		this.clock = clock;
	}

	public ToDoList of(CurrentUser user) {
		ToDoList list = compute(user);
		remember(user, Summary.of(list.tasks(), LocalDate.now(clock)));
		audit.record(user, "VIEW_TASKS", null, list.heading() + ": " + list.tasks().size());
		return list;
	}

	/** How long the header's task count may be out of date, in seconds. */
	static final int COUNT_SECONDS = 30;

	/**
	 * The user's list in figures, for the header and the home page: how many, how many
	 * overdue, how many due within the week (overdue included), and by kind.
	 */
	public record Summary(int total, int overdue, int dueThisWeek, Map<Kind, Integer> counts) {

		public Summary {
			counts = Map.copyOf(counts);
		}

		public int count(Kind kind) {
			return counts.getOrDefault(kind, 0);
		}

		/** What waits for a manager's decision: countersignatures and transfers. */
		public int awaitingManager() {
			return count(Kind.COUNTERSIGNATURE_DUE) + count(Kind.BREACH_TO_COUNTERSIGN)
					+ count(Kind.TRANSFER_DECISION_DUE);
		}

		static Summary of(List<Task> tasks, LocalDate today) {
			Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
			int overdue = 0;
			int week = 0;
			for (Task t : tasks) {
				counts.merge(t.kind(), 1, Integer::sum);
				if (t.overdueOn(today)) {
					overdue++;
				}
				if (!t.due().isAfter(today.plusDays(7))) {
					week++;
				}
			}
			return new Summary(tasks.size(), overdue, week, counts);
		}

	}

	private record Counted(Summary summary, java.time.Instant until) {
	}

	private final java.util.concurrent.ConcurrentMap<String, Counted> counted = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * How many things the user has to do, for the page header (recomputed at most every
	 * 30 seconds per user), or null for users without a list.
	 */
	@Transactional(readOnly = true)
	public @Nullable Integer count(CurrentUser user) {
		Summary summary = summary(user);
		return summary == null ? null : summary.total();
	}

	/**
	 * The user's list in figures (recomputed at most every 30 seconds per user), or null
	 * for users without a list.
	 */
	@Transactional(readOnly = true)
	public @Nullable Summary summary(CurrentUser user) {
		boolean hasList = (user.has(Role.SPO) && user.teamId() != null)
				|| (user.staffId() != null && user.has(Role.PRACTITIONER));
		if (!hasList) {
			return null;
		}
		Counted known = counted.get(user.username());
		if (known != null && clock.instant().isBefore(known.until())) {
			return known.summary();
		}
		Summary summary = Summary.of(compute(user).tasks(), LocalDate.now(clock));
		remember(user, summary);
		return summary;
	}

	/**
	 * Counts the user's list again on their next page: they have just changed something.
	 */
	public void forget(String username) {
		counted.remove(username);
	}

	private void remember(CurrentUser user, Summary summary) {
		if (counted.size() > 10_000) {
			counted.clear();
		}
		counted.put(user.username(), new Counted(summary, clock.instant().plusSeconds(COUNT_SECONDS)));
	}

	private ToDoList compute(CurrentUser user) {
		List<PersonSummary> cases;
		String heading;
		boolean team = false;
		if (user.has(Role.SPO) && user.teamId() != null) {
			Team theTeam = organisation.team(organisation.teamCode(user.teamId()).orElseThrow()).orElseThrow();
			cases = new ArrayList<>(caseloads.casesOfTeam(user, theTeam).people().values());
			heading = "Things to do: " + theTeam.name();
			team = true;
		}
		else if (user.staffId() != null && user.has(Role.PRACTITIONER)) {
			cases = people.caseloadOf(user.staffId());
			heading = "Things to do";
		}
		else {
			throw new NotFound("Things to do are listed for practitioners and their managers.");
		}
		List<Task> tasks = tasksOf(user, cases, team);
		Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
		tasks.forEach(t -> counts.merge(t.kind(), 1, Integer::sum));
		return new ToDoList(heading, tasks, counts, team);
	}

	/**
	 * What is outstanding on one case, whoever it falls to (the officer's tasks, tasks
	 * set about it, countersignatures awaited): for the case's own pages, whose use case
	 * has checked access.
	 */
	@Transactional(readOnly = true)
	public List<Task> ofCase(CurrentUser user, PersonSummary person) {
		return tasksOf(user, List.of(person), true).stream().filter(t -> t.person().id() == person.id()).toList();
	}

	private List<Task> tasksOf(CurrentUser user, List<PersonSummary> cases, boolean team) {
		LocalDate today = LocalDate.now(clock);
		List<Long> ids = cases.stream().map(PersonSummary::id).toList();
		Map<Long, PersonSummary> byId = new java.util.HashMap<>();
		cases.forEach(p -> byId.put(p.id(), p));
		Map<Long, StaffMember> officers = team ? organisation.staffByIds(cases.stream()
			.map(PersonSummary::officerStaffId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList()) : Map.of();
		List<Task> tasks = new ArrayList<>();
		appointments.nextContacts(ids).forEach((id, next) -> {
			PersonSummary p = byId.get(id);
			if (next.induction() && !next.due().isAfter(today.plusDays(7))) {
				tasks.add(task(Kind.INDUCTION_TO_BOOK, p, officers, next.due(), "Induction due",
						"/cases/" + p.crn() + "/appointments/new"));
			}
			else if (next.overdue() && !next.induction()) {
				tasks.add(task(Kind.CONTACT_OVERDUE, p, officers, next.due(), next.statusLabel(),
						"/cases/" + p.crn() + "/appointments/new"));
			}
		});
		for (Contact c : appointments.awaitingOutcome(ids)) {
			PersonSummary p = byId.get(c.personId());
			tasks.add(task(Kind.OUTCOME_NOT_RECORDED, p, officers, c.start().toLocalDate(), c.type().label(),
					"/appointments/" + c.id() + "/outcome"));
		}
		enforcement.pendingOf(ids).forEach((id, pending) -> {
			PersonSummary p = byId.get(id);
			for (Enforcement.Pending due : pending) {
				tasks.add(task(due.breachOnly() ? Kind.BREACH_DUE : Kind.WARNING_DUE, p, officers, due.dueBy(),
						due.requiredLabel() + " (failure on "
								+ org.openprobation.shared.Dates.inWords(due.failure().start().toLocalDate()) + ")",
						"/cases/" + p.crn() + "/enforcement"));
			}
		});
		// a breach or recall on its way to court: the manager countersigns (or sends it
		// back), the officer corrects it, and it is submitted within the breach timescale
		for (Enforcement.BeforeSubmission breach : enforcement.beforeSubmission(ids)) {
			PersonSummary p = byId.get(breach.action().personId());
			String link = "/cases/" + p.crn() + "/enforcement#action-" + breach.action().id();
			String what = breach.action().kindLabel() + " (failure on "
					+ breach.failureOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")) + ")";
			if (breach.awaitingCountersignature() && team) {
				tasks.add(task(Kind.BREACH_TO_COUNTERSIGN, p, officers, breach.submitBy(),
						what + ", proposed by " + breach.action().createdBy(), link));
			}
			else if (breach.sentBack()) {
				tasks.add(task(Kind.BREACH_SENT_BACK, p, officers, breach.submitBy(),
						what + ": " + (breach.action().sentBack() == null ? "" : breach.action().sentBack().reason()),
						link));
			}
			else if (breach.toSubmit()) {
				tasks.add(task(Kind.BREACH_TO_SUBMIT, p, officers, breach.submitBy(),
						what + ", countersigned by " + breach.action().countersignedBy(), link));
			}
		}
		for (Appointments.RarAtRisk rar : appointments.rarAtRisk(ids)) {
			PersonSummary p = byId.get(rar.personId());
			tasks.add(task(Kind.RAR_AT_RISK, p, officers, today, rar.daysRemaining() + " of " + rar.daysOrdered()
					+ " days left before "
					+ rar.requirement().endDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")),
					"/cases/" + p.crn() + "/appointments/new"));
		}
		homeVisits.dueOf(ids).forEach((id, due) -> {
			if (!due.due().isAfter(today.plusDays(7))) {
				PersonSummary p = byId.get(id);
				tasks.add(task(Kind.HOME_VISIT_DUE, p, officers, due.due(), due.reason(),
						"/cases/" + p.crn() + "/appointments/new"));
			}
		});
		referrals.awaitingResponse(ids).forEach((id, awaiting) -> {
			PersonSummary p = byId.get(id);
			for (Referrals.AwaitingResponse a : awaiting) {
				tasks.add(task(
						Kind.REFERRAL_AWAITING_RESPONSE, p, officers, a.responseDue(), a.serviceName() + " (sent "
								+ org.openprobation.shared.Dates.inWords(a.referral().sentOn()) + ")",
						"/referrals/" + a.referral().id()));
			}
		});
		// registrations whose review falls due within the week (assessment.md: overdue
		// registration reviews are tasks)
		assessments.registrations(ids).forEach((id, registrations) -> {
			PersonSummary p = byId.get(id);
			for (Registration r : registrations) {
				if (!r.nextReviewDate().isAfter(today.plusDays(7))) {
					tasks.add(task(Kind.REGISTRATION_REVIEW_DUE, p, officers, r.nextReviewDate(), r.label(),
							"/cases/" + p.crn() + "/registrations/" + r.id() + "/review"));
				}
			}
		});
		// safeguarding requests past their due date that are not yet chased, or not yet
		// escalated at 20 working days
		for (SafeguardingCheck check : safeguarding.outstanding(ids)) {
			if (check.followUpDue()) {
				PersonSummary p = byId.get(check.personId());
				tasks.add(task(Kind.SAFEGUARDING_FOLLOW_UP, p, officers, check.dueOn(),
						check.kind().label() + " to " + check.agency() + ": " + check.stageLabel(),
						"/cases/" + p.crn() + "/risk#safeguarding"));
			}
		}
		assessmentsAndPlans(tasks, ids, byId, officers, today);
		setTasks(tasks, user, team ? ids : List.of(), byId, officers);
		// requests to the NPS awaiting its decision, chased when due
		for (org.openprobation.allocation.ProviderAllocations.AwaitingDecision awaiting : providerAllocations
			.awaitingDecision(ids)) {
			if (!awaiting.decisionDueOn().isAfter(today.plusDays(7))) {
				PersonSummary p = byId.get(awaiting.personId());
				tasks.add(task(Kind.TRANSFER_DECISION_DUE, p, officers, awaiting.decisionDueOn(),
						awaiting.kind() + " awaiting the decision", "/transfers/" + awaiting.id()));
			}
		}
		// an unpaid work order whose person has worked no session: induction and first
		// session due within the policy's working days of its start
		for (UnpaidWork.StartDue start : unpaidWork.startsDue(ids)) {
			if (!start.dueBy().isAfter(today.plusDays(7)) && (!start.inducted() || !start.booked())) {
				PersonSummary p = byId.get(start.personId());
				String missing = !start.inducted() && !start.booked() ? "Induction and first session to book"
						: !start.inducted() ? "Induction to record before the first session" : "First session to book";
				tasks.add(task(Kind.UNPAID_WORK_START_DUE, p, officers, start.dueBy(), missing,
						"/cases/" + p.crn() + "/unpaid-work"));
			}
		}
		countersignatures(tasks, ids, byId, officers, team);
		tasks.sort(Comparator.comparing(Task::due).thenComparing(t -> t.person().crn()));
		return tasks;
	}

	/**
	 * Tasks people set: those for the user, and on a team's list those about its cases; a
	 * task about a case outside the list is shown with that case.
	 */
	private void setTasks(List<Task> tasks, CurrentUser user, List<Long> ids, Map<Long, PersonSummary> byId,
			Map<Long, StaffMember> officers) {
		List<org.openprobation.tasks.UserTask> open = userTasks.open(user, ids);
		List<Long> elsewhere = open.stream()
			.map(org.openprobation.tasks.UserTask::personId)
			.filter(id -> !byId.containsKey(id))
			.distinct()
			.toList();
		Map<Long, PersonSummary> others = elsewhere.isEmpty() ? Map.of() : people.byIds(elsewhere);
		for (org.openprobation.tasks.UserTask t : open) {
			PersonSummary p = byId.containsKey(t.personId()) ? byId.get(t.personId()) : others.get(t.personId());
			if (p != null) {
				tasks.add(task(Kind.SET_TASK, p, officers, t.dueOn(),
						t.title() + " (for " + t.assignedTo()
								+ (t.setBy().equals(t.assignedTo()) ? "" : ", set by " + t.setBy()) + ")",
						"/tasks/" + t.id()));
			}
		}
	}

	/**
	 * The initial RoSH assessment, needs assessment and plan due from allocation, and the
	 * RoSH and plan reviews falling due (scheduled, or sooner after a trigger), within
	 * the week or overdue.
	 */
	private void assessmentsAndPlans(List<Task> tasks, List<Long> ids, Map<Long, PersonSummary> byId,
			Map<Long, StaffMember> officers, LocalDate today) {
		Map<Long, LocalDate> allocated = people.allocatedOn(ids);
		Map<Long, org.openprobation.assessment.RoshOverall> rosh = assessments.latestRoshOverall(ids);
		Map<Long, Plans.PlanState> planStates = plans.statesOf(ids, rosh);
		Map<Long, org.openprobation.assessment.ReviewFacts> facts = assessments.reviewFacts(ids);
		Map<Long, org.openprobation.sentences.CurrentSentence> current = sentences.current(ids);
		Map<Long, Long> providers = people.providersOf(ids);
		Map<Long, InitialAssessment.Settings> settings = new java.util.HashMap<>();
		LocalDate horizon = today.plusDays(7);
		for (long id : ids) {
			PersonSummary p = byId.get(id);
			InitialAssessment.Settings rule = settings.computeIfAbsent(providers.getOrDefault(id, -1L),
					provider -> assessments.initialAssessment(provider < 0 ? null : provider));
			org.openprobation.assessment.ReviewFacts fact = facts.get(id);
			ReviewTriggers.Events events = fact == null ? ReviewTriggers.Events.none() : fact.events();
			Plans.PlanState plan = planStates.get(id);
			boolean planMade = plan != null && plan.startedOn() != null && plan.objectives() > 0;
			var latest = rosh.get(id);
			LocalDate allocatedOn = allocated.get(id);
			if (allocatedOn != null) {
				List<String> missing = new ArrayList<>();
				if (latest == null) {
					missing.add("RoSH assessment");
				}
				if (fact == null || fact.needsAssessedOn() == null) {
					missing.add("needs assessment");
				}
				if (!planMade) {
					missing.add("sentence plan");
				}
				org.openprobation.sentences.CurrentSentence sentence = current.get(id);
				LocalDate release = sentence != null
						&& sentence.kind() == org.openprobation.sentences.SentenceKind.PRE_RELEASE
								? sentence.expectedEndDate() : null;
				LocalDate due = InitialAssessment.dueBy(allocatedOn, release, rule);
				if (!missing.isEmpty() && !due.isAfter(horizon)) {
					tasks.add(task(Kind.INITIAL_ASSESSMENT_DUE, p, officers, due,
							"Still to do: " + String.join(", ", missing) + " (allocated " + DAY.format(allocatedOn)
									+ (release == null ? "" : "; due before release on " + DAY.format(release)) + ")",
							"/cases/" + p.crn() + "#assessment"));
				}
			}
			if (latest != null) {
				ReviewTriggers.Due due = ReviewTriggers.due(latest.assessedOn(), events, rule);
				if (!due.by().isAfter(horizon)) {
					tasks.add(task(Kind.ROSH_REVIEW_DUE, p, officers, due.by(),
							due.why() + "; last assessed " + DAY.format(latest.assessedOn()),
							"/cases/" + p.crn() + "/rosh/new"));
				}
			}
			if (planMade) {
				LocalDate last = plan.lastReviewedOn() != null ? plan.lastReviewedOn() : plan.startedOn();
				ReviewTriggers.Due due = ReviewTriggers.due(last, events, rule);
				if (!due.by().isAfter(horizon)) {
					tasks.add(task(Kind.PLAN_REVIEW_DUE, p, officers, due.by(),
							due.why() + "; last reviewed " + DAY.format(last),
							"/cases/" + p.crn() + "/plan/reviews/new"));
				}
			}
		}
	}

	/**
	 * Assessments and plans a manager returned (the officer revises them), and, on a
	 * manager's list, those awaiting their countersignature.
	 */
	private void countersignatures(List<Task> tasks, List<Long> ids, Map<Long, PersonSummary> byId,
			Map<Long, StaffMember> officers, boolean team) {
		assessments.roshOversight(ids)
			.forEach((id, rosh) -> oversightTask(tasks, byId.get(id), officers, team, rosh.state(),
					"RoSH assessment of " + DAY.format(rosh.rosh().assessedOn()) + " ("
							+ rosh.rosh().overall().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ")",
					"/rosh/new", "/rosh/countersignature"));
		plans.oversightOf(ids)
			.forEach((id, plan) -> oversightTask(tasks, byId.get(id), officers, team, plan.state(),
					"Sentence plan, last changed " + DAY.format(plan.plan().changedOn()), "/plan",
					"/plan/countersignature"));
	}

	/**
	 * A returned assessment or plan is the officer's to revise (at {@code revise}); one
	 * awaiting countersignature is, on a manager's list, theirs to decide (at
	 * {@code decide}).
	 */
	private static void oversightTask(List<Task> tasks, PersonSummary p, Map<Long, StaffMember> officers, boolean team,
			Countersigning.State state, String what, String revise, String decide) {
		if (state instanceof Countersigning.Returned returned) {
			tasks.add(task(Kind.COUNTERSIGNATURE_RETURNED, p, officers, decidedOn(returned.decided()),
					what + ": " + returned.decided().reasons(), "/cases/" + p.crn() + revise));
		}
		else if (team && state instanceof Countersigning.Awaiting awaiting) {
			tasks.add(
					task(Kind.COUNTERSIGNATURE_DUE, p, officers, awaiting.dueBy(), what, "/cases/" + p.crn() + decide));
		}
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy");

	private static LocalDate decidedOn(Countersigning.Decided decided) {
		return decided.at().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
	}

	private static Task task(Kind kind, PersonSummary person, Map<Long, StaffMember> officers, LocalDate due,
			String detail, String link) {
		return new Task(kind, person, person.officerStaffId() == null ? null : officers.get(person.officerStaffId()),
				due, detail, link);
	}

}
