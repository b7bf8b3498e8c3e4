package org.openprobation.documents.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document directory (ADR 32): one file per content, named by its SHA-256, written
 * whole or not at all, never rewritten; unused when no directory is configured.
 */
class DocumentDirectoryTest {

	private static final String SHA = "a".repeat(64);

	@Test
	void bytesAreWrittenOnceUnderTheirShaAndReadBack(@TempDir Path root) throws Exception {
		DocumentDirectory directory = new DocumentDirectory(root.toString());
		assertThat(directory.inUse()).isTrue();
		directory.write(SHA, "first".getBytes(StandardCharsets.UTF_8));
		directory.write(SHA, "second".getBytes(StandardCharsets.UTF_8));
		assertThat(directory.read(SHA))
			.hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("first"));
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
				.containsExactly("aa/" + SHA);
		}
		assertThat(directory.read("b".repeat(64))).isEmpty();
	}

	@Test
	void withoutADirectoryNothingIsReadAndANameThatIsNotAShaIsRefused(@TempDir Path root) {
		assertThat(new DocumentDirectory("").inUse()).isFalse();
		assertThat(new DocumentDirectory(" ").read(SHA)).isEmpty();
		assertThatThrownBy(() -> new DocumentDirectory(root.toString()).read("../../etc/passwd"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
