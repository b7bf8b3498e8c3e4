package org.openprobation.people;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;
import org.openprobation.shared.SortDirection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding a person: limited to what the user may see, and written to the audit trail. */
@Service
public class PersonSearches {

	private final People people;

	private final AuditLog audit;

	PersonSearches(People people, AuditLog audit) {
		this.people = people;
		this.audit = audit;
	}

	@Transactional
	public PageOf<PersonSummary> search(CurrentUser user, PersonQuery query, String typed, PageRequest page,
			PersonSort sort, SortDirection direction, String channel) {
		PageOf<PersonSummary> result = people.search(query, user.providerScope(), user.username(), page, sort,
				direction);
		String detail = channel + ": \"" + (typed.length() > 100 ? typed.substring(0, 100) : typed) + "\" ("
				+ result.totalElements() + " found)";
		audit.recordShown(user, AuditLog.SEARCH_PEOPLE, detail,
				result.content().stream().map(PersonSummary::crn).toList());
		return result;
	}

}
