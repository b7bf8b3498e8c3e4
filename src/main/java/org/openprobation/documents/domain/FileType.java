package org.openprobation.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a case takes, each known by its content, never by its name: a file
 * called {@code letter.pdf} that is a web page is refused, and a PDF called
 * {@code scan.jpg} is stored as a PDF. HTML, scripts and programs are never taken, so a
 * document cannot carry a page that runs in a colleague's browser.
 */
public enum FileType {

	PDF("application/pdf", "PDF", ".pdf"),
	WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", ".docx"),
	WORD_97("application/msword", "Word 97-2003 document", ".doc"), PNG("image/png", "PNG image", ".png"),
	JPEG("image/jpeg", "JPEG image", ".jpg"), TIFF("image/tiff", "TIFF image", ".tif");

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	/** The name of a Word file's main stream in its compound file, as UTF-16LE. */
	private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

	private final String mediaType;

	private final String label;

	private final String extension;

	FileType(String mediaType, String label, String extension) {
		this.mediaType = mediaType;
		this.label = label;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String label() {
		return label;
	}

	public String extension() {
		return extension;
	}

	public static Optional<FileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
	}

	/** The type the bytes are, or empty when they are none of the types a case takes. */
	public static Optional<FileType> of(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, new byte[] { 'I', 'I', 42, 0 }) || startsWith(bytes, new byte[] { 'M', 'M', 0, 42 })) {
			return Optional.of(TIFF);
		}
		if (startsWith(bytes, OLE)) {
			// a compound file is also an Excel book or an Outlook message: only one with
			// Word's stream is a Word document
			return indexOf(bytes, WORD_STREAM) >= 0 ? Optional.of(WORD_97) : Optional.empty();
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return wordPackage(bytes) ? Optional.of(WORD) : Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * The name a download is saved under: the uploaded name with what cannot be in a file
	 * name replaced, ending in the type's own extension.
	 */
	public String fileName(String uploaded) {
		String base = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
		String name = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "document" + name;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		boolean ownExtension = lower.endsWith(extension) || this == JPEG && lower.endsWith(".jpeg")
				|| this == TIFF && lower.endsWith(".tiff");
		if (!ownExtension) {
			name = name + extension;
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	/** An Office Open XML package whose main part is a Word document. */
	private static boolean wordPackage(byte[] bytes) {
		boolean contentTypes = false;
		boolean document = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				document |= entry.getName().equals("word/document.xml");
				if (contentTypes && document) {
					return true;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
		return false;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] bytes, byte[] wanted) {
		outer: for (int i = 0; i <= bytes.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
