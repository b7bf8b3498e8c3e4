package org.openprobation.enforcement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A letter as an A4 PDF: the lines as written, wrapped to the page, on as many pages as
 * they need.
 */
final class LetterPdf {

	private static final float MARGIN = 72;

	private static final float SIZE = 11;

	private static final float LEADING = 15;

	private LetterPdf() {
	}

	static byte[] render(String title, List<String> lines) {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setCreator("OpenProbation");
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			List<String> wrapped = new ArrayList<>();
			for (String line : lines) {
				wrapped.addAll(wrap(encodable(font, line), font, width));
			}
			int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
			for (int from = 0; from < Math.max(1, wrapped.size()); from += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, SIZE);
					content.setLeading(LEADING);
					content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
					for (String line : wrapped.subList(from, Math.min(wrapped.size(), from + perPage))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> wrap(String line, PDType1Font font, float width) throws IOException {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : line.split(" ", -1)) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
				result.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		result.add(current.toString());
		return result;
	}

	/** The standard fonts cover Latin-1; anything else is shown as a question mark. */
	private static String encodable(PDType1Font font, String line) {
		StringBuilder result = new StringBuilder();
		line.codePoints().forEach(c -> {
			String ch = new String(Character.toChars(c));
			try {
				font.encode(ch);
				result.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				result.append(c == '\u2019' ? "'" : "?");
			}
		});
		return result.toString();
	}

}
