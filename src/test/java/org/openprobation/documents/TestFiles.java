package org.openprobation.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each type a case takes, and some it does not. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	public static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
	}

	public static byte[] tiff() {
		return new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 };
	}

	public static byte[] docx() {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	/** A spreadsheet: an Office package, but not a Word document. */
	public static byte[] xlsx() {
		return zip("[Content_Types].xml", "xl/workbook.xml");
	}

	public static byte[] doc() {
		return compound("WordDocument");
	}

	/** An Excel 97 book: a compound file without Word's stream. */
	public static byte[] xls() {
		return compound("Workbook");
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] compound(String stream) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 });
		out.writeBytes(new byte[504]);
		out.writeBytes("Root Entry".getBytes(StandardCharsets.UTF_16LE));
		out.writeBytes(new byte[64]);
		out.writeBytes(stream.getBytes(StandardCharsets.UTF_16LE));
		out.writeBytes(new byte[64]);
		return out.toByteArray();
	}

	private static byte[] zip(String... entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
