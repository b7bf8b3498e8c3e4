package org.openprobation.shell;

import java.util.Optional;

import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.Assessments;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header of a page about a case, for the layout: only for a user who may read the
 * case (a refused request shows nothing of it, not even a warrant). The page's own use
 * case has opened the case through the gate and audited the read, so this decides without
 * a second audit row.
 */
@Service
@Transactional(readOnly = true)
public class CaseHeaders {

	private final People people;

	private final Assessments assessments;

	private final Enforcement enforcement;

	private final CaseGate gate;

	CaseHeaders(People people, Assessments assessments, Enforcement enforcement, CaseGate gate) {
		this.people = people;
		this.assessments = assessments;
		this.enforcement = enforcement;
		this.gate = gate;
	}

	public Optional<CaseHeader> of(CurrentUser user, Crn crn) {
		return readable(user, crn).map(person -> new CaseHeader(person, assessments.summary(person.id()),
				enforcement.outstandingWarrant(person.crn()).orElse(null)));
	}

	/** An outstanding warrant of the case, for a user who may read it. */
	public Optional<Enforcement.Warrant> warrant(CurrentUser user, Crn crn) {
		return readable(user, crn).flatMap(person -> enforcement.outstandingWarrant(person.crn()));
	}

	private Optional<PersonRecord> readable(CurrentUser user, Crn crn) {
		return people.find(crn).filter(person -> gate.decision(user, people.ownerOf(person), CaseUse.READ).isGranted());
	}

}
