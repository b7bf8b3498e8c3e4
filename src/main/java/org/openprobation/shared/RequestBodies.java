package org.openprobation.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What was wrong with the JSON body of this request, field by field: what could not be
 * read (a name that is not an option, an impossible date, a field the request does not
 * have) and what broke a constraint of its {@code ...Request} record. The body is read
 * and checked before the handler runs, but the handler calls {@link #checked} only after
 * it has asked who may change the case, so a refusal never depends on the body.
 */
public final class RequestBodies {

	private static final String READING = RequestBodies.class.getName() + ".reading";

	private static final String READ = RequestBodies.class.getName() + ".read";

	private RequestBodies() {
	}

	/** The body, or {@link BadRequest} naming every field that is wrong. */
	public static <T> T checked(@Nullable T body) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		@SuppressWarnings("unchecked")
		List<FieldProblem> problems = attributes == null ? null
				: (List<FieldProblem>) attributes.getAttribute(READ, RequestAttributes.SCOPE_REQUEST);
		if (problems != null && !problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (body == null) {
			throw new BadRequest(List.of(new FieldProblem("body", "must be a JSON object")));
		}
		return body;
	}

	/** Text as typed, stripped; null when absent or blank. */
	public static @Nullable String text(@Nullable String typed) {
		return TypedText.stripped(typed);
	}

	/** Starts collecting for the body about to be read. */
	public static void startReading() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(READING, new ArrayList<FieldProblem>(), RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * Whether a body is being read now, so that a problem is collected rather than
	 * thrown.
	 */
	public static boolean reading() {
		return reading(RequestContextHolder.getRequestAttributes()) != null;
	}

	/**
	 * Notes a problem with the field at {@code path}; the first problem of a field wins,
	 * as a value that could not be read is not also "required".
	 */
	public static void problem(String path, String message) {
		add(reading(RequestContextHolder.getRequestAttributes()), new FieldProblem(path, message));
	}

	/**
	 * Ends the reading with the constraint problems found in what was read; a JSON value
	 * read after this (a column, a stored document) throws as usual.
	 */
	public static void finishReading(List<FieldProblem> constraintProblems) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		List<FieldProblem> problems = reading(attributes);
		if (attributes == null || problems == null) {
			return;
		}
		constraintProblems.forEach(p -> add(problems, p));
		attributes.removeAttribute(READING, RequestAttributes.SCOPE_REQUEST);
		attributes.setAttribute(READ, List.copyOf(problems), RequestAttributes.SCOPE_REQUEST);
	}

	private static void add(@Nullable List<FieldProblem> problems, FieldProblem problem) {
		if (problems != null && problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
			problems.add(problem);
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<FieldProblem> reading(@Nullable RequestAttributes attributes) {
		return attributes == null ? null
				: (List<FieldProblem>) attributes.getAttribute(READING, RequestAttributes.SCOPE_REQUEST);
	}

}
