package org.openprobation.shell.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.openprobation.access.Users;
import org.openprobation.organisation.StaffImport;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shell.OrganisationSummary;
import org.openprobation.shell.OrganisationViews;
import org.openprobation.shell.StaffImports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organisation")
class OrganisationApi {

	private final OrganisationViews views;

	private final Users users;

	private final StaffImports staffImports;

	OrganisationApi(OrganisationViews views, Users users, StaffImports staffImports) {
		this.views = views;
		this.users = users;
		this.staffImports = staffImports;
	}

	@GetMapping("/api/v1/organisation/summary")
	@Operation(summary = "The organisation's size",
			description = "How big the organisation is: the user's provider, or all providers for inspectors and administrators")
	OrganisationSummary summary() {
		return views.summary(users.current());
	}

	record StaffImported(int imported, List<String> codes) {
	}

	// the body is read as CSV whatever its declared type, so that the role is checked
	// first
	@PostMapping("/api/v1/staff/imports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import staff from CSV",
			description = "Import staff from CSV (UTF-8, a header row: code, forename, surname, grade, team, "
					+ "contracted_hours, employment, start_date, and optionally specialist_role, contract_ends_on); "
					+ "administrators only; every row is checked and each rejected row named in a 400, all or nothing",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
							schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))))
	StaffImported importStaff(HttpServletRequest request) throws IOException {
		// who may import is answered first, then what was sent: CSV, declared as such, so
		// that a cross-site form (plain text or form fields, with a remembered sign-in)
		// cannot post an import
		if (!StaffImports.mayImport(users.current())) {
			throw new org.springframework.security.access.AccessDeniedException("Only an administrator imports staff.");
		}
		if (!declaredCsv(request.getContentType())) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the staff as text/csv and say so in the Content-Type header.");
		}
		StaffImport.Imported imported = staffImports.importCsv(users.current(), body(request));
		return new StaffImported(imported.count(), imported.codes());
	}

	private static boolean declaredCsv(@org.jspecify.annotations.Nullable String declared) {
		try {
			return declared != null && org.springframework.http.MediaType.parseMediaType(declared)
				.isCompatibleWith(org.springframework.http.MediaType.parseMediaType("text/csv"));
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body as UTF-8 text, read no further than an import may be. */
	private static String body(HttpServletRequest request) throws IOException {
		if (request.getCharacterEncoding() == null) {
			request.setCharacterEncoding(StandardCharsets.UTF_8.name());
		}
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		try (Reader reader = request.getReader()) {
			for (int n; (n = reader.read(buffer)) != -1;) {
				text.append(buffer, 0, n);
				if (text.length() > StaffImport.MAX_CHARACTERS) {
					throw new BadRequest(
							List.of(new FieldProblem("file", "The file is larger than 1 MB: import at most "
									+ StaffImport.MAX_ROWS + " staff at a time")));
				}
			}
		}
		return text.toString();
	}

}
