package org.openprobation.shell;

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

}
