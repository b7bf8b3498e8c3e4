package org.openprobation.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AccessDecision;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.planning.SentencePlan;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.access.CaseOwner;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Sentence;

/**
 * Everything the case overview shows, read under one access check: {@code checked} is the
 * gate's handle, for use cases that act on the case from the page.
 */
public record CaseOverview(org.openprobation.access.CheckedCase checked, PersonRecord person, CaseOwner owner,
		String providerName, List<Sentence> sentences, Map<Long, StaffMember> officers, AccessDecision change,
		AssessmentSummary assessment, SentencePlan plan, List<SafeguardingCheck> safeguarding,
		@Nullable String roshReview, org.openprobation.contacts.Appointments.@Nullable NextContact nextContact,
		org.openprobation.contacts.HomeVisitStandard.@Nullable Due homeVisit,
		org.openprobation.assessment.@Nullable RoshOversight roshOversight, AccessDecision oversee,
		Map<Long, org.openprobation.sentences.Delivery> delivered) {

	/**
	 * A requirement's progress as every page shows it: carried over plus delivered in the
	 * record.
	 */
	public String progressOf(org.openprobation.sentences.Requirement requirement) {
		return requirement.progress(deliveryOf(requirement));
	}

	public @Nullable Integer percentOf(org.openprobation.sentences.Requirement requirement) {
		return requirement.percentDone(deliveryOf(requirement));
	}

	/** What the record shows delivered on the requirement. */
	public org.openprobation.sentences.Delivery deliveryOf(org.openprobation.sentences.Requirement requirement) {
		return delivered.getOrDefault(requirement.id(), org.openprobation.sentences.Delivery.NONE);
	}

	public Optional<StaffMember> responsibleOfficer() {
		return person.responsibleOfficer().map(ro -> officers.get(ro.staffId()));
	}

	public List<Sentence> currentSentences() {
		return sentences.stream().filter(Sentence::active).toList();
	}

	/** A current sentence has an active unpaid work requirement. */
	public boolean hasUnpaidWork() {
		return currentSentences().stream()
			.flatMap(s -> s.requirements().stream())
			.anyMatch(r -> r.kind() == org.openprobation.sentences.RequirementKind.UNPAID_WORK && r.active());
	}

	public List<Sentence> pastSentences() {
		return sentences.stream().filter(s -> !s.active()).toList();
	}

	/**
	 * Registrations whose review date has passed: each is a task for the responsible
	 * officer.
	 */

	public String mainAddressLine() {
		return person.mainAddress().map(PersonRecord.Address::singleLine).orElse("No fixed abode recorded");
	}

	public StaffMember officer(long staffId) {
		return officers.get(staffId);
	}

}
