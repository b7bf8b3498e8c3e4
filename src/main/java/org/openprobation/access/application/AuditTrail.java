package org.openprobation.access.application;

import java.util.List;
import java.util.Set;

import org.openprobation.access.AuditEvent;
import org.openprobation.access.AuditFilter;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseLookup;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.persistence.AuditRepository;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: for administrators, and itself audited (with the CRN searched
 * for, so "who looked at X's trail" is answered too). Exclusion and restriction hold here
 * as everywhere: an administrator excluded from a case, or not named on a restricted one,
 * does not see its events, and is refused a search for it.
 */
@Service
@Transactional
public class AuditTrail {

	private final AuditRepository repository;

	private final CaseLookup cases;

	private final AuditLog audit;

	AuditTrail(AuditRepository repository, CaseLookup cases, AuditLog audit) {
		this.repository = repository;
		this.cases = cases;
		this.audit = audit;
	}

	public PageOf<AuditEvent> search(CurrentUser reader, AuditFilter filter, PageRequest page) {
		if (!reader.has(Role.ADMIN)) {
			throw new AccessDeniedException("The audit trail is read by administrators.");
		}
		Set<String> hidden = cases.hiddenFrom(reader.username());
		if (filter.crn() != null && hidden.contains(filter.crn())) {
			String reason = "This case's audit trail is hidden from you: you are excluded from the case, or it is "
					+ "restricted to named staff.";
			audit.recordRefusal(reader, filter.crn(), "read the audit trail: " + reason);
			throw new CaseAccessDenied(reason);
		}
		PageOf<AuditEvent> events = repository.search(filter, page, hidden);
		audit.record(reader, AuditLog.VIEW_AUDIT, filter.crn(), filter.describe() + "; page " + page.page() + " of "
				+ Math.max(1, events.totalPages()) + " (" + events.totalElements() + " events)");
		return events;
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return repository.actions();
	}

}
