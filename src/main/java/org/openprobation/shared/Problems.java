package org.openprobation.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one place an API error becomes {@code application/problem+json} (RFC 9457): from a
 * controller through {@link #of}, and from a filter, before any controller is reached,
 * through {@link #write}. Bad input names each field under {@code errors}.
 */
public final class Problems {

	/**
	 * The account signed in with a one-time password: nothing but changing it is answered
	 * until it is changed. A tag URI (RFC 4151): a name to match on, not a page to fetch.
	 */
	public static final String PASSWORD_CHANGE_REQUIRED_TYPE = "tag:openprobation.org,2026:problem:password-change-required";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String detail, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (!problems.isEmpty()) {
			problem.setProperty("errors",
					problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		}
		return problem;
	}

	/**
	 * Writes the problem as the whole response, for filters that answer before any
	 * controller.
	 */
	public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		write(response, status, null, detail);
	}

	/**
	 * The same, with a problem type a client can act on: one of this class's
	 * {@code ..._TYPE} names.
	 */
	public static void write(HttpServletResponse response, HttpStatus status,
			@org.jspecify.annotations.Nullable String type, String detail) throws IOException {
		ProblemDetail problem = of(status, detail, List.of());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type",
				type != null ? type : problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle() == null ? status.getReasonPhrase() : problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}

}
