package org.openprobation.migration.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.migration.application.ProviderImport;
import org.openprobation.migration.domain.ImportRun;
import org.openprobation.shared.FieldProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's pages of imports: a set uploaded, each run followed with its
 * progress (the page refreshes itself while it runs, without JavaScript), and a refused
 * set's errors as a table and as a CSV to work through.
 */
@Controller
class ImportsController {

	private final ProviderImport imports;

	private final Users users;

	ImportsController(ProviderImport imports, Users users) {
		this.imports = imports;
		this.users = users;
	}

	@GetMapping("/settings/imports")
	String list(Model model) {
		return page(model, users.current(), null);
	}

	private String page(Model model, CurrentUser user, @Nullable List<FieldProblem> problems) {
		model.addAttribute("runs", imports.recent(user));
		model.addAttribute("problems", problems);
		return "migration/imports";
	}

	@PostMapping("/settings/imports")
	String start(@RequestParam(name = "set", required = false) @Nullable MultipartFile set,
			HttpServletResponse response, Model model) throws IOException {
		CurrentUser user = users.current();
		imports.checkMayImport(user);
		if (set == null || set.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, user, List.of(new FieldProblem("set", "Select the ZIP file of the set to import")));
		}
		String name = set.getOriginalFilename() == null ? "import.zip" : set.getOriginalFilename();
		if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, user,
					List.of(new FieldProblem("set", "The set must be a ZIP file, as an export writes it")));
		}
		UUID id;
		try (InputStream in = set.getInputStream()) {
			id = imports.start(user, in, name.replaceAll("[^A-Za-z0-9._ -]", "_"));
		}
		return "redirect:/settings/imports/" + id;
	}

	@GetMapping("/settings/imports/{id}")
	String run(@PathVariable UUID id, Model model) {
		ImportRun run = imports.find(users.current(), id);
		model.addAttribute("run", run);
		return "migration/import";
	}

	@GetMapping("/settings/imports/{id}/errors.csv")
	void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ImportRun run = imports.find(users.current(), id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"");
		org.openprobation.shared.Csv csv = new org.openprobation.shared.Csv("file", "line", "column", "message");
		run.errors().forEach(e -> csv.row(e.file(), e.line(), e.column(), e.message()));
		response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
