package org.openprobation.policy.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.policy.PolicyField;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what was typed for a policy: every field and the reason checked at once. */
class TypedValuesTest {

	private static final List<PolicyField> FIELDS = List.of(
			new PolicyField("warningWorkingDays", "Warning within", "working days", 1, 20),
			new PolicyField("breachWorkingDays", "Breach within", "working days", 1, 30));

	@Test
	void wholeNumbersWithinRangeAndAReasonAreRead() {
		TypedValues read = TypedValues.read(FIELDS, Map.of("warningWorkingDays", " 2 ", "breachWorkingDays", "10"),
				"Inspection recommendation");
		assertThat(read.problems()).isEmpty();
		assertThat(read.numbers()).containsExactly(Map.entry("warningWorkingDays", 2),
				Map.entry("breachWorkingDays", 10));
		assertThat(read.complete(FIELDS)).isTrue();
	}

	@Test
	void eachProblemIsNamedOnItsField() {
		TypedValues read = TypedValues.read(FIELDS, Map.of("warningWorkingDays", "soon", "breachWorkingDays", "99"),
				" ");
		assertThat(read.problems()).extracting(FieldProblem::field)
			.containsExactly("warningWorkingDays", "breachWorkingDays", "reason");
		assertThat(read.problems().get(0).message())
			.isEqualTo("Enter warning within as a whole number of working days");
		assertThat(read.problems().get(1).message()).isEqualTo("Breach within must be from 1 to 30 working days");
		assertThat(read.complete(FIELDS)).isFalse();
	}

	@Test
	void aMissingFieldOrAnOverlongReasonIsAProblem() {
		TypedValues read = TypedValues.read(FIELDS, Map.of("warningWorkingDays", "3"), "x".repeat(1001));
		assertThat(read.problems()).extracting(FieldProblem::field).containsExactly("breachWorkingDays", "reason");
	}

}
