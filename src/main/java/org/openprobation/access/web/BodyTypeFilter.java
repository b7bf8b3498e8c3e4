package org.openprobation.access.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API call that sends a body must say it is JSON, or it is refused with 415 before
 * anything reads it (the staff import, which takes CSV, checks its own type once it has
 * checked the user). A cross-site HTML form can post only form fields or plain text, and
 * a browser that remembers an administrator's HTTP Basic sign-in would send it along, so
 * a body read "whatever its declared type" could be posted by any web page the
 * administrator opens. A document's upload sends the file itself, so it may be of any
 * type but those a form can send. Runs after sign-in, so an anonymous caller still hears
 * 401 first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 200)
class BodyTypeFilter extends OncePerRequestFilter {

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CHANGES.contains(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| BodySizeFilter.IMPORTS.contains(request.getRequestURI().substring(request.getContextPath().length()))
				|| BodySizeFilter.PROVIDER_IMPORTS
					.contains(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String declared = request.getContentType();
		if (BodySizeFilter.document(request.getRequestURI().substring(request.getContextPath().length()))) {
			if (declared != null && form(declared)) {
				org.openprobation.shared.Problems.write(response,
						org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						"Send the file itself as the body, with its own Content-Type (application/pdf, image/png...) "
								+ "and its name in Content-Disposition.");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (declared == null && request.getContentLengthLong() <= 0) {
			chain.doFilter(request, response);
			return;
		}
		if (!json(declared)) {
			org.openprobation.shared.Problems.write(response,
					org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the body as application/json and say so in the Content-Type header.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The types a cross-site HTML form can send, which a document's body may not be (its
	 * type is judged by its bytes in any case).
	 */
	private static boolean form(String declared) {
		try {
			MediaType type = MediaType.parseMediaType(declared);
			return type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)
					|| type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
					|| type.isCompatibleWith(MediaType.TEXT_PLAIN);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	private static boolean json(String declared) {
		if (declared == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(declared);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
