package org.openprobation.contacts.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The contacts' part of a provider's export: every contact with its outcome, the
 * reminders sent, and the case notes with the text each had before it was changed.
 */
@Component
class ContactsDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("contact.csv", 600,
						"select t.* from contacts.contact t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("reminder.csv", 610,
						"select t.* from contacts.reminder t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("note.csv", 620,
						"select t.* from contacts.note t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("note_revision.csv", 625,
						"select t.* from contacts.note_revision t where t.note_id in (select n.id from contacts.note n "
								+ "where n.person_id in " + PEOPLE + ") order by t.id"));
	}

}
