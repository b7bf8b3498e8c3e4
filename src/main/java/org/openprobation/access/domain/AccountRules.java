package org.openprobation.access.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openprobation.access.Role;
import org.openprobation.shared.FieldProblem;

/**
 * Which roles an account may hold together and what each needs to know about where the
 * user sits, because case access follows from it. An inspector belongs to the
 * Inspectorate, not to a provider, so holds no other role; practitioners and senior
 * probation officers hold or manage cases as a member of staff, so need a staff record;
 * an area manager needs an area; everyone else belongs to a provider.
 */
public final class AccountRules {

	private AccountRules() {
	}

	/** What the organisation says about the codes given, already looked up. */
	public record Scope(boolean provider, boolean area, boolean team, boolean staff) {
	}

	public static List<FieldProblem> problems(Set<Role> roles, Scope scope) {
		List<FieldProblem> problems = new ArrayList<>();
		if (roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "Choose at least one role"));
			return problems;
		}
		if (roles.contains(Role.INSPECTOR) && roles.size() > 1) {
			problems.add(new FieldProblem("roles",
					"An inspector holds no other role: the Inspectorate is independent of the providers it inspects"));
		}
		if (!inspectorOnly(roles) && !scope.provider()) {
			problems.add(new FieldProblem("providerCode", "Choose the provider this user works for"));
		}
		if ((roles.contains(Role.PRACTITIONER) || roles.contains(Role.SPO)) && !scope.staff()) {
			problems.add(new FieldProblem("staffCode",
					"Link a member of staff: practitioners and senior probation officers hold or manage cases as staff"));
		}
		if (roles.contains(Role.AREA_MANAGER) && !scope.area() && !scope.staff()) {
			problems.add(new FieldProblem("areaCode", "Choose the area this area manager manages"));
		}
		return problems;
	}

	public static boolean inspectorOnly(Set<Role> roles) {
		return roles.equals(Set.of(Role.INSPECTOR));
	}

}
