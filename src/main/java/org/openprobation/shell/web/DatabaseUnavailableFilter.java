package org.openprobation.shell.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.shared.DatabaseDown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached (even before a controller runs, say while loading
 * the session), pages answer a plain 503 page and the API a 503 problem, both with
 * Retry-After; the connection pool reconnects by itself when the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static String page(DatabaseDown.Reason reason) {
		return """
				<!DOCTYPE html>
				<html lang="en" class="govuk-template"><head><meta charset="utf-8">
				<title>Sorry, the service is unavailable - OpenProbation</title>
				<link rel="stylesheet" href="/css/openprobation.css"></head>
				<body class="govuk-template__body"><main class="govuk-main-wrapper govuk-width-container" id="main-content">
				<h1 class="govuk-heading-xl">Sorry, the service is unavailable</h1>
				<p class="govuk-body">%s</p>
				<p class="govuk-body">Try again in a few seconds. If you were saving something, check whether it was saved
				before you enter it again.</p>
				</main></body></html>
				"""
			.formatted(reason.page());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			java.util.Optional<DatabaseDown.Reason> reason = DatabaseDown.reason(ex);
			if (reason.isEmpty() || response.isCommitted()) {
				throw ex;
			}
			log(reason.get(), request, ex);
			write(request, response, reason.get());
		}
	}

	static void log(DatabaseDown.Reason reason, HttpServletRequest request, Throwable ex) {
		if (reason == DatabaseDown.Reason.OUT_OF_SPACE) {
			log.error("Database out of space for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
		}
		else {
			log.warn("Database {} for {} {}: {}", reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
					request.getMethod(), request.getRequestURI(), ex.getMessage());
		}
	}

	static void write(HttpServletRequest request, HttpServletResponse response, DatabaseDown.Reason reason)
			throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", String.valueOf(DatabaseDown.RETRY_AFTER_SECONDS));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			org.openprobation.shared.Problems.write(response, org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
					reason.problem());
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter().write(page(reason));
		}
	}

}
