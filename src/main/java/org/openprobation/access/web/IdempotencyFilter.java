package org.openprobation.access.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.persistence.RequestGuardRepository;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An API call that changes something and carries an {@code Idempotency-Key} header runs
 * once per user and key: a retry (a lost response, a double click in a client) gets the
 * first call's answer again, marked {@code Idempotent-Replayed: true}, and changes
 * nothing; a retry while the first is still running gets 409; the same key for a
 * different request gets 422. A call that failed on the server gives its key back.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,200}");

	private final RequestGuardRepository repository;

	IdempotencyFilter(RequestGuardRepository repository) {
		this.repository = repository;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| !CHANGES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (!KEY.matcher(key).matches()) {
			problem(response, HttpStatus.BAD_REQUEST,
					"The Idempotency-Key must be 1 to 200 letters, digits, dots, colons, dashes or underscores.");
			return;
		}
		String username = authentication.getName();
		String path = request.getRequestURI();
		String digest = digest(request);
		if (!repository.claim(username, key, request.getMethod(), path, digest)) {
			RequestGuardRepository.Stored stored = repository.find(username, key).orElse(null);
			if (stored == null) {
				problem(response, HttpStatus.CONFLICT, "The first request with this Idempotency-Key is still running.");
			}
			else if (!stored.method().equals(request.getMethod()) || !stored.path().equals(path)
					|| !java.util.Objects.equals(stored.bodyDigest(), digest)) {
				problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
						"This Idempotency-Key was used for a different request: use a new key.");
			}
			else if (stored.status() == null) {
				problem(response, HttpStatus.CONFLICT, "The first request with this Idempotency-Key is still running.");
			}
			else {
				response.setStatus(stored.status());
				if (stored.contentType() != null) {
					response.setContentType(stored.contentType());
				}
				if (stored.location() != null) {
					response.setHeader("Location", stored.location());
				}
				response.setHeader("Idempotent-Replayed", "true");
				if (stored.body() != null) {
					response.getOutputStream().write(stored.body());
				}
			}
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() < 500) {
				repository.complete(username, key, wrapper.getStatus(), wrapper.getContentType(),
						wrapper.getContentAsByteArray(), wrapper.getHeader("Location"));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				repository.release(username, key);
			}
			wrapper.copyBodyToResponse();
		}
	}

	/** The SHA-256 of the body, as {@link BodySizeFilter} read it. */
	private static @org.jspecify.annotations.Nullable String digest(HttpServletRequest request) {
		BodySizeFilter.ReadBody read = org.springframework.web.util.WebUtils.getNativeRequest(request,
				BodySizeFilter.ReadBody.class);
		if (read == null) {
			return null;
		}
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(read.body()));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		org.openprobation.shared.Problems.write(response, status, detail);
	}

}
