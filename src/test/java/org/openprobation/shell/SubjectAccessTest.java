package org.openprobation.shell;

import java.time.LocalDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 1: a sensitive note is never in an export to the person. The copy of the
 * record written for a subject access request has every contact and its notes, but no
 * sensitive note, even when its own author makes the copy; it is kept with the case's
 * documents and audited, and it is made only once the request is confirmed to be the
 * person's.
 */
@IntegrationTest
class SubjectAccessTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theCopyForThePersonHasTheirNotesButNeverASensitiveOne() throws Exception {
		record Held(long personId, String crn) {
		}
		Held held = jdbc.sql("""
				select p.id, trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted and p.transferred_out_on is null order by p.crn offset 11 limit 1""")
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2)))
			.single();
		TestHttp api = TestHttp.anonymous(port);
		long[] contacts = new long[2];
		for (int i = 0; i < 2; i++) {
			LocalDateTime at = LocalDateTime.now(clock).minusDays(3 + i).withHour(7).withMinute(0);
			contacts[i] = jdbc.sql("""
					insert into contacts.contact (person_id, type, starts_at, ends_at, location, booked_by)
					values (:p, 'OFFICE_APPOINTMENT', :at, :end, 'Office', 'test') returning id""")
				.param("p", held.personId())
				.param("at", at)
				.param("end", at.plusMinutes(30))
				.query(Long.class)
				.single();
		}
		try {
			assertThat(api
				.putJson("/api/v1/appointments/" + contacts[0] + "/outcome", "practitioner",
						"{\"outcome\":\"ATTENDED_COMPLIED\",\"notes\":\"Talked about the job at the warehouse.\"}")
				.status()).isEqualTo(200);
			assertThat(api
				.putJson("/api/v1/appointments/" + contacts[1] + "/outcome", "practitioner",
						"{\"outcome\":\"ATTENDED_COMPLIED\",\"notes\":\"Disclosed fear of her ex-partner.\","
								+ "\"sensitiveNotes\":true}")
				.status()).isEqualTo(200);

			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			String page = "/cases/" + held.crn() + "/subject-access";
			assertThat(practitioner.page(page).body()).contains("Sensitive notes are never in the copy");
			TestHttp.Response unconfirmed = practitioner.postFormFrom(page, page, "identityChecked=");
			assertThat(unconfirmed.status()).isEqualTo(400);
			assertThat(unconfirmed.body()).contains("govuk-error-summary")
				.contains("Confirm you have checked that the request comes from the person");

			TestHttp.Response written = practitioner.postFormFrom(page, page, "identityChecked=true");
			assertThat(written.status()).isEqualTo(302);
			String location = written.header("Location");
			assertThat(location).matches(".*/documents/\\d+$");
			long document = Long.parseLong(location.replaceAll(".*/documents/", ""));
			assertThat(practitioner.page("/cases/" + held.crn() + "/documents").body())
				.contains("Copy of the record given to the person");

			byte[] pdf = api.getBytes("/api/v1/documents/" + document + "/versions/1/content", "practitioner");
			String text;
			try (PDDocument read = Loader.loadPDF(pdf)) {
				text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
			}
			assertThat(text).contains("Your probation record")
				.contains(held.crn())
				.contains("Talked about the job at the warehouse.")
				.doesNotContain("ex-partner");
			assertThat(jdbc.sql("""
					select count(*) from access.audit_event where username = 'practitioner' and crn = :crn
					  and action = 'SUBJECT_ACCESS_COPY'""").param("crn", held.crn()).query(Integer.class).single())
				.isOne();
		}
		finally {
			jdbc.sql("delete from contacts.contact where id = any(:ids)")
				.param("ids", new Long[] { contacts[0], contacts[1] })
				.update();
			jdbc.sql("delete from documents.document where person_id = :p and kind = 'SUBJECT_ACCESS'")
				.param("p", held.personId())
				.update();
		}
	}

}
