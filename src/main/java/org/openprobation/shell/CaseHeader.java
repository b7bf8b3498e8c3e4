package org.openprobation.shell;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.contacts.Appointments;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.people.PersonSummary;

/**
 * What every page about a case shows at its top: who, the tier, the risk of serious harm,
 * the registrations (flags) with overdue reviews, an outstanding warrant, and the case at
 * a glance: the next appointment, the last contact, where it stands against the contact
 * standard, its enforcement and what is outstanding on it.
 */
public record CaseHeader(PersonSummary person, AssessmentSummary assessment, Enforcement.@Nullable Warrant warrant,
		Appointments.Glance contacts, Enforcement.Glance enforcement, List<ThingsToDo.Task> outstanding,
		LocalDate today) {

	public CaseHeader {
		outstanding = List.copyOf(outstanding);
	}

	public long overdue() {
		return outstanding.stream().filter(t -> t.overdueOn(today)).count();
	}

	/** "3 things to do (1 overdue)", or "Nothing outstanding". */
	public String outstandingLabel() {
		if (outstanding.isEmpty()) {
			return "Nothing outstanding";
		}
		long overdue = overdue();
		return outstanding.size() + (outstanding.size() == 1 ? " thing to do" : " things to do")
				+ (overdue > 0 ? " (" + overdue + " overdue)" : "");
	}

	/**
	 * Compliance with the contact standard in words, or null when not under supervision.
	 */
	public @Nullable String standardLabel() {
		Appointments.NextContact standard = contacts.standard();
		return standard == null ? null : standard.statusLabel();
	}

	public boolean standardOverdue() {
		return contacts.standard() != null && contacts.standard().overdue();
	}

}
