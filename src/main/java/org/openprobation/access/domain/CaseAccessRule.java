package org.openprobation.access.domain;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AccessDecision;
import org.openprobation.access.AccessDecision.Ground;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;

/**
 * Whether a user may read or change a person's case. Reading: administrators and
 * inspectors read every provider; everybody else reads only cases of their own provider.
 * Changing: never for inspectors or quality staff; a practitioner changes only the cases
 * they hold, a senior probation officer their team's, an area manager their area's, an
 * administrator any; a case nobody holds yet, any manager of its provider; unpaid-work
 * staff run the unpaid work of their provider's cases. Exclusion and restriction come
 * before every role; a case transferred out is read-only.
 */
public final class CaseAccessRule {

	private CaseAccessRule() {
	}

	/**
	 * A user excluded from a case never reads it; a restricted case is read only by the
	 * users allowed on it. Both apply before any role, administrators and inspectors
	 * included.
	 */
	static @Nullable AccessDecision restriction(CurrentUser user, CaseOwner owner) {
		String reason = owner.excluded().get(user.username());
		if (reason != null) {
			return AccessDecision.refused(Ground.EXCLUDED, "You are excluded from this case: " + reason
					+ ". If you need to work on it, ask the person who manages access to restricted cases.");
		}
		if (owner.restricted() && !owner.allowed().contains(user.username())) {
			return AccessDecision.refused(Ground.RESTRICTED,
					"This case is restricted to named staff, and you are not one of them. "
							+ "If you need to work on it, ask the person who manages access to restricted cases.");
		}
		return null;
	}

	public static AccessDecision read(CurrentUser user, CaseOwner owner) {
		AccessDecision restricted = restriction(user, owner);
		if (restricted != null) {
			return restricted;
		}
		if (user.readsEveryProvider()) {
			return AccessDecision.granted();
		}
		if (user.providerId() == null || user.providerId() != owner.providerId()) {
			return AccessDecision.refused(Ground.OTHER_PROVIDER, "This case is held by another provider.");
		}
		if (user.hasAny(Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.UNPAID_WORK)) {
			return AccessDecision.granted();
		}
		return AccessDecision.refused(Ground.ROLE, "Your account has no role that reads cases.");
	}

	public static AccessDecision change(CurrentUser user, CaseOwner owner) {
		AccessDecision restricted = restriction(user, owner);
		if (restricted != null) {
			return restricted;
		}
		AccessDecision transferred = transferred(owner);
		if (transferred != null) {
			return transferred;
		}
		if (user.has(Role.ADMIN)) {
			return AccessDecision.granted();
		}
		AccessDecision read = read(user, owner);
		if (!read.isGranted()) {
			return read;
		}
		if (managesCase(user, owner)) {
			return AccessDecision.granted();
		}
		if (user.has(Role.PRACTITIONER) && owner.officerStaffId() != null
				&& Objects.equals(owner.officerStaffId(), user.staffId())) {
			return AccessDecision.granted();
		}
		if (owner.officerStaffId() == null && user.hasAny(Role.SPO, Role.AREA_MANAGER)) {
			// nobody holds the case yet (registered, not allocated): it is the
			// provider's managers' until it is
			return AccessDecision.granted();
		}
		if (user.hasAny(Role.INSPECTOR, Role.QUALITY, Role.UNPAID_WORK)) {
			return AccessDecision.refused(Ground.ROLE, "Your role reads cases but changes nothing.");
		}
		return AccessDecision.refused(Ground.ROLE,
				"Only the responsible officer, their team's manager or the area manager can change this case.");
	}

	/**
	 * Overseeing a case as its manager (countersigning, returning, management oversight
	 * notes): the senior probation officer of the case's team or the area manager of its
	 * area; administrators run the platform and oversee no case.
	 */
	public static AccessDecision oversee(CurrentUser user, CaseOwner owner) {
		AccessDecision restricted = restriction(user, owner);
		if (restricted != null) {
			return restricted;
		}
		AccessDecision transferred = transferred(owner);
		if (transferred != null) {
			return transferred;
		}
		AccessDecision read = read(user, owner);
		if (!read.isGranted()) {
			return read;
		}
		if (managesCase(user, owner)) {
			return AccessDecision.granted();
		}
		return AccessDecision.refused(Ground.ROLE,
				"Only the team manager or the area manager of this case countersigns and records management oversight.");
	}

	/**
	 * The senior probation officer of the case's team, or the area manager of its area.
	 */
	private static boolean managesCase(CurrentUser user, CaseOwner owner) {
		return (user.has(Role.SPO) && owner.teamId() != null && Objects.equals(owner.teamId(), user.teamId()))
				|| (user.has(Role.AREA_MANAGER) && owner.areaId() != null
						&& Objects.equals(owner.areaId(), user.areaId()));
	}

	/**
	 * Running a case's unpaid work (bookings, registers, inductions, availability):
	 * unpaid-work staff do it for any case of their own provider they may read; anyone
	 * else only where they may change the case.
	 */
	public static AccessDecision unpaidWork(CurrentUser user, CaseOwner owner) {
		if (user.has(Role.UNPAID_WORK)) {
			AccessDecision read = read(user, owner);
			if (!read.isGranted()) {
				return read;
			}
			AccessDecision transferred = transferred(owner);
			return transferred == null ? AccessDecision.granted() : transferred;
		}
		return change(user, owner);
	}

	/**
	 * Deciding where a case goes (allocation from a queue, the NPS's decision on a
	 * request): the team's or provider's rule is the use case's; here, a user who may
	 * read the case, and a case not already transferred out.
	 */
	public static AccessDecision allocate(CurrentUser user, CaseOwner owner) {
		AccessDecision read = read(user, owner);
		if (!read.isGranted()) {
			return read;
		}
		AccessDecision transferred = transferred(owner);
		return transferred == null ? AccessDecision.granted() : transferred;
	}

	/**
	 * Answering a referral sent to the user's provider about a case another provider
	 * holds (the NPS buying from a CRC's rate card): probation staff of the receiving
	 * provider see the referral, never the rest of the case; exclusion and restriction
	 * still come first.
	 */
	public static AccessDecision referralReceived(CurrentUser user, CaseOwner owner, long receivingProviderId) {
		AccessDecision restricted = restriction(user, owner);
		if (restricted != null) {
			return restricted;
		}
		if (user.providerId() == null || user.providerId() != receivingProviderId
				|| owner.providerId() == receivingProviderId) {
			return AccessDecision.refused(Ground.OTHER_PROVIDER, "This referral was sent to another provider.");
		}
		if (user.hasAny(Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.ADMIN)) {
			return AccessDecision.granted();
		}
		return AccessDecision.refused(Ground.ROLE, "Only probation staff of the receiving provider answer a referral.");
	}

	private static @Nullable AccessDecision transferred(CaseOwner owner) {
		return owner.transferredOut() ? AccessDecision.refused(Ground.TRANSFERRED,
				"This case was transferred out of the provider: its record is kept here, read-only.") : null;
	}

}
