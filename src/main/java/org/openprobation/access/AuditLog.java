package org.openprobation.access;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.persistence.AuditRepository;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Use cases call it synchronously, inside their own transaction, for
 * every view and every change of a person's record: never through an event, so nothing is
 * missed.
 */
@Service
public class AuditLog {

	public static final String VIEW_CASE = "VIEW_CASE";

	public static final String SEARCH_PEOPLE = "SEARCH_PEOPLE";

	public static final String VIEW_CASELOAD = "VIEW_CASELOAD";

	public static final String ACCESS_REFUSED = "ACCESS_REFUSED";

	private final AuditRepository repository;

	AuditLog(AuditRepository repository) {
		this.repository = repository;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser user, String action, @Nullable String crn, String detail) {
		repository.insert(user.username(), action, crn, detail);
	}

	@Transactional(readOnly = true)
	public PageOf<AuditEvent> search(AuditFilter filter, PageRequest page) {
		return repository.search(filter, page);
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return repository.actions();
	}

}
