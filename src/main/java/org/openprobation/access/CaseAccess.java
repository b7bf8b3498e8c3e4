package org.openprobation.access;

import org.openprobation.access.domain.CaseAccessRule;

import org.springframework.stereotype.Service;

/**
 * Applies {@link CaseAccessRule} in use cases, turning a refusal into
 * {@link CaseAccessDenied}.
 */
@Service
public class CaseAccess {

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
