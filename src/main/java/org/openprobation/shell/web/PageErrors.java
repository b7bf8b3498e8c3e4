package org.openprobation.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.shell.CaseNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Pages explain a refused or missing case in plain words; nothing technical is shown. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

	private final LayoutModel layout;

	PageErrors(LayoutModel layout) {
		this.layout = layout;
	}

	@ExceptionHandler(CaseAccessDenied.class)
	String refused(CaseAccessDenied denied, HttpServletRequest request, HttpServletResponse response, Model model) {
		layout.addTo(model, request);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("reason", denied.getMessage());
		return "error/403";
	}

	@ExceptionHandler(org.openprobation.shared.NotFound.class)
	String notFound(org.openprobation.shared.NotFound missing, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		layout.addTo(model, request);
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("reason", missing.getMessage());
		return "error/404";
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	String forbidden(org.springframework.security.access.AccessDeniedException denied, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		layout.addTo(model, request);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("reason", denied.getMessage());
		return "error/403";
	}

	/**
	 * A form without its own error handling still answers 400 with what is wrong, never
	 * 500.
	 */
	@ExceptionHandler(org.openprobation.shared.BadRequest.class)
	String badRequest(org.openprobation.shared.BadRequest bad, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		layout.addTo(model, request);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problems", bad.problems());
		return "error/400";
	}

	/**
	 * A change refused because the record moved on (acted on already, a newer version):
	 * nothing was saved, and the page says why, never 500.
	 */
	@ExceptionHandler(org.openprobation.shared.Conflict.class)
	String conflict(org.openprobation.shared.Conflict conflict, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		layout.addTo(model, request);
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reason", conflict.getMessage());
		return "error/conflict";
	}

	@ExceptionHandler(CaseNotFound.class)
	String notFound(CaseNotFound missing, HttpServletRequest request, HttpServletResponse response, Model model) {
		layout.addTo(model, request);
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("reason", "There is no person on probation with that CRN. Check it and try again.");
		return "error/404";
	}

	@ExceptionHandler({ org.springframework.dao.DataAccessException.class,
			org.springframework.transaction.TransactionException.class })
	void databaseDown(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		java.util.Optional<org.openprobation.shared.DatabaseDown.Reason> reason = org.openprobation.shared.DatabaseDown
			.reason(ex);
		if (reason.isEmpty()) {
			throw ex;
		}
		DatabaseUnavailableFilter.log(reason.get(), request, ex);
		DatabaseUnavailableFilter.write(request, response, reason.get());
	}

}
