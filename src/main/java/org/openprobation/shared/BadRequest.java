package org.openprobation.shared;

import java.util.List;

/** Input that cannot be used, with what is wrong with each field; the API answers 400. */
public class BadRequest extends RuntimeException {

	private final List<FieldProblem> problems;

	public BadRequest(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "Bad request" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
