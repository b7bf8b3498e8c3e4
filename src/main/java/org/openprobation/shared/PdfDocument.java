package org.openprobation.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An A4 PDF written top to bottom: headings, wrapped paragraphs and horizontal bars, onto
 * as many pages as they need (letters, reports).
 */
public final class PdfDocument implements AutoCloseable {

	private static final float MARGIN = 60;

	private final PDDocument document = new PDDocument();

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream content;

	private float y;

	public PdfDocument(String title) {
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setCreator("OpenProbation");
		newPage();
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float width() {
		return PDRectangle.A4.getWidth() - 2 * MARGIN;
	}

	public PdfDocument heading(String text, float size) {
		y -= size * 0.6f;
		return lines(text, bold, size);
	}

	public PdfDocument paragraph(String text) {
		return lines(text, regular, 10.5f).gap(4);
	}

	/** A line of body text without space after it (letters). */
	public PdfDocument text(String text) {
		return lines(text, regular, 11);
	}

	public PdfDocument gap(float points) {
		y -= points;
		return this;
	}

	private PdfDocument lines(String text, PDType1Font font, float size) {
		try {
			for (String line : wrap(encodable(font, text), font, size, width())) {
				if (y - size * 1.4f < MARGIN) {
					newPage();
				}
				y -= size * 1.4f;
				content.beginText();
				content.setFont(font, size);
				content.newLineAtOffset(MARGIN, y);
				content.showText(line);
				content.endText();
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One labelled bar of two parts (for example yes in green and no in red), scaled to
	 * {@code max}.
	 */
	public PdfDocument bar(String label, int first, int second, int max) {
		try {
			float height = 12;
			if (y - height - 6 < MARGIN) {
				newPage();
			}
			y -= height + 6;
			float labelWidth = 60;
			float room = width() - labelWidth - 60;
			float a = max == 0 ? 0 : room * first / max;
			float b = max == 0 ? 0 : room * second / max;
			content.beginText();
			content.setFont(regular, 9);
			content.newLineAtOffset(MARGIN, y + 2);
			content.showText(encodable(regular, label));
			content.endText();
			content.setNonStrokingColor(0f, 0.44f, 0.24f);
			content.addRect(MARGIN + labelWidth, y, a, height);
			content.fill();
			content.setNonStrokingColor(0.83f, 0.21f, 0.11f);
			content.addRect(MARGIN + labelWidth + a, y, b, height);
			content.fill();
			content.setNonStrokingColor(0f, 0f, 0f);
			content.beginText();
			content.setFont(regular, 9);
			content.newLineAtOffset(MARGIN + labelWidth + a + b + 4, y + 2);
			content.showText(first + " yes / " + second + " no");
			content.endText();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.close();
			content = null;
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			if (content != null) {
				content.close();
			}
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> wrap(String line, PDType1Font font, float size, float width) throws IOException {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : line.split(" ", -1)) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
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
	static String encodable(PDType1Font font, String line) {
		StringBuilder result = new StringBuilder();
		line.codePoints().forEach(c -> {
			String ch = new String(Character.toChars(c));
			try {
				font.encode(ch);
				result.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				result.append(c == '\u2019' ? "'" : c == '\u2013' || c == '\u2014' ? "-" : c == '\u00b1' ? "+/-" : "?");
			}
		});
		return result.toString();
	}

}
