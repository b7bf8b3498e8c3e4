package org.openprobation.access.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form value with a NUL character in it is refused with 400 before anything
 * reads it: nobody types one, PostgreSQL cannot store one in text, and a search or lookup
 * handed one would fail as a server error. Runs after sign-in and the CSRF check.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 190)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (value.indexOf('\u0000') >= 0) {
					if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
						org.openprobation.shared.Problems.write(response, HttpStatus.BAD_REQUEST,
								"A value has a NUL character in it: send text without one.");
					}
					else {
						response.sendError(HttpStatus.BAD_REQUEST.value());
					}
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

}
