package org.openprobation.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openprobation.access.AuditLog;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.planning.Plans;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CurrentUser;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.contacts.HomeVisits;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a person's case: the access rule is applied on the server, and every read, and
 * every refusal, is written to the audit trail in the same transaction.
 */
@Service
public class CaseViews {

	private final People people;

	private final Sentences sentences;

	private final Organisation organisation;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Assessments assessments;

	private final Plans plans;

	private final SafeguardingChecks safeguarding;

	private final org.openprobation.contacts.Appointments appointments;

	private final HomeVisits homeVisits;

	private final org.openprobation.sentences.RequirementDeliveries deliveries;

	CaseViews(People people, Sentences sentences, Organisation organisation, CaseGate gate, AuditLog audit,
			Assessments assessments, Plans plans, SafeguardingChecks safeguarding,
			org.openprobation.contacts.Appointments appointments, HomeVisits homeVisits,
			org.openprobation.sentences.RequirementDeliveries deliveries) {
		this.deliveries = deliveries;
		this.appointments = appointments;
		this.homeVisits = homeVisits;
		this.safeguarding = safeguarding;
		this.assessments = assessments;
		this.plans = plans;
		this.people = people;
		this.sentences = sentences;
		this.organisation = organisation;
		this.gate = gate;
		this.audit = audit;
	}

	/**
	 * The person whose case a use case is about to change: refused, and the refusal
	 * audited, unless the user may change the case.
	 */
	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public PersonRecord personForChange(CurrentUser user, Crn crn, String purpose) {
		PersonRecord person = people.find(crn).orElseThrow(() -> new CaseNotFound(crn.value()));
		gate.change(user, crn, purpose);
		return person;
	}

	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public CaseOverview overview(CurrentUser user, String typedCrn, String channel) {
		return overview(user, typedCrn, channel, "case overview");
	}

	/**
	 * The case as one of its sections shows it, the read audited under the section's
	 * name.
	 */
	@Transactional(noRollbackFor = CaseAccessDenied.class)
	public CaseOverview overview(CurrentUser user, String typedCrn, String channel, String section) {
		Crn crn = Crn.parse(typedCrn).orElseThrow(() -> new CaseNotFound(typedCrn));
		PersonRecord person = people.find(crn).orElseThrow(() -> new CaseNotFound(crn.value()));
		CheckedCase checked = gate.read(user, crn, channel);
		CaseOwner owner = checked.owner();
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), channel + ": " + section);
		AssessmentSummary assessment = assessments.summary(person.id());
		Map<Long, StaffMember> officers = new HashMap<>(organisation.staffByIds(
				person.officerHistory().stream().map(PersonRecord.OfficerAssignment::staffId).distinct().toList()));
		List<Sentence> held = sentences.of(person.id());
		List<org.openprobation.sentences.Requirement> requirements = held.stream()
			.flatMap(s -> s.requirements().stream())
			.toList();
		Map<Long, org.openprobation.sentences.Delivery> delivered = deliveries.of(requirements);
		return new CaseOverview(checked, person, owner, organisation.providerName(person.providerId()).orElse(""), held,
				officers, gate.decision(user, owner, CaseUse.CHANGE), assessment, plans.of(person.id(), assessment),
				safeguarding.forCase(person.id()),
				assessments
					.roshReviewPrompt(person.id(), person.providerId(),
							person.mainAddress().map(PersonRecord.Address::fromDate).orElse(null))
					.orElse(null),
				appointments.nextContact(person.id()), homeVisits.dueOf(List.of(person.id())).get(person.id()),
				assessments.roshOversight(List.of(person.id())).get(person.id()),
				gate.decision(user, owner, CaseUse.OVERSEE), delivered);
	}

}
