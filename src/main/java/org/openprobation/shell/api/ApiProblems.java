package org.openprobation.shell.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Problems;
import org.openprobation.shell.CaseNotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error is {@code application/problem+json}. Bad input names each field that is
 * wrong under {@code errors}; nothing technical (no stack trace, no SQL) is ever
 * returned.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(BadRequest.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequest bad) {
		return problem(HttpStatus.BAD_REQUEST, "The request has values that cannot be used.", bad.problems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
		return problem(HttpStatus.BAD_REQUEST, "The request has values that cannot be used.",
				List.of(new FieldProblem(mismatch.getName(), "is not a valid value")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException missing) {
		return problem(HttpStatus.BAD_REQUEST, "A required value is missing.",
				List.of(new FieldProblem(missing.getParameterName(), "is required")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof tools.jackson.core.exc.StreamConstraintsException limit) {
				return problem(HttpStatus.BAD_REQUEST, "The request body is larger or deeper than any request needs.",
						List.of(new FieldProblem("body", limit.getOriginalMessage())));
			}
			if (cause instanceof tools.jackson.databind.DatabindException mismatch && !mismatch.getPath().isEmpty()) {
				return problem(HttpStatus.BAD_REQUEST, "The request has values that cannot be used.",
						List.of(new FieldProblem(path(mismatch.getPath()), "is not a valid value")));
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.",
				List.of(new FieldProblem("body", "must be a JSON object")));
	}

	private static String path(List<tools.jackson.core.JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (tools.jackson.core.JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	@ExceptionHandler(CaseNotFound.class)
	ResponseEntity<ProblemDetail> notFound(CaseNotFound missing) {
		return problem(HttpStatus.NOT_FOUND, missing.getMessage(), List.of());
	}

	@ExceptionHandler(org.openprobation.shared.NotFound.class)
	ResponseEntity<ProblemDetail> notFound(org.openprobation.shared.NotFound missing) {
		return problem(HttpStatus.NOT_FOUND, missing.getMessage(), List.of());
	}

	@ExceptionHandler(org.openprobation.shared.Conflict.class)
	ResponseEntity<ProblemDetail> conflict(org.openprobation.shared.Conflict conflict) {
		return problem(HttpStatus.CONFLICT, conflict.getMessage(), List.of());
	}

	@ExceptionHandler(CaseAccessDenied.class)
	ResponseEntity<ProblemDetail> refused(CaseAccessDenied denied) {
		return problem(HttpStatus.FORBIDDEN, denied.getMessage(), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
		return problem(HttpStatus.FORBIDDEN, "You do not have permission to do that.", List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		java.util.Optional<org.openprobation.shared.DatabaseDown.Reason> down = org.openprobation.shared.DatabaseDown
			.reason(ex);
		if (down.isPresent()) {
			if (down.get() == org.openprobation.shared.DatabaseDown.Reason.OUT_OF_SPACE) {
				log.error("Database out of space answering an API request: {}", ex.getMessage());
			}
			ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, down.get().problem(), List.of());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", String.valueOf(org.openprobation.shared.DatabaseDown.RETRY_AFTER_SECONDS))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		// Exceptions that carry their own status (404 for an unknown team, 405, 415, ...)
		// keep it.
		if (ex instanceof org.springframework.web.ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
			HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
			String detail = known.getBody().getDetail();
			return problem(status, detail == null ? status.getReasonPhrase() : detail, List.of());
		}
		log.error("Unexpected error answering an API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong. It has been logged.", List.of());
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldProblem> problems) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, detail, problems));
	}

}
