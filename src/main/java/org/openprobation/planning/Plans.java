package org.openprobation.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.people.People;
import org.openprobation.planning.domain.PlanGaps;
import org.openprobation.planning.persistence.PlanRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sentence plans and their gaps. The caller has checked that the user may read (or
 * change) the case; changes are audited here, in the same transaction.
 */
@Service
@Transactional
public class Plans {

	private final PlanRepository repository;

	private final People people;

	private final Assessments assessments;

	private final AuditLog audit;

	private final Clock clock;

	Plans(PlanRepository repository, People people, Assessments assessments, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.people = people;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SentencePlan of(long personId, AssessmentSummary assessment) {
		var head = repository.planOf(personId);
		List<SentencePlan.Objective> objectives = head.map(h -> repository.objectives(h.id())).orElse(List.of());
		Map<String, String> reasons = head.map(h -> repository.reasons(h.id())).orElse(Map.of());
		List<PlanGaps.AssessedNeed> needs = new ArrayList<>();
		if (assessment.needs() != null) {
			assessment.needs()
				.needs()
				.forEach(n -> needs.add(new PlanGaps.AssessedNeed(n.need(), n.linkedToOffending(), n.linkedToHarm())));
		}
		List<PlanGaps.Gap> gaps = PlanGaps.find(needs, assessment.rosh() == null ? null : assessment.rosh().overall(),
				objectives.stream().map(o -> new PlanGaps.Objective(o.needs(), o.addressesRiskOfHarm())).toList(),
				reasons.keySet());
		List<SentencePlan.Review> reviews = head.map(h -> repository.reviews(h.id())).orElse(List.of());
		// a plan's review date is the provider's policy; with no plan there is nothing to
		// review
		Long provider = head.isEmpty() ? null : people.providersOf(List.of(personId)).get(personId);
		InitialAssessment.Settings timescales = head.isEmpty() ? InitialAssessment.Settings.defaults()
				: assessments.initialAssessment(provider);
		return new SentencePlan(head.orElse(null), objectives, reasons, gaps, reviews, timescales,
				countersignature(head.orElse(null), assessment.rosh() == null ? null : assessment.rosh().overall(),
						head.isEmpty() ? Countersigning.Settings.defaults() : assessments.countersigning(provider)));
	}

	/**
	 * Where a plan stands under management oversight: one with objectives needs a
	 * manager's countersignature when the case's risk of serious harm calls for it.
	 */
	private static Countersigning.State countersignature(SentencePlan.@Nullable Head head,
			TierRule.@Nullable RoshLevel rosh, Countersigning.Settings settings) {
		if (head == null) {
			return new Countersigning.NotRequired();
		}
		return Countersigning.stateOf(head.objectiveCount() > 0 && settings.requiredFor(rosh), head.changedOn(),
				head.decided(), settings);
	}

	/** A case's sentence plan under management oversight. */
	public record PlanOversight(long personId, SentencePlan.Head plan, Countersigning.State state) {
	}

	/**
	 * The plans of many cases under management oversight, judged by each case's latest
	 * RoSH assessment and its provider's policy, in a fixed number of queries.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanOversight> oversightOf(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, SentencePlan.Head> heads = repository.plansOf(personIds);
		Map<Long, org.openprobation.assessment.RoshOverall> rosh = assessments.latestRoshOverall(heads.keySet());
		Map<Long, Long> providers = people.providersOf(heads.keySet());
		Map<Long, Countersigning.Settings> settings = new java.util.HashMap<>();
		Map<Long, PlanOversight> result = new java.util.HashMap<>();
		heads.forEach((personId, head) -> {
			Countersigning.Settings rule = settings.computeIfAbsent(providers.getOrDefault(personId, -1L),
					provider -> assessments.countersigning(provider < 0 ? null : provider));
			var overall = rosh.get(personId);
			result.put(personId, new PlanOversight(personId, head,
					countersignature(head, overall == null ? null : overall.overall(), rule)));
		});
		return result;
	}

	/**
	 * A manager countersigns the plan as it stood when they read it ({@code version}), or
	 * returns it to the officer with reasons; refused when the plan has changed since.
	 */
	public Countersigning.State decide(CheckedCase overseen, int version, Countersigning.@Nullable Decision decision,
			@Nullable String reasons) {
		overseen.require(CaseUse.OVERSEE);
		CurrentUser user = overseen.user();
		SentencePlan.Head head = repository.planOf(overseen.personId())
			.filter(h -> h.objectiveCount() > 0)
			.orElseThrow(() -> new BadRequest(List
				.of(new FieldProblem("decision", "There is no plan to countersign: it has no objectives yet"))));
		if (head.version() != version) {
			throw new BadRequest(List.of(new FieldProblem("decision",
					"The plan has changed since you opened it: read it again before you decide")));
		}
		String stripped = reasons == null || reasons.isBlank() ? null : reasons.strip();
		List<FieldProblem> problems = Countersigning.problems(decision, stripped,
				head.changedBy() == null ? "" : head.changedBy(), user.username());
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		Countersigning.Decided decided = new Countersigning.Decided(java.util.Objects.requireNonNull(decision),
				stripped, user.username(), clock.instant());
		repository.insertDecision(head.id(), version, decided);
		audit.record(user, decision == Countersigning.Decision.COUNTERSIGNED ? "COUNTERSIGN_PLAN" : "RETURN_PLAN",
				overseen.crn().value(), "Sentence plan version " + version + (stripped == null ? "" : ": " + stripped));
		return oversightOf(List.of(overseen.personId())).get(overseen.personId()).state();
	}

	/** A case's plan gaps and timeliness, as an oversight list shows it. */
	public record PlanState(long personId, @Nullable LocalDate startedOn, @Nullable LocalDate dueBy, int objectives,
			List<String> gaps, @Nullable LocalDate lastReviewedOn) {

		public PlanState {
			gaps = List.copyOf(gaps);
		}

		/** When the plan's next scheduled review is due under the provider's policy. */
		public @Nullable LocalDate nextReviewDue(InitialAssessment.Settings timescales) {
			LocalDate from = lastReviewedOn != null ? lastReviewedOn : startedOn;
			return from == null ? null : InitialAssessment.reviewDue(from, timescales);
		}

	}

	/**
	 * When each case's plan was last reviewed, for the cases whose plan has been (the
	 * home visit standard counts from it): the plans alone, not their gaps.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> lastReviewedOn(Collection<Long> personIds) {
		Map<Long, LocalDate> reviewed = new java.util.HashMap<>();
		if (!personIds.isEmpty()) {
			repository.plansOf(personIds).forEach((personId, head) -> {
				if (head.lastReviewedOn() != null) {
					reviewed.put(personId, head.lastReviewedOn());
				}
			});
		}
		return reviewed;
	}

	/**
	 * The plan state of many cases in a fixed number of queries: gaps from each case's
	 * latest needs and RoSH assessments, objectives and recorded reasons.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanState> statesOf(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : statesOf(personIds, assessments.latestRoshOverall(personIds));
	}

	/**
	 * The same, with the cases' latest RoSH assessments the caller has already read (it
	 * needs them too), so they are not read twice.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanState> statesOf(Collection<Long> personIds,
			Map<Long, org.openprobation.assessment.RoshOverall> rosh) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, SentencePlan.Head> heads = repository.plansOf(personIds);
		List<Long> planIds = heads.values().stream().map(SentencePlan.Head::id).toList();
		Map<Long, List<PlanGaps.Objective>> objectives = planIds.isEmpty() ? Map.of()
				: repository.objectivesOfPlans(planIds);
		Map<Long, java.util.Set<String>> reasons = planIds.isEmpty() ? Map.of() : repository.reasonItems(planIds);
		// gaps are found from linked needs alone, so the others are not read
		Map<Long, org.openprobation.assessment.NeedsAssessment> needs = assessments.latestLinkedNeeds(personIds);
		Map<Long, PlanState> states = new java.util.HashMap<>();
		for (Long personId : personIds) {
			SentencePlan.Head head = heads.get(personId);
			List<PlanGaps.AssessedNeed> assessed = new ArrayList<>();
			if (needs.get(personId) != null) {
				needs.get(personId)
					.needs()
					.forEach(n -> assessed
						.add(new PlanGaps.AssessedNeed(n.need(), n.linkedToOffending(), n.linkedToHarm())));
			}
			List<PlanGaps.Objective> planObjectives = head == null ? List.of()
					: objectives.getOrDefault(head.id(), List.of());
			List<PlanGaps.Gap> gaps = PlanGaps.find(assessed,
					rosh.get(personId) == null ? null : rosh.get(personId).overall(), planObjectives,
					head == null ? java.util.Set.of() : reasons.getOrDefault(head.id(), java.util.Set.of()));
			states.put(personId,
					new PlanState(personId, head == null ? null : head.createdOn(), head == null ? null : head.dueBy(),
							planObjectives.size(), gaps.stream().map(PlanGaps.Gap::message).toList(),
							head == null ? null : head.lastReviewedOn()));
		}
		return states;
	}

	/** Records the person's own words about the plan and whether they agree with it. */
	public void recordAgreement(CheckedCase planned, @Nullable String personsWords, boolean agreed) {
		planned.require(CaseUse.CHANGE);
		CurrentUser user = planned.user();
		long personId = planned.personId();
		String crn = planned.crn().value();
		List<FieldProblem> problems = new ArrayList<>();
		if (personsWords != null && personsWords.length() > 4000) {
			problems.add(new FieldProblem("personsWords", "The person's words must be 4,000 characters or fewer"));
		}
		if (agreed && (personsWords == null || personsWords.isBlank())) {
			problems.add(new FieldProblem("personsWords", "Record what the person said about the plan"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		LocalDate today = LocalDate.now(clock);
		long plan = repository.planOf(personId)
			.map(SentencePlan.Head::id)
			.orElseGet(() -> repository.createPlan(personId, today, dueBy(personId, today)));
		repository.recordAgreement(plan, personsWords == null || personsWords.isBlank() ? null : personsWords.strip(),
				agreed, agreed ? today : null, today, user.username());
		audit.record(user, "RECORD_PLAN_AGREEMENT", crn, agreed ? "The person agrees with the plan" : "Not agreed");
	}

	/**
	 * Reviews the plan: why, a summary, the person's view, and progress on each objective
	 * (which becomes the objective's status).
	 */
	public long review(CheckedCase planned, SentencePlan.@Nullable ReviewTrigger trigger, @Nullable String summary,
			@Nullable String personsView, Map<Long, String> statuses, Map<Long, String> notes) {
		planned.require(CaseUse.CHANGE);
		CurrentUser user = planned.user();
		long personId = planned.personId();
		String crn = planned.crn().value();
		List<FieldProblem> problems = new ArrayList<>();
		var head = repository.planOf(personId);
		if (head.isEmpty()) {
			throw new BadRequest(
					List.of(new FieldProblem("summary", "There is no plan to review yet: add an objective first")));
		}
		List<SentencePlan.Objective> objectives = repository.objectives(head.get().id());
		if (trigger == null) {
			problems.add(new FieldProblem("trigger", "Select why the plan is being reviewed"));
		}
		if (summary == null || summary.isBlank()) {
			problems.add(new FieldProblem("summary", "Enter a summary of the review"));
		}
		else if (summary.length() > 4000) {
			problems.add(new FieldProblem("summary", "The summary must be 4,000 characters or fewer"));
		}
		if (personsView != null && personsView.length() > 4000) {
			problems.add(new FieldProblem("personsView", "The person's view must be 4,000 characters or fewer"));
		}
		List<SentencePlan.Progress> progress = new ArrayList<>();
		for (SentencePlan.Objective objective : objectives) {
			String status = statuses.get(objective.id());
			if (status == null || !OBJECTIVE_STATUSES.contains(status)) {
				problems.add(new FieldProblem("status-" + objective.id(),
						"Select the progress on '" + abbreviate(objective.text()) + "'"));
				continue;
			}
			String note = notes.get(objective.id());
			if (note != null && note.length() > 2000) {
				problems.add(new FieldProblem("note-" + objective.id(),
						"A progress note must be 2,000 characters or fewer"));
				continue;
			}
			progress.add(new SentencePlan.Progress(objective.id(), status,
					note == null || note.isBlank() ? null : note.strip()));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = repository.addReview(head.get().id(), LocalDate.now(clock), trigger, summary.strip(),
				personsView == null || personsView.isBlank() ? null : personsView.strip(), user.username(), progress);
		audit.record(user, "REVIEW_PLAN", crn, trigger.label() + ": " + progress.size() + " objectives reviewed");
		return id;
	}

	public static final List<String> OBJECTIVE_STATUSES = List.of("NOT_STARTED", "IN_PROGRESS", "ACHIEVED",
			"NOT_ACHIEVED");

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "...";
	}

	/** Adds an objective, starting the plan if there is none yet. */
	public long addObjective(CheckedCase planned, String text, Set<Need> needs, boolean risk, LocalDate target,
			@Nullable String actions, SentencePlan.DeliveredBy deliveredBy) {
		planned.require(CaseUse.CHANGE);
		CurrentUser user = planned.user();
		long personId = planned.personId();
		String crn = planned.crn().value();
		if (needs.isEmpty() && !risk) {
			throw new IllegalArgumentException("An objective addresses at least one need or the risk of harm");
		}
		LocalDate today = LocalDate.now(clock);
		long plan = repository.planOf(personId)
			.map(SentencePlan.Head::id)
			.orElseGet(() -> repository.createPlan(personId, today, dueBy(personId, today)));
		long id = repository.addObjective(plan, text, needs, risk, target, user.username(),
				actions == null || actions.isBlank() ? null : actions.strip(), deliveredBy, today);
		audit.record(user, "ADD_PLAN_OBJECTIVE", crn,
				"Objective " + id + " addresses " + needs + (risk ? " and risk of harm" : ""));
		return id;
	}

	/**
	 * Records why a need (or the risk of harm) is deliberately not in the plan, which
	 * closes that gap; the plan is started if there is none yet.
	 */
	public void recordGapReason(CheckedCase planned, String item, String reason) {
		planned.require(CaseUse.CHANGE);
		CurrentUser user = planned.user();
		long personId = planned.personId();
		String crn = planned.crn().value();
		LocalDate today = LocalDate.now(clock);
		long plan = repository.planOf(personId)
			.map(SentencePlan.Head::id)
			.orElseGet(() -> repository.createPlan(personId, today, dueBy(personId, today)));
		repository.recordReason(plan, item, reason, user.username());
		audit.record(user, "RECORD_PLAN_GAP_REASON", crn, item + ": " + reason);
	}

	/**
	 * Records a need as now assessed (see {@link Assessments#recordNeed}) and audits it.
	 */
	public void recordNeed(CheckedCase planned, Need need,
			org.openprobation.assessment.domain.TierRule.NeedSeverity severity, boolean linkedToOffending,
			boolean linkedToHarm, boolean reviewedNoChange) {
		planned.require(CaseUse.CHANGE);
		CurrentUser user = planned.user();
		long personId = planned.personId();
		String crn = planned.crn().value();
		assessments.recordNeed(personId, need, severity, linkedToOffending, linkedToHarm, user.username(),
				reviewedNoChange);
		audit.record(user, "RECORD_NEED", crn,
				need + ": " + severity + (linkedToOffending ? ", linked to offending" : "")
						+ (linkedToHarm ? ", linked to harm" : "")
						+ (reviewedNoChange ? " (reviewed, no change)" : ""));
	}

	/**
	 * A new plan is due by the initial assessment rule, from the case's allocation to its
	 * officer (or from today, for a case not yet allocated); before release for a case in
	 * custody.
	 */
	private LocalDate dueBy(long personId, LocalDate today) {
		return assessments.initialAssessmentDue(personId, people.providersOf(List.of(personId)).get(personId),
				people.allocatedOn(List.of(personId)).getOrDefault(personId, today));
	}

}
