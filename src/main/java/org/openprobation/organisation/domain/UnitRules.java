package org.openprobation.organisation.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.OrganisationUnitView;
import org.openprobation.organisation.UnitKind;

/**
 * What makes a provider, area, borough, office or team well formed, and when one may
 * close. Nothing is deleted, because cases, staff and history refer to it; a unit closes
 * on a date instead, and only once nothing works within it: its children closed (by that
 * day) and, for a team, its staff moved.
 */
public final class UnitRules {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,29}");

	private UnitRules() {
	}

	/** The code as stored: upper case, stripped. */
	public static String code(String typed) {
		return typed.strip().toUpperCase(java.util.Locale.ROOT);
	}

	public static Optional<String> codeProblem(String code) {
		return CODE.matcher(code).matches() ? Optional.empty()
				: Optional.of("Enter a code of 2 to 30 letters, digits, - or _, such as LDN-CAM");
	}

	public static Optional<String> nameProblem(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("Enter the name");
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			return Optional.of("Enter a name without control characters");
		}
		return name.strip().length() > 100 ? Optional.of("Enter a name of 100 characters or fewer") : Optional.empty();
	}

	/** Why a new unit may not go under this parent on the day it opens, if it may not. */
	public static Optional<String> parentProblem(OrganisationUnitView parent, LocalDate openedOn) {
		if (parent.closedBy(openedOn)) {
			return Optional.of(parent.kind().label() + " " + parent.code() + " is closed");
		}
		return Optional.empty();
	}

	/**
	 * Why the unit may not close on the day, if it may not: {@code stillWithin} counts
	 * its open children and, for a team, its staff.
	 */
	public static Optional<String> closingProblem(OrganisationUnitView unit, LocalDate closedOn, LocalDate today,
			long stillWithin) {
		if (unit.closedBy(today)) {
			return Optional.of("It closed on " + org.openprobation.shared.Dates.inWords(unit.closedOn())
					+ ": it cannot change its closing now");
		}
		if (unit.openedOn() != null && closedOn.isBefore(unit.openedOn())) {
			return Optional.of("Enter a closing date on or after it opened, " + unit.openedOn());
		}
		if (closedOn.isBefore(today)) {
			return Optional.of("Enter a closing date of today or later: history is not rewritten");
		}
		if (stillWithin > 0) {
			UnitKind child = unit.kind().child();
			if (unit.kind() == UnitKind.TEAM || child == null) {
				return Optional.of("Move its " + stillWithin + " staff to another team first");
			}
			return Optional.of("Close or move its " + stillWithin + " open " + child.plural() + " first");
		}
		return Optional.empty();
	}

}
