package org.openprobation.shell;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.organisation.StaffImport;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff imports by an administrator, into their provider's teams (any provider's for a
 * national administrator), audited with the codes imported.
 */
@Service
public class StaffImports {

	private final StaffImport staffImport;

	private final AuditLog audit;

	StaffImports(StaffImport staffImport, AuditLog audit) {
		this.staffImport = staffImport;
		this.audit = audit;
	}

	public static boolean mayImport(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	@Transactional
	public StaffImport.Imported importCsv(CurrentUser user, String csv) {
		if (!mayImport(user)) {
			throw new AccessDeniedException("Only an administrator imports staff.");
		}
		StaffImport.Imported imported = staffImport.importCsv(user.providerScope(), csv);
		String codes = String.join(", ", imported.codes());
		audit.record(user, "IMPORT_STAFF", null,
				imported.count() + " staff: " + (codes.length() > 1000 ? codes.substring(0, 1000) + "..." : codes));
		return imported;
	}

}
