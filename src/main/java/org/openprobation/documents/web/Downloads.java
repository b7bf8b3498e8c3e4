package org.openprobation.documents.web;

import java.nio.charset.StandardCharsets;

import org.openprobation.documents.DocumentFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a document leaves the platform, from a page or the API. */
public final class Downloads {

	private Downloads() {
	}

	/** A document's id as a path names it: one that is not a number names no document. */
	public static long documentId(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new org.openprobation.shared.NotFound("There is no such document.");
		}
	}

	/** A version's number as a path names it. */
	public static int version(String typed) {
		try {
			return Integer.parseInt(typed);
		}
		catch (NumberFormatException ex) {
			throw new org.openprobation.shared.NotFound("The document has no such version.");
		}
	}

	/**
	 * The document as an attachment of the type its bytes are, never shown in the
	 * browser: nothing in it runs in the platform's pages, and a browser that would guess
	 * its type is told not to.
	 */
	public static ResponseEntity<byte[]> attachment(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.version().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.version().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.bytes());
	}

}
