package org.openprobation.assessment.application;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.AssessedCase;
import org.openprobation.assessment.Assessments;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case opened for a page that records part of its assessment: refused (and the refusal
 * audited) unless the user may change the case; the page's read of it audited.
 */
@Service
@Transactional
public class AssessedCases {

	private final CaseGate gate;

	private final People people;

	private final Assessments assessments;

	private final AuditLog audit;

	AssessedCases(CaseGate gate, People people, Assessments assessments, AuditLog audit) {
		this.gate = gate;
		this.people = people;
		this.assessments = assessments;
		this.audit = audit;
	}

	public AssessedCase forChange(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		PersonRecord person = people.require(crn);
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "page: " + purpose);
		return new AssessedCase(person, assessments.summary(person.id()));
	}

	/**
	 * The case a manager is about to countersign or return an assessment of: refused
	 * (audited) unless they oversee it, and audited as read.
	 */
	public AssessedCase forOversight(CurrentUser user, Crn crn, String purpose) {
		gate.open(user, crn, org.openprobation.access.CaseUse.OVERSEE, purpose);
		PersonRecord person = people.require(crn);
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "page: " + purpose);
		return new AssessedCase(person, assessments.summary(person.id()));
	}

}
