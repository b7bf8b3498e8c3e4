package org.openprobation.contacts.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.TestResult;
import org.openprobation.shared.FieldProblem;

/**
 * A drug test's result, recorded with its outcome (supervision.md: drug rehabilitation
 * has its testing): a test attended has a result; a positive one names what it showed; a
 * sample not given is a failure to comply, never "attended and complied"; a test missed
 * has no result; only a drug test has one.
 */
public final class DrugTesting {

	public static final int MAX_SUBSTANCES = 200;

	private DrugTesting() {
	}

	public static List<FieldProblem> problems(ContactType type, @Nullable Outcome outcome, @Nullable TestResult result,
			@Nullable String substances) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean named = substances != null && !substances.isBlank();
		if (type != ContactType.DRUG_TEST) {
			if (result != null || named) {
				problems.add(new FieldProblem("testResult", "Only a drug test has a result"));
			}
			return problems;
		}
		if (outcome == null) {
			return problems;
		}
		if (!outcome.attended()) {
			if (result != null) {
				problems.add(new FieldProblem("testResult", "There is no result when the person did not attend"));
			}
			return problems;
		}
		if (result == null) {
			problems.add(new FieldProblem("testResult", "Select the test result"));
			return problems;
		}
		if (result == TestResult.POSITIVE && !named) {
			problems.add(new FieldProblem("substances", "Say which substances the test showed"));
		}
		if (result != TestResult.POSITIVE && named) {
			problems.add(new FieldProblem("substances", "Substances are recorded only for a positive test"));
		}
		if (named && substances.strip().length() > MAX_SUBSTANCES) {
			problems.add(new FieldProblem("substances", "Must be " + MAX_SUBSTANCES + " characters or fewer"));
		}
		if (result == TestResult.NOT_PROVIDED && outcome == Outcome.ATTENDED_COMPLIED) {
			problems.add(new FieldProblem("outcome",
					"A sample not given is a failure to comply: record it as attended but failed to comply"));
		}
		return problems;
	}

}
