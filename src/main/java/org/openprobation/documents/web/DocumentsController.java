package org.openprobation.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.documents.CaseDocument;
import org.openprobation.documents.CaseDocuments;
import org.openprobation.documents.DocumentKind;
import org.openprobation.documents.domain.UploadRules;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.CasePage;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's documents: the list, a document with its versions, the upload form, a new
 * version, and the download, which is always an attachment of the type the bytes are.
 */
@Controller
class DocumentsController {

	private final CaseDocuments documents;

	private final Users users;

	DocumentsController(CaseDocuments documents, Users users) {
		this.documents = documents;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/documents")
	String list(@PathVariable String crn, Model model) {
		CaseDocuments.Listing listing = documents.list(users.current(), crn(crn));
		CasePage.about(listing.crn().value());
		model.addAttribute("listing", listing);
		return "documents/documents";
	}

	@GetMapping("/cases/{crn}/documents/new")
	String uploadForm(@PathVariable String crn, Model model) {
		return uploadPage(model, documents.caseForUpload(users.current(), crn(crn)), Map.of(), List.of());
	}

	/** The upload's typed fields (the file comes as its own part). */
	record UploadForm(@Nullable String kind, @Nullable String title) {
	}

	/**
	 * A new version's fields: how many versions the document had when the page showed it.
	 */
	record VersionForm(@Nullable Integer versions) {
	}

	@PostMapping("/cases/{crn}/documents")
	String upload(@PathVariable String crn, UploadForm form,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		Crn person = crn(crn);
		PersonRecord record = documents.caseForUpload(users.current(), person);
		String kind = form.kind();
		String title = form.title();
		try {
			CaseDocument uploaded = documents.upload(users.current(), person, kind, title, name(file), bytes(file),
					file == null ? 0 : file.getSize());
			redirect.addFlashAttribute("success", "\u201c" + uploaded.title() + "\u201d uploaded.");
			return "redirect:/cases/" + record.crn() + "/documents";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> typed = new LinkedHashMap<>();
			typed.put("kind", kind == null ? "" : kind);
			typed.put("title", title == null ? "" : title);
			return uploadPage(model, record, typed, bad.problems());
		}
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, Model model) {
		return documentPage(model, documents.document(users.current(), id(id)), List.of());
	}

	@PostMapping("/documents/{id}/versions")
	String addVersion(@PathVariable String id, VersionForm form,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		long documentId = id(id);
		CaseDocument document = documents.forNewVersion(users.current(), documentId);
		try {
			CaseDocument after = documents.addVersion(users.current(), documentId,
					form.versions() == null ? -1 : form.versions(), name(file), bytes(file),
					file == null ? 0 : file.getSize());
			redirect.addFlashAttribute("success", "Version " + after.latest().version() + " uploaded.");
			return "redirect:/documents/" + documentId;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return documentPage(model, documents.document(users.current(), document.id()), bad.problems());
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("notice", "Nothing was uploaded: " + conflict.getMessage());
			return "redirect:/documents/" + documentId;
		}
	}

	@GetMapping("/documents/{id}/versions/{version}/file")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String version) {
		int number = Downloads.version(version);
		return Downloads.attachment(documents.download(users.current(), id(id), number));
	}

	private String uploadPage(Model model, PersonRecord person, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("crn", person.crn());
		model.addAttribute("name", person.name());
		CasePage.about(person.crn());
		Map<String, String> kinds = new LinkedHashMap<>();
		DocumentKind.uploaded().forEach(k -> kinds.put(k.name(), k.label()));
		model.addAttribute("kinds", kinds);
		model.addAttribute("typed", typed);
		model.addAttribute("maxSize", UploadRules.megabytes(documents.maxBytes()));
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "documents/upload";
	}

	private String documentPage(Model model, CaseDocuments.Viewed viewed, List<FieldProblem> problems) {
		CasePage.about(viewed.crn().value());
		model.addAttribute("viewed", viewed);
		model.addAttribute("maxSize", UploadRules.megabytes(documents.maxBytes()));
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "documents/document";
	}

	private static @Nullable String name(@Nullable MultipartFile file) {
		return file == null ? null : file.getOriginalFilename();
	}

	/**
	 * The file's bytes; none when no file was chosen, and an empty array when it is over
	 * the limit (its bytes are not read: the size alone refuses it).
	 */
	private byte @Nullable [] bytes(@Nullable MultipartFile file) throws IOException {
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return null;
		}
		if (file.getSize() > documents.maxBytes()) {
			return new byte[0];
		}
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static long id(String typed) {
		return Downloads.documentId(typed);
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
