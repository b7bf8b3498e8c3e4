package org.openprobation.shell;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccess;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.people.People;
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

	private final People people;

	private final CaseAccess access;

	private final Assessments assessments;

	private final AuditLog audit;

	CaseRiskAssessments(People people, CaseAccess access, Assessments assessments, AuditLog audit) {
		this.people = people;
		this.access = access;
		this.assessments = assessments;
		this.audit = audit;
	}

	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public long record(CurrentUser user, Crn crn, Assessments.NewRosh rosh) {
		PersonRecord person = people.find(crn).orElseThrow(() -> new CaseNotFound(crn.value()));
		try {
			access.checkChange(user, people.ownerOf(person));
		}
		catch (CaseAccessDenied denied) {
			audit.record(user, AuditLog.ACCESS_REFUSED, crn.value(), "record RoSH: " + denied.getMessage());
			throw denied;
		}
		long id = assessments.recordRosh(person.id(), rosh, user.username());
		audit.record(user, "RECORD_ROSH", crn.value(), "RoSH assessment " + id + ": " + rosh.levels());
		return id;
	}

}
