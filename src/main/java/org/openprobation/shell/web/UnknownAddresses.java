package org.openprobation.shell.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers, or a page address whose id is not one: a page in plain
 * words for a browser, problem+json for the API (issue 29: a browser was answered with
 * raw JSON). Ahead of Spring's problem details, which answer JSON whatever was asked for;
 * after the API's own problems ({@code ApiProblems}), which answer a bad id in an API
 * address.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnknownAddresses {

	private final LayoutModel layout;

	UnknownAddresses(LayoutModel layout) {
		this.layout = layout;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	@Nullable String unknown(NoResourceFoundException missing, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
						+ "\"detail\":\"Nothing answers at this address.\"}")
					.getBytes(StandardCharsets.UTF_8));
			return null;
		}
		layout.addTo(model, request);
		model.addAttribute("reason", "There is no page at this address. Check it, or start again from the home page.");
		return "error/404";
	}

	/** A page address whose id is not a number: no record has it. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String badId(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		layout.addTo(model, request);
		model.addAttribute("reason", "Nothing on the system has that reference. Check the address.");
		return "error/404";
	}

}
