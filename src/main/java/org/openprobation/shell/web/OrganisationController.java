package org.openprobation.shell.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.organisation.StaffImport;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shell.OrganisationViews;
import org.openprobation.shell.StaffImports;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganisationController {

	private final OrganisationViews views;

	private final Users users;

	private final StaffImports staffImports;

	OrganisationController(OrganisationViews views, Users users, StaffImports staffImports) {
		this.views = views;
		this.users = users;
		this.staffImports = staffImports;
	}

	@GetMapping("/organisation")
	String organisation(Model model) {
		CurrentUser user = users.current();
		model.addAttribute("summary", views.summary(user));
		model.addAttribute("spread", views.caseloadSpread(user));
		model.addAttribute("providers", views.hierarchy(user));
		// Team names link to team caseloads only where the user may open them.
		model.addAttribute("linkEveryTeam",
				user.hasAny(org.openprobation.access.Role.AREA_MANAGER, org.openprobation.access.Role.QUALITY,
						org.openprobation.access.Role.INSPECTOR, org.openprobation.access.Role.ADMIN));
		model.addAttribute("ownTeamId", user.has(org.openprobation.access.Role.SPO) ? user.teamId() : null);
		model.addAttribute("mayImportStaff", StaffImports.mayImport(user));
		return "shell/organisation";
	}

	@GetMapping("/organisation/staff/import")
	String staffImportForm(Model model) {
		requireMayImport();
		return staffImportPage(model, null);
	}

	@PostMapping("/organisation/staff/import")
	String importStaff(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		requireMayImport();
		try {
			StaffImport.Imported imported = staffImports.importCsv(users.current(), text(file));
			redirect.addFlashAttribute("success", imported.count() + (imported.count() == 1 ? " member" : " members")
					+ " of staff imported: " + String.join(", ", imported.codes()));
			return "redirect:/organisation/staff/import";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// every problem points at the file, which is where it is put right
			return staffImportPage(model,
					bad.problems().stream().map(p -> new FieldProblem("file", p.message())).toList());
		}
	}

	private void requireMayImport() {
		if (!StaffImports.mayImport(users.current())) {
			throw new AccessDeniedException("Only an administrator imports staff.");
		}
	}

	private static String staffImportPage(Model model, @Nullable List<FieldProblem> problems) {
		model.addAttribute("problems", problems);
		model.addAttribute("required", StaffImport.REQUIRED);
		model.addAttribute("optional", StaffImport.OPTIONAL);
		model.addAttribute("maxRows", StaffImport.MAX_ROWS);
		return "shell/staff-import";
	}

	private static String text(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BadRequest(List.of(new FieldProblem("file", "Select a CSV file of staff")));
		}
		if (file.getSize() > StaffImport.MAX_CHARACTERS) {
			throw new BadRequest(List.of(new FieldProblem("file",
					"The file is larger than 1 MB: import at most " + StaffImport.MAX_ROWS + " staff at a time")));
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BadRequest(List.of(new FieldProblem("file",
					"The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\"")));
		}
		catch (IOException ex) {
			throw new BadRequest(List.of(new FieldProblem("file", "The file could not be read: try again")));
		}
	}

}
