package org.openprobation.documents.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the bytes of documents are kept when {@code openprobation.documents.directory} is
 * set (a volume every instance mounts): one file per content, named by its SHA-256, so
 * the same bytes are held once and a file is never changed once written. When it is not
 * set, the bytes are held in PostgreSQL and this directory is not used.
 */
@Component
public class DocumentDirectory {

	private final Optional<Path> root;

	DocumentDirectory(@Value("${openprobation.documents.directory:}") String directory) {
		this.root = directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory.strip()));
	}

	/** Whether the bytes go to the directory rather than the database. */
	public boolean inUse() {
		return root.isPresent();
	}

	/** Writes the bytes under their SHA-256, unless a file of them is already there. */
	public void write(String sha256, byte[] bytes) {
		Path file = file(sha256);
		if (Files.exists(file)) {
			return;
		}
		try {
			Files.createDirectories(file.getParent());
			Path partial = Files.createTempFile(file.getParent(), sha256, ".partial");
			Files.write(partial, bytes);
			try {
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document could not be written to " + file.getParent(), ex);
		}
	}

	/** The bytes of a content, or empty when the directory does not hold them. */
	public Optional<byte[]> read(String sha256) {
		if (root.isEmpty()) {
			return Optional.empty();
		}
		Path file = file(sha256);
		try {
			return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document could not be read from " + file.getParent(), ex);
		}
	}

	private Path file(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.orElseThrow().resolve(sha256.substring(0, 2)).resolve(sha256);
	}

}
