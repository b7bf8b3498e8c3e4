package org.openprobation.people.application;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CaseRestrictions;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing who may see a case, each change one transaction and audited. Administrators
 * manage it, with three limits that keep the promise of restricted access:
 * <ul>
 * <li>nobody adds, changes or removes an entry that names themselves (an excluded
 * administrator cannot lift their own exclusion, nor name themselves allowed);</li>
 * <li>an administrator excluded from a case changes nothing about its access;</li>
 * <li>a restriction is lifted only by an administrator named as allowed on the case, so
 * an administrator not named needs a second one to name them first.</li>
 * </ul>
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class RestrictedAccess {

	private final CaseRestrictions restrictions;

	private final People people;

	private final CaseGate gate;

	private final AuditLog audit;

	RestrictedAccess(CaseRestrictions restrictions, People people, CaseGate gate, AuditLog audit) {
		this.restrictions = restrictions;
		this.people = people;
		this.gate = gate;
		this.audit = audit;
	}

	/**
	 * Names a user as allowed on, or excluded from, a case; {@code restrict} also
	 * restricts the case to its named users.
	 */
	public String name(CurrentUser user, @Nullable String crn, @Nullable String username, @Nullable String kind,
			@Nullable String reason, boolean restrict) {
		requireAdmin(user);
		PersonRecord person = person(crn);
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		CaseOwner owner = people.ownerOf(person);
		refuseExcluded(user, owner, person.crn(), "change who may see the case");
		if (name.equals(user.username())) {
			refuse(user, person.crn(), "name themselves on the case",
					"You cannot change your own access to a case: ask another administrator.");
		}
		restrictions.put(user, person.id(), person.crn(), name, kind, reason);
		if (restrict && !owner.restricted()) {
			people.setRestricted(person.id(), true);
			audit.record(user, "CASE_RESTRICTION", person.crn(), "case restricted to its named users");
		}
		return person.crn();
	}

	/** Removes a user's entry on a case. */
	public String remove(CurrentUser user, @Nullable String crn, @Nullable String username) {
		requireAdmin(user);
		PersonRecord person = person(crn);
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		refuseExcluded(user, people.ownerOf(person), person.crn(), "change who may see the case");
		if (name.equals(user.username())) {
			refuse(user, person.crn(), "remove their own entry on the case",
					"You cannot change your own access to a case: ask another administrator.");
		}
		if (!restrictions.remove(user, person.id(), person.crn(), name)) {
			throw new BadRequest(List.of(new FieldProblem("username", name + " is not named on " + person.crn())));
		}
		return person.crn();
	}

	/**
	 * Lifts a case's restriction: only by an administrator who may read it, that is named
	 * as allowed on it and not excluded.
	 */
	public String lift(CurrentUser user, @Nullable String crn) {
		requireAdmin(user);
		PersonRecord person = person(crn);
		gate.open(user, Crn.parse(person.crn()).orElseThrow(), CaseUse.READ, "lift the case's restriction");
		people.setRestricted(person.id(), false);
		audit.record(user, "CASE_RESTRICTION", person.crn(), "restriction lifted");
		return person.crn();
	}

	private PersonRecord person(@Nullable String crn) {
		return Crn.parse(crn == null ? "" : crn.strip())
			.flatMap(people::find)
			.orElseThrow(
					() -> new BadRequest(List.of(new FieldProblem("crn", "Enter the CRN of a case, like X123456"))));
	}

	private void refuseExcluded(CurrentUser user, CaseOwner owner, String crn, String purpose) {
		if (owner.excluded().containsKey(user.username())) {
			refuse(user, crn, purpose,
					"You are excluded from this case, so you cannot change who may see it: ask another administrator.");
		}
	}

	private void refuse(CurrentUser user, String crn, String purpose, String reason) {
		audit.recordRefusal(user, crn, purpose + ": " + reason);
		throw new CaseAccessDenied(reason);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Restricted and excluded access is managed by administrators.");
		}
	}

}
