package org.openprobation.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents on a case (issue 28, item 2): uploaded through the API and the page, judged
 * by their bytes, downloaded only as attachments and audited, replaced by versions that
 * keep the earlier ones, and refused to whoever may not read or change the case without
 * naming it.
 */
@IntegrationTest
class DocumentsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	/** One of the practitioner's unrestricted cases, a different one for each test. */
	private String practitionersCase(int offset) {
		return jdbc.sql("""
				select trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted and not exists (select 1 from access.case_restriction r where r.person_id = p.id)
				order by p.crn desc offset :offset limit 1""")
			.param("offset", 40 + offset)
			.query(String.class)
			.single();
	}

	private long audited(String action, String crn) {
		return jdbc.sql("select count(*) from access.audit_event where action = :action and crn = :crn")
			.param("action", action)
			.param("crn", crn)
			.query(Long.class)
			.single();
	}

	@Test
	void aDocumentIsUploadedListedAndDownloadedAsAnAttachmentOfTheTypeItsBytesAre() {
		String crn = practitionersCase(0);
		byte[] pdf = TestFiles.pdf("Letter from the GP");
		TestHttp.Response uploaded = http().postBytes(
				"/api/v1/people/" + crn + "/documents?kind=LETTER_RECEIVED&title="
						+ TestHttp.encode("Letter from the GP, 3 March"),
				"practitioner", "application/pdf", "gp letter.jpg", pdf);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		long id = uploaded.json().get("id").asLong();
		assertThat(uploaded.header("Location")).endsWith("/api/v1/documents/" + id);
		assertThat(uploaded.json().get("latest").get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(uploaded.json().get("latest").get("fileName").asString()).isEqualTo("gp letter.jpg.pdf");
		assertThat(uploaded.json().get("latest").get("sizeBytes").asLong()).isEqualTo(pdf.length);

		TestHttp.Response listed = http().get("/api/v1/people/" + crn + "/documents", "practitioner");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get(0).get("title").asString()).isEqualTo("Letter from the GP, 3 March");

		TestHttp.Response download = http().get("/documents/" + id + "/versions/1/file", "practitioner");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("gp letter.jpg.pdf");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.header("Content-Security-Policy")).contains("sandbox");
		assertThat(http().getBytes("/api/v1/documents/" + id + "/versions/1/content", "practitioner")).isEqualTo(pdf);
		assertThat(audited("UPLOAD_DOCUMENT", crn)).isOne();
		assertThat(audited("DOWNLOAD_DOCUMENT", crn)).isEqualTo(2);

		TestHttp.Response page = http().get("/cases/" + crn + "/documents", "practitioner");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Letter from the GP, 3 March", "Version 1: PDF");
	}

	@Test
	void whatIsNotAPdfAWordDocumentOrAnImageIsRefusedWhateverItIsCalledAndNothingIsKept() {
		String crn = practitionersCase(1);
		TestHttp.Response page = http().postBytes("/api/v1/people/" + crn + "/documents?kind=OTHER&title=Report",
				"practitioner", "application/pdf", "report.pdf", TestFiles.html());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("\"file\"").contains("must be a PDF, a Word document or an image");
		TestHttp.Response empty = http().postBytes("/api/v1/people/" + crn + "/documents?title=", "practitioner",
				"application/pdf", "report.pdf", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("\"kind\"", "\"title\"", "\"file\"");
		TestHttp.Response tooLarge = http().postBytes("/api/v1/people/" + crn + "/documents?kind=OTHER&title=Scan",
				"practitioner", "application/pdf", "scan.pdf", new byte[20 * 1024 * 1024 + 1]);
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("20 MB or smaller");
		TestHttp.Response form = http().postBytes("/api/v1/people/" + crn + "/documents?kind=OTHER&title=Scan",
				"practitioner", "multipart/form-data; boundary=x", "scan.pdf", TestFiles.pdf("scan"));
		assertThat(form.status()).as("a type a cross-site form can send").isEqualTo(415);
		assertThat(http()
			.postBytes("/api/v1/people/" + crn + "/documents?kind=OTHER&title=Scan", "practitioner", "text/plain",
					"scan.pdf", TestFiles.pdf("scan"))
			.status()).isEqualTo(415);
		assertThat(jdbc
			.sql("select count(*) from documents.document d join people.person p on p.id = d.person_id "
					+ "where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNewVersionKeepsTheEarlierOneAndAVersionAddedMeanwhileIsAConflict() {
		String crn = practitionersCase(2);
		long id = http()
			.postBytes("/api/v1/people/" + crn + "/documents?kind=LICENCE&title=Licence", "practitioner",
					"application/pdf", "licence.pdf", TestFiles.pdf("first"))
			.json()
			.get("id")
			.asLong();
		byte[] docx = TestFiles.docx();
		TestHttp.Response second = http().postBytes("/api/v1/documents/" + id + "/versions?versions=1", "practitioner",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "licence.docx", docx);
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		assertThat(second.json().get("latest").get("version").asInt()).isEqualTo(2);
		TestHttp.Response stale = http().postBytes("/api/v1/documents/" + id + "/versions?versions=1", "practitioner",
				"image/png", "licence.png", TestFiles.png());
		assertThat(stale.status()).isEqualTo(409);
		TestHttp.Response document = http().get("/api/v1/documents/" + id, "practitioner");
		assertThat(document.json().get("versions")).hasSize(2);
		assertThat(document.json().get("versions").get(1).get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(http().getBytes("/api/v1/documents/" + id + "/versions/1/content", "practitioner"))
			.isEqualTo(TestFiles.pdf("first"));
		assertThat(http().getBytes("/api/v1/documents/" + id + "/versions/2/content", "practitioner")).isEqualTo(docx);
		assertThat(http().get("/api/v1/documents/" + id + "/versions/3/content", "practitioner").status())
			.isEqualTo(404);
	}

	@Test
	void whoMayNotReadTheCaseIsRefusedWithoutItBeingNamedAndWhoOnlyReadsItCannotUpload() {
		String crn = practitionersCase(3);
		long id = http()
			.postBytes("/api/v1/people/" + crn + "/documents?kind=OTHER&title=Scan", "practitioner", "image/jpeg",
					"scan.jpg", TestFiles.jpeg())
			.json()
			.get("id")
			.asLong();
		TestHttp.Response inspector = http().postBytes("/api/v1/people/" + crn + "/documents?kind=OTHER&title=Scan",
				"inspector", "image/jpeg", "scan.jpg", TestFiles.jpeg());
		assertThat(inspector.status()).isEqualTo(403);
		assertThat(http().get("/api/v1/documents/" + id, "inspector").status()).isEqualTo(200);

		jdbc.sql("update people.person set restricted = true where crn = :crn").param("crn", crn).update();
		try {
			for (String path : new String[] { "/api/v1/documents/" + id,
					"/api/v1/documents/" + id + "/versions/1/content", "/documents/" + id,
					"/documents/" + id + "/versions/1/file", "/api/v1/people/" + crn + "/documents" }) {
				TestHttp.Response refused = http().get(path, "manager");
				assertThat(refused.status()).as(path).isEqualTo(403);
				assertThat(refused.body()).as(path).doesNotContain("Scan");
				if (!path.contains(crn)) {
					assertThat(refused.body()).as(path).doesNotContain(crn);
				}
			}
		}
		finally {
			jdbc.sql("update people.person set restricted = false where crn = :crn").param("crn", crn).update();
		}
	}

	@Test
	void theUploadPageKeepsWhatWasTypedOnAnErrorAndUploadsAWordDocument() {
		String crn = practitionersCase(4);
		TestHttp browser = TestHttp.signedIn(port, "practitioner");
		String form = "/cases/" + crn + "/documents/new";
		assertThat(browser.page(form).status()).isEqualTo(200);
		TestHttp.Response refused = browser.postMultipartFrom(form, "/cases/" + crn + "/documents",
				Map.of("kind", "PRE_SENTENCE_REPORT", "title", "Pre-sentence report, Inner London Crown Court"), "file",
				"psr.pdf", TestFiles.html());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body())
			.contains("govuk-error-summary", "Pre-sentence report, Inner London Crown Court", "Select the file again")
			.doesNotContain("<script>alert");
		TestHttp.Response saved = browser.postMultipartFrom(form, "/cases/" + crn + "/documents",
				Map.of("kind", "PRE_SENTENCE_REPORT", "title", "Pre-sentence report"), "file", "psr.doc",
				TestFiles.doc());
		assertThat(saved.status()).isEqualTo(302);
		TestHttp.Response list = browser.page("/cases/" + crn + "/documents");
		assertThat(list.body()).contains("Pre-sentence report", "Word 97-2003 document");
		long id = jdbc
			.sql("select d.id from documents.document d join people.person p on p.id = d.person_id "
					+ "where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single();
		String page = "/documents/" + id;
		assertThat(browser
			.postMultipartFrom(page, page + "/versions", Map.of("versions", "1"), "file", "psr.png", TestFiles.png())
			.status()).isEqualTo(302);
		TestHttp.Response stale = browser.postMultipartFrom(page, page + "/versions", Map.of("versions", "1"), "file",
				"psr.png", TestFiles.png());
		assertThat(stale.status()).isEqualTo(302);
		assertThat(browser.page(page).body()).contains("Nothing was uploaded", "psr.png", "psr.doc");
	}

}
