package org.openprobation.contacts.domain;

import org.junit.jupiter.api.Test;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.TestResult;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 6: drug rehabilitation's tests are recorded with their results (a test
 * attended has one; a positive one names what it showed; a sample not given is a failure
 * to comply; a test missed has none; only a drug test has one).
 */
class DrugTestingTest {

	@Test
	void aTestAttendedHasAResultAndAPositiveOneNamesTheSubstances() {
		assertThat(DrugTesting.problems(ContactType.DRUG_TEST, Outcome.ATTENDED_COMPLIED, null, null))
			.extracting(FieldProblem::message)
			.containsExactly("Select the test result");
		assertThat(DrugTesting.problems(ContactType.DRUG_TEST, Outcome.ATTENDED_COMPLIED, TestResult.POSITIVE, " "))
			.extracting(FieldProblem::field)
			.containsExactly("substances");
		assertThat(
				DrugTesting.problems(ContactType.DRUG_TEST, Outcome.ATTENDED_COMPLIED, TestResult.POSITIVE, "Opiates"))
			.isEmpty();
		assertThat(
				DrugTesting.problems(ContactType.DRUG_TEST, Outcome.ATTENDED_COMPLIED, TestResult.NEGATIVE, "Opiates"))
			.extracting(FieldProblem::message)
			.containsExactly("Substances are recorded only for a positive test");
	}

	@Test
	void aSampleNotGivenIsAFailureToComply() {
		assertThat(
				DrugTesting.problems(ContactType.DRUG_TEST, Outcome.ATTENDED_COMPLIED, TestResult.NOT_PROVIDED, null))
			.extracting(FieldProblem::field)
			.containsExactly("outcome");
		assertThat(DrugTesting.problems(ContactType.DRUG_TEST, Outcome.ATTENDED_FAILED_TO_COMPLY,
				TestResult.NOT_PROVIDED, null))
			.isEmpty();
	}

	@Test
	void aMissedTestHasNoResultAndOnlyADrugTestHasOne() {
		assertThat(DrugTesting.problems(ContactType.DRUG_TEST, Outcome.FAILED_TO_ATTEND_UNACCEPTABLE, null, null))
			.isEmpty();
		assertThat(DrugTesting.problems(ContactType.DRUG_TEST, Outcome.FAILED_TO_ATTEND_UNACCEPTABLE,
				TestResult.NEGATIVE, null))
			.extracting(FieldProblem::field)
			.containsExactly("testResult");
		assertThat(DrugTesting.problems(ContactType.COURT_REVIEW, Outcome.ATTENDED_COMPLIED, TestResult.NEGATIVE, null))
			.extracting(FieldProblem::message)
			.containsExactly("Only a drug test has a result");
		assertThat(DrugTesting.problems(ContactType.OFFICE_APPOINTMENT, Outcome.ATTENDED_COMPLIED, null, null))
			.isEmpty();
	}

}
