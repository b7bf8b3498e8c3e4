package org.openprobation.migration.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openprobation.access.Users;
import org.openprobation.migration.application.ProviderExport;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Migration")
class ExportsApi {

	private final ProviderExport export;

	private final Users users;

	ExportsApi(ProviderExport export, Users users) {
		this.export = export;
		this.users = users;
	}

	@GetMapping("/api/v1/exports")
	@Operation(summary = "Export a provider",
			description = "Administrators only. Streams everything the provider holds as a ZIP of CSV files in the "
					+ "open format of docs/data-format.md, from one consistent snapshot, with manifest.csv giving "
					+ "each file's rows and SHA-256")
	void export(@RequestParam(required = false) String provider, HttpServletResponse response) throws IOException {
		ProviderExport.Prepared prepared = export.prepare(users.current(), provider == null ? "" : provider);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + prepared.fileName() + "\"");
		export.write(prepared, response.getOutputStream());
		response.flushBuffer();
	}

}
