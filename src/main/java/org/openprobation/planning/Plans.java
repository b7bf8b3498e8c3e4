package org.openprobation.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.planning.domain.PlanGaps;
import org.openprobation.planning.persistence.PlanRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sentence plans and their gaps. The caller has checked that the user may read (or
 * change) the case; changes are audited here, in the same transaction.
 */
@Service
@Transactional
public class Plans {

	/**
	 * Policy default: a plan is due within 15 working days of allocation (about 21 days).
	 */
	static final int DAYS_TO_PLAN = 21;

	private final PlanRepository repository;

	private final Assessments assessments;

	private final AuditLog audit;

	private final Clock clock;

	Plans(PlanRepository repository, Assessments assessments, AuditLog audit, Clock clock) {
		this.repository = repository;
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
		return new SentencePlan(head.orElse(null), objectives, reasons, gaps);
	}

	/** Adds an objective, starting the plan if there is none yet. */
	public long addObjective(CurrentUser user, long personId, String crn, String text, Set<Need> needs, boolean risk,
			LocalDate target) {
		if (needs.isEmpty() && !risk) {
			throw new IllegalArgumentException("An objective addresses at least one need or the risk of harm");
		}
		LocalDate today = LocalDate.now(clock);
		long plan = repository.planOf(personId)
			.map(SentencePlan.Head::id)
			.orElseGet(() -> repository.createPlan(personId, today, today.plusDays(DAYS_TO_PLAN)));
		long id = repository.addObjective(plan, text, needs, risk, target, user.username());
		audit.record(user, "ADD_PLAN_OBJECTIVE", crn,
				"Objective " + id + " addresses " + needs + (risk ? " and risk of harm" : ""));
		return id;
	}

	/**
	 * Records why a need (or the risk of harm) is deliberately not in the plan, which
	 * closes that gap; the plan is started if there is none yet.
	 */
	public void recordGapReason(CurrentUser user, long personId, String crn, String item, String reason) {
		LocalDate today = LocalDate.now(clock);
		long plan = repository.planOf(personId)
			.map(SentencePlan.Head::id)
			.orElseGet(() -> repository.createPlan(personId, today, today.plusDays(DAYS_TO_PLAN)));
		repository.recordReason(plan, item, reason, user.username());
		audit.record(user, "RECORD_PLAN_GAP_REASON", crn, item + ": " + reason);
	}

	/**
	 * Records a need as now assessed (see {@link Assessments#recordNeed}) and audits it.
	 */
	public void recordNeed(CurrentUser user, long personId, String crn, Need need,
			org.openprobation.assessment.domain.TierRule.NeedSeverity severity, boolean linkedToOffending,
			boolean linkedToHarm) {
		assessments.recordNeed(personId, need, severity, linkedToOffending, linkedToHarm, user.username());
		audit.record(user, "RECORD_NEED", crn, need + ": " + severity
				+ (linkedToOffending ? ", linked to offending" : "") + (linkedToHarm ? ", linked to harm" : ""));
	}

}
