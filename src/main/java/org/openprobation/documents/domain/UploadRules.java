package org.openprobation.documents.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/** What is wrong with a document or a version a user uploads, field by field. */
public final class UploadRules {

	public static final int MAX_TITLE = 200;

	private UploadRules() {
	}

	/** The file's problems: missing, empty, too large, or not a type a case takes. */
	public static List<FieldProblem> file(byte @Nullable [] bytes, long size, long maxBytes) {
		if (bytes == null) {
			return List.of(new FieldProblem("file", "Select the file to upload"));
		}
		if (size == 0) {
			return List.of(new FieldProblem("file", "The selected file is empty"));
		}
		if (size > maxBytes) {
			return List.of(new FieldProblem("file", "The file must be " + megabytes(maxBytes) + " or smaller"));
		}
		if (FileType.of(bytes).isEmpty()) {
			return List.of(new FieldProblem("file",
					"The file must be a PDF, a Word document or an image (PNG, JPEG or TIFF): what it holds is "
							+ "checked, not its name"));
		}
		return List.of();
	}

	public static List<FieldProblem> title(@Nullable String title) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "Enter a title, such as \"Letter from the GP, 3 March\""));
		}
		else if (title.strip().length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "The title must be " + MAX_TITLE + " characters or fewer"));
		}
		return problems;
	}

	public static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

}
