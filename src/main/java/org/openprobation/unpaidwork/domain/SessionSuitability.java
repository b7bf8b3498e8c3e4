package org.openprobation.unpaidwork.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openprobation.assessment.RegistrationType;
import org.openprobation.people.Gender;
import org.openprobation.shared.FieldProblem;

/**
 * Whether a session suits a person: a women-only project takes women only, and a project
 * that involves children takes nobody registered as a risk to children.
 */
public final class SessionSuitability {

	private SessionSuitability() {
	}

	/**
	 * Why the session does not suit the person, on the {@code sessionId} field; empty
	 * when it does. {@code registered} is read only for a project involving children.
	 */
	public static List<FieldProblem> problems(boolean womenOnly, boolean involvesChildren, Gender gender,
			java.util.function.Supplier<? extends Collection<RegistrationType>> registered) {
		List<FieldProblem> problems = new ArrayList<>();
		if (womenOnly && gender != Gender.FEMALE) {
			problems.add(new FieldProblem("sessionId", "This project takes women only"));
		}
		if (involvesChildren && registered.get().stream().anyMatch(RegistrationType::riskToChildren)) {
			problems.add(new FieldProblem("sessionId",
					"This project involves work with children; the person is registered as a risk to children"));
		}
		return problems;
	}

}
