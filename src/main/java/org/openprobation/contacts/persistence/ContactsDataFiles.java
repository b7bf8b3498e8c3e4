package org.openprobation.contacts.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The contacts' part of a provider's export: every contact with its outcome, and the
 * reminders sent.
 */
@Component
class ContactsDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("contact.csv", 600,
						"select t.* from contacts.contact t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("reminder.csv", 610,
						"select t.* from contacts.reminder t where t.person_id in " + PEOPLE + " order by t.id"));
	}

}
