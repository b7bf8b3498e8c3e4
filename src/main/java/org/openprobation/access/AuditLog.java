package org.openprobation.access;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.persistence.AuditRepository;

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

	public static final String VIEW_AUDIT = "VIEW_AUDIT";

	/** The audit trail's table: kept by everything that clears data (ADR 17). */
	public static final String TABLE = "access.audit_event";

	private final AuditRepository repository;

	AuditLog(AuditRepository repository) {
		this.repository = repository;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser user, String action, @Nullable String crn, String detail) {
		repository.insert(user.username(), action, crn, detail);
	}

	/** Something the platform did of itself (no user asked), such as a demo reset. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordBySystem(String action, String detail) {
		repository.insert("system", action, null, detail);
	}

	/**
	 * A search, list or export that named people: one row, with the CRNs it showed (so a
	 * search of the trail by CRN finds it too); a list of one case also names it as the
	 * row's case.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordShown(CurrentUser user, String action, String detail, java.util.Collection<String> crns) {
		java.util.List<String> shown = crns.stream().distinct().sorted().toList();
		repository.insertShown(user.username(), action, shown.size() == 1 ? shown.get(0) : null, detail, shown);
	}

	/**
	 * A refusal, in a transaction of its own: kept whether or not the refused request's
	 * transaction commits.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(CurrentUser user, @Nullable String crn, String detail) {
		repository.insert(user.username(), ACCESS_REFUSED, crn, detail);
	}

}
