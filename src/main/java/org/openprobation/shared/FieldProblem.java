package org.openprobation.shared;

/**
 * One thing wrong with what was typed: the field it belongs to and what to do about it.
 */
public record FieldProblem(String field, String message) {

	/** The first message for each field, for showing beside the fields of a form. */
	public static java.util.Map<String, String> byField(java.util.List<FieldProblem> problems) {
		java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
		problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
		return byField;
	}

}
