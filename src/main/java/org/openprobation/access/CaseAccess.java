package org.openprobation.access;

import org.openprobation.access.domain.CaseAccessRule;

import org.springframework.stereotype.Service;

/**
 * Applies {@link CaseAccessRule} in use cases, turning a refusal into
 * {@link CaseAccessDenied}.
 */
@Service
public class CaseAccess {

	private final AuditLog audit;

	CaseAccess(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Refuses, and audits the refusal, unless the user may change the case; the caller's
	 * transaction must not roll back on {@link CaseAccessDenied} so the audit stays.
	 */
	public void requireChange(CurrentUser user, CaseOwner owner, String crn, String purpose) {
		if (CaseAccessRule.change(user, owner) instanceof AccessDecision.Refused refused) {
			audit.record(user, AuditLog.ACCESS_REFUSED, crn, purpose + ": " + refused.reason());
			throw new CaseAccessDenied(refused.reason());
		}
	}

	/** Refuses, and audits the refusal, unless the user may read the case. */
	public void requireRead(CurrentUser user, CaseOwner owner, String crn, String purpose) {
		if (CaseAccessRule.read(user, owner) instanceof AccessDecision.Refused refused) {
			audit.record(user, AuditLog.ACCESS_REFUSED, crn, purpose + ": " + refused.reason());
			throw new CaseAccessDenied(refused.reason());
		}
	}

	public void checkRead(CurrentUser user, CaseOwner owner) {
		if (CaseAccessRule.read(user, owner) instanceof AccessDecision.Refused refused) {
			throw new CaseAccessDenied(refused.reason());
		}
	}

	public AccessDecision read(CurrentUser user, CaseOwner owner) {
		return CaseAccessRule.read(user, owner);
	}

	public AccessDecision change(CurrentUser user, CaseOwner owner) {
		return CaseAccessRule.change(user, owner);
	}

	public void checkChange(CurrentUser user, CaseOwner owner) {
		if (CaseAccessRule.change(user, owner) instanceof AccessDecision.Refused refused) {
			throw new CaseAccessDenied(refused.reason());
		}
	}

}
