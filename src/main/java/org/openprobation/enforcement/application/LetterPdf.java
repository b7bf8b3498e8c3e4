package org.openprobation.enforcement.application;

import java.util.List;

import org.openprobation.shared.PdfDocument;

/**
 * A letter as an A4 PDF: the lines as written, wrapped to the page, on as many pages as
 * they need.
 */
public final class LetterPdf {

	private LetterPdf() {
	}

	public static byte[] render(String title, List<String> lines) {
		try (PdfDocument pdf = new PdfDocument(title)) {
			lines.forEach(pdf::text);
			return pdf.bytes();
		}
	}

}
