package org.openprobation.planning.application;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.planning.PlannedCase;
import org.openprobation.planning.Plans;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case opened for a page of its sentence plan: to read it, or to change it (refused,
 * and the refusal audited, unless the user may); the page's read of it audited.
 */
@Service
@Transactional
public class PlannedCases {

	private final CaseGate gate;

	private final People people;

	private final Assessments assessments;

	private final Plans plans;

	private final AuditLog audit;

	PlannedCases(CaseGate gate, People people, Assessments assessments, Plans plans, AuditLog audit) {
		this.gate = gate;
		this.people = people;
		this.assessments = assessments;
		this.plans = plans;
		this.audit = audit;
	}

	public PlannedCase read(CurrentUser user, Crn crn, String purpose) {
		return opened(user, gate.read(user, crn, purpose), purpose);
	}

	public PlannedCase forChange(CurrentUser user, Crn crn, String purpose) {
		return opened(user, gate.change(user, crn, purpose), purpose);
	}

	/** Opened for a manager to countersign or return its plan. */
	public PlannedCase forOversight(CurrentUser user, Crn crn, String purpose) {
		return opened(user, gate.open(user, crn, CaseUse.OVERSEE, purpose), purpose);
	}

	private PlannedCase opened(CurrentUser user, CheckedCase checked, String purpose) {
		PersonRecord person = people.require(checked.crn());
		audit.record(user, AuditLog.VIEW_CASE, checked.crn().value(), "page: " + purpose);
		AssessmentSummary assessment = assessments.summary(person.id());
		return new PlannedCase(checked, person, assessment, plans.of(person.id(), assessment),
				gate.decision(user, checked.owner(), CaseUse.CHANGE),
				gate.decision(user, checked.owner(), CaseUse.OVERSEE));
	}

}
