package org.openprobation.access;

import org.openprobation.access.domain.CaseAccessRule;

/**
 * What a user wants to do with a case, each decided by its own {@link CaseAccessRule}.
 */
public enum CaseUse {

	/** See the case or anything about it. */
	READ,
	/** Change the case: its officer, sentence, plan, appointments, restrictions. */
	CHANGE,
	/** Run its unpaid work: bookings, registers, inductions and availability. */
	UNPAID_WORK,
	/**
	 * Decide where a case goes while it has no officer to answer for it (allocating it
	 * from a team's queue, recording the NPS's decision on it): who may is the team's or
	 * the provider's rule, checked by the use case; the gate adds restriction, exclusion,
	 * provider and transfer.
	 */
	ALLOCATE,
	/**
	 * Oversee the case as its manager: countersign or return its RoSH assessment and
	 * sentence plan, record management oversight. The case's team manager or its area
	 * manager, never the officer, and never a role that only runs the platform.
	 */
	OVERSEE;

	AccessDecision decide(CurrentUser user, CaseOwner owner) {
		return switch (this) {
			case READ -> CaseAccessRule.read(user, owner);
			case CHANGE -> CaseAccessRule.change(user, owner);
			case UNPAID_WORK -> CaseAccessRule.unpaidWork(user, owner);
			case ALLOCATE -> CaseAccessRule.allocate(user, owner);
			case OVERSEE -> CaseAccessRule.oversee(user, owner);
		};
	}

	/** Whether a case opened for this use may also be used for {@code wanted}. */
	boolean covers(CaseUse wanted) {
		return this == wanted || wanted == READ;
	}

}
