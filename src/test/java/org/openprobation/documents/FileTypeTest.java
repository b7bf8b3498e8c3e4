package org.openprobation.documents;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openprobation.documents.domain.FileType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's type is judged by its bytes (issue 28, item 2): each type a case takes is
 * known from its content whatever it is called, and anything else, a web page above all,
 * is refused.
 */
class FileTypeTest {

	@Test
	void eachTypeACaseTakesIsKnownByItsBytes() {
		assertThat(FileType.of(TestFiles.pdf("a licence"))).contains(FileType.PDF);
		assertThat(FileType.of(TestFiles.png())).contains(FileType.PNG);
		assertThat(FileType.of(TestFiles.jpeg())).contains(FileType.JPEG);
		assertThat(FileType.of(TestFiles.tiff())).contains(FileType.TIFF);
		assertThat(FileType.of(TestFiles.docx())).contains(FileType.WORD);
		assertThat(FileType.of(TestFiles.doc())).contains(FileType.WORD_97);
	}

	@Test
	void aWebPageASpreadsheetAndAnythingElseAreRefused() {
		assertThat(FileType.of(TestFiles.html())).isEmpty();
		assertThat(FileType.of(TestFiles.xlsx())).as("an Office package that is not Word").isEmpty();
		assertThat(FileType.of(TestFiles.xls())).as("a compound file that is not Word").isEmpty();
		assertThat(FileType.of("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(FileType.of(new byte[0])).isEmpty();
		assertThat(FileType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void theDownloadIsNamedAfterTheUploadWithItsTypesOwnExtension() {
		assertThat(FileType.PDF.fileName("GP letter 3 March.pdf")).isEqualTo("GP letter 3 March.pdf");
		assertThat(FileType.PDF.fileName("scan.jpg")).isEqualTo("scan.jpg.pdf");
		assertThat(FileType.JPEG.fileName("photo.JPEG")).isEqualTo("photo.JPEG");
		assertThat(FileType.WORD.fileName("C:\\Users\\jo\\report.docx")).isEqualTo("report.docx");
		assertThat(FileType.PDF.fileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(FileType.PDF.fileName("a\"b<c>.pdf")).isEqualTo("a_b_c_.pdf");
		assertThat(FileType.PNG.fileName("")).isEqualTo("document.png");
		assertThat(FileType.PNG.fileName(".htaccess")).isEqualTo("document.htaccess.png");
		assertThat(FileType.PDF.fileName("x".repeat(400) + ".pdf")).hasSize(255).endsWith(".pdf");
	}

	@Property
	void bytesThatStartWithMarkupAreNeverTaken(@ForAll byte[] rest) {
		byte[] page = new byte[rest.length + 1];
		page[0] = '<';
		System.arraycopy(rest, 0, page, 1, rest.length);
		assertThat(FileType.of(page)).isEmpty();
	}

	@Property
	void aDownloadsNameNeverLeavesItsFolderNorLosesItsType(@ForAll String uploaded) {
		for (FileType type : FileType.values()) {
			String name = type.fileName(uploaded);
			assertThat(name).doesNotContain("/", "\\", "\"").isNotBlank().hasSizeLessThanOrEqualTo(255);
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			assertThat(lower.endsWith(type.extension()) || lower.endsWith(".jpeg") || lower.endsWith(".tiff")).as(name)
				.isTrue();
		}
	}

}
