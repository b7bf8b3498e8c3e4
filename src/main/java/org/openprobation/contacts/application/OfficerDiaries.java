package org.openprobation.contacts.application;

import java.time.LocalDate;
import java.util.List;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openprobation.contacts.Appointments.Diary;
import org.openprobation.contacts.Appointments.DiaryEntry;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.persistence.ContactRepository;

/** An officer's diary for a day or a week. */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class OfficerDiaries {

	private final People people;

	private final ContactRepository repository;

	private final AuditLog audit;

	OfficerDiaries(People people, ContactRepository repository, AuditLog audit) {
		this.people = people;
		this.repository = repository;
		this.audit = audit;
	}

	/**
	 * An officer's diary for a day or a week: the officer, their manager or managers
	 * above.
	 */
	@Transactional(readOnly = false)
	public Diary diary(CurrentUser user, StaffMember officer, LocalDate from, LocalDate to) {
		boolean own = officer.id() == (user.staffId() == null ? -1 : user.staffId());
		boolean team = user.has(Role.SPO) && java.util.Objects.equals(user.teamId(), officer.teamId());
		boolean provider = user.hasAny(Role.AREA_MANAGER, Role.QUALITY)
				&& java.util.Objects.equals(user.providerId(), officer.providerId());
		if (!own && !team && !provider && !user.readsEveryProvider()) {
			throw new AccessDeniedException("You can see your own diary and, as a manager, your team's.");
		}
		List<Contact> contacts = repository.diary(officer.id(), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
		var persons = people.byIds(contacts.stream().map(Contact::personId).distinct().toList());
		audit.record(user, "VIEW_DIARY", null, officer.code() + " " + from + " to " + to);
		return new Diary(officer, from, to,
				contacts.stream()
					.filter(c -> persons.containsKey(c.personId()))
					.map(c -> new DiaryEntry(c, persons.get(c.personId()).crn(), persons.get(c.personId()).name()))
					.toList());
	}

}
