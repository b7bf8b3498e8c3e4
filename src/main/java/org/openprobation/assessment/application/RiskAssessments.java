package org.openprobation.assessment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.CaseTier;
import org.openprobation.assessment.RoshAssessment;
import org.openprobation.assessment.RoshOversight;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.access.CaseUse;
import org.openprobation.assessment.persistence.AssessmentRepository;
import org.openprobation.people.Gender;
import org.openprobation.people.People;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a risk of serious harm assessment, a supplied RSR and the women's factors:
 * each opens the case for change through the gate, saves, recomputes the tier and writes
 * the audit row in one transaction.
 */
@Service
@Transactional
public class RiskAssessments {

	private final CaseGate gate;

	private final People people;

	private final AssessmentRepository repository;

	private final Assessments assessments;

	private final AuditLog audit;

	private final Clock clock;

	RiskAssessments(CaseGate gate, People people, AssessmentRepository repository, Assessments assessments,
			AuditLog audit, Clock clock) {
		this.gate = gate;
		this.people = people;
		this.repository = repository;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new RoSH assessment dated today; the earlier ones stay as its history. */
	public long recordRosh(CurrentUser user, Crn crn, Assessments.NewRosh rosh) {
		CheckedCase checked = gate.change(user, crn, "record RoSH");
		if (rosh.levels().size() != RoshAssessment.RiskGroup.values().length) {
			throw new IllegalArgumentException("A level is needed for every group at risk");
		}
		// a form saved again as it was is not a new assessment unless it is a review that
		// found nothing changed, said so (issue 29: it re-tiered the case)
		if (!rosh.reviewedNoChange()
				&& rosh.sameAs(assessments.latestRosh(List.of(checked.personId())).get(checked.personId()))) {
			throw new BadRequest(List.of(new FieldProblem("reviewedNoChange",
					"Nothing is different from the current assessment: change what has changed, or confirm you "
							+ "reviewed it and nothing has changed")));
		}
		long id = repository.insertRosh(checked.personId(), LocalDate.now(clock), rosh.levels(), rosh.whoIsAtRisk(),
				rosh.natureOfHarm(), rosh.imminence(), rosh.increasesRisk(), rosh.reducesRisk(),
				rosh.riskManagementPlan(), user.username());
		assessments.recomputeTier(checked.personId(),
				rosh.reviewedNoChange() ? "Risk of serious harm reviewed" : "Risk of serious harm reassessed");
		audit.record(user, "RECORD_ROSH", crn.value(), "RoSH assessment " + id + ": " + rosh.levels()
				+ (rosh.reviewedNoChange() ? " (reviewed, no change)" : ""));
		return id;
	}

	/**
	 * A manager countersigns the case's latest RoSH assessment, or returns it to the
	 * officer with reasons (it then shows on the officer's list until they reassess).
	 * Only the latest counts: a decision on one a newer assessment has replaced is
	 * refused.
	 */
	public RoshOversight decideRosh(CurrentUser user, Crn crn, long roshAssessmentId,
			Countersigning.@Nullable Decision decision, @Nullable String reasons) {
		CheckedCase checked = gate.open(user, crn, CaseUse.OVERSEE, "countersign the RoSH assessment");
		AssessmentRepository.RoshDecided latest = repository.latestRoshDecided(List.of(checked.personId()))
			.get(checked.personId());
		if (latest == null || latest.rosh().id() != roshAssessmentId) {
			throw new BadRequest(List.of(new FieldProblem("decision", latest == null
					? "There is no risk of serious harm assessment to countersign"
					: "A newer risk of serious harm assessment has been recorded since: countersign or return that one")));
		}
		String stripped = reasons == null || reasons.isBlank() ? null : reasons.strip();
		List<FieldProblem> problems = Countersigning.problems(decision, stripped, latest.author(), user.username());
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		Countersigning.Decided decided = new Countersigning.Decided(java.util.Objects.requireNonNull(decision),
				stripped, user.username(), clock.instant());
		repository.insertRoshDecision(roshAssessmentId, decided);
		audit.record(user, decision == Countersigning.Decision.COUNTERSIGNED ? "COUNTERSIGN_ROSH" : "RETURN_ROSH",
				crn.value(), "RoSH assessment " + roshAssessmentId + (stripped == null ? "" : ": " + stripped));
		return assessments.roshOversight(List.of(checked.personId())).get(checked.personId());
	}

	/** A supplied RSR percentage with its date and source. */
	public void recordRsr(CurrentUser user, Crn crn, BigDecimal percent, LocalDate scoredOn, String source) {
		CheckedCase checked = gate.change(user, crn, "record RSR");
		repository.insertRsr(checked.personId(), percent, scoredOn, source);
		assessments.recomputeTier(checked.personId(), "RSR supplied: " + percent + "%");
		audit.record(user, "RECORD_RSR", crn.value(), percent + "% on " + scoredOn + " from " + source);
	}

	/** The tier's factors for women (a woman's case only); the tier is recomputed. */
	public CaseTier recordWomenFactors(CurrentUser user, Crn crn, boolean parenting, boolean impulsivity,
			@Nullable LocalDate breachOrRecallOn) {
		CheckedCase checked = gate.change(user, crn, "record women's factors");
		if (people.require(crn).gender() != Gender.FEMALE) {
			throw new BadRequest(List.of(new FieldProblem("parenting", "Women's factors are assessed for women only")));
		}
		repository.insertWomenFactors(checked.personId(), parenting, impulsivity, breachOrRecallOn,
				LocalDate.now(clock), user.username());
		CaseTier tier = assessments.recomputeTier(checked.personId(), "Women's factors assessed");
		audit.record(user, "RECORD_WOMEN_FACTORS", crn.value(),
				(parenting ? "parenting or caring responsibilities; " : "")
						+ (impulsivity ? "impulsivity or temper; " : "")
						+ (breachOrRecallOn != null ? "breach or recall on " + breachOrRecallOn + "; " : "") + "tier "
						+ tier.tier());
		return tier;
	}

	/**
	 * Which of the two published models scores a person whose gender is neither male nor
	 * female, and why (assessment.md, "OGRS3"): recorded, the tier recomputed with it.
	 */
	public CaseTier recordScoringSex(CurrentUser user, Crn crn, org.openprobation.assessment.domain.@Nullable Sex sex,
			@Nullable String reason) {
		CheckedCase checked = gate.change(user, crn, "record the sex for scoring");
		Gender gender = people.require(crn).gender();
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (gender == Gender.MALE || gender == Gender.FEMALE) {
			throw new BadRequest(List.of(new FieldProblem("sex",
					"The person's gender is " + gender.label().toLowerCase(java.util.Locale.ROOT)
							+ ": the scores use that model, so there is nothing to record")));
		}
		if (sex == null) {
			problems.add(new FieldProblem("sex", "Select which model applies"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Enter why that model applies"));
		}
		else if (reason.strip().length() > 1000) {
			problems.add(new FieldProblem("reason", "The reason must be 1,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.saveScoringSex(checked.personId(), java.util.Objects.requireNonNull(sex),
				java.util.Objects.requireNonNull(reason).strip(), user.username(), clock.instant());
		CaseTier tier = assessments.recomputeTier(checked.personId(),
				"Sex for scoring recorded: " + sex.name().toLowerCase(java.util.Locale.ROOT) + " model");
		audit.record(user, "RECORD_SCORING_SEX", crn.value(), sex.name() + "; tier " + tier.tier());
		return tier;
	}

}
