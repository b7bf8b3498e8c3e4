package org.openprobation.shell;

import java.util.List;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a risk of serious harm assessment: change rule on the server, tier and audit
 * in one transaction.
 */
@Service
public class CaseRiskAssessments {

	private final CaseViews cases;

	private final Assessments assessments;

	private final AuditLog audit;

	CaseRiskAssessments(CaseViews cases, Assessments assessments, AuditLog audit) {
		this.cases = cases;
		this.assessments = assessments;
		this.audit = audit;
	}

	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public long record(CurrentUser user, Crn crn, Assessments.NewRosh rosh) {
		PersonRecord person = cases.personForChange(user, crn, "record RoSH");
		long id = assessments.recordRosh(person.id(), rosh, user.username());
		audit.record(user, "RECORD_ROSH", crn.value(), "RoSH assessment " + id + ": " + rosh.levels());
		return id;
	}

	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public void recordRsr(CurrentUser user, Crn crn, java.math.BigDecimal percent, java.time.LocalDate scoredOn,
			String source) {
		PersonRecord person = cases.personForChange(user, crn, "record RSR");
		assessments.recordRsr(person.id(), percent, scoredOn, source);
		audit.record(user, "RECORD_RSR", crn.value(), percent + "% on " + scoredOn + " from " + source);
	}

	/**
	 * Records the tier's factors for women (a woman's case only); the tier is recomputed.
	 */
	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public org.openprobation.assessment.CaseTier recordWomenFactors(CurrentUser user, Crn crn, boolean parenting,
			boolean impulsivity, java.time.@org.jspecify.annotations.Nullable LocalDate breachOrRecallOn) {
		PersonRecord person = cases.personForChange(user, crn, "record women's factors");
		if (person.gender() != org.openprobation.people.Gender.FEMALE) {
			throw new org.openprobation.shared.BadRequest(List.of(new org.openprobation.shared.FieldProblem("parenting",
					"Women's factors are assessed for women only")));
		}
		org.openprobation.assessment.CaseTier tier = assessments.recordWomenFactors(person.id(), parenting, impulsivity,
				breachOrRecallOn, user.username());
		audit.record(user, "RECORD_WOMEN_FACTORS", crn.value(),
				(parenting ? "parenting or caring responsibilities; " : "")
						+ (impulsivity ? "impulsivity or temper; " : "")
						+ (breachOrRecallOn != null ? "breach or recall on " + breachOrRecallOn + "; " : "") + "tier "
						+ tier.tier());
		return tier;
	}

}
