package org.openprobation.shell.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.shell.ThingsToDo;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a user changes anything, the count of things to do in the header is counted again
 * on their next page, not up to 30 seconds later (issue 29: "its count current").
 */
@Component
class FreshTaskCount extends OncePerRequestFilter {

	private final ThingsToDo thingsToDo;

	FreshTaskCount(ThingsToDo thingsToDo) {
		this.thingsToDo = thingsToDo;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method) && request.getUserPrincipal() != null) {
				thingsToDo.forget(request.getUserPrincipal().getName());
			}
		}
	}

}
