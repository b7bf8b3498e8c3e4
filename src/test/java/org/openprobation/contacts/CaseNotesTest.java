package org.openprobation.contacts;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.contacts.domain.NoteReading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case notes (issue 28, item 1): a contact's notes recorded with its outcome and found by
 * a word; a note of its own kind; an edit keeps the earlier text and is its author's
 * only; a sensitive note is read by the officer, its author, the managers who oversee the
 * case and the roles the provider's policy names, and neither shown to nor found by
 * anyone else who reads the case.
 */
@IntegrationTest
class CaseNotesTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	@Autowired
	java.time.Clock clock;

	/**
	 * A past appointment of one of the practitioner's cases still awaiting its outcome.
	 */
	private long[] awaitingOutcome(int offset) {
		org.openprobation.PastAppointments.Made made = org.openprobation.PastAppointments.withoutOutcome(jdbc, clock,
				"practitioner", 20 + offset);
		return new long[] { made.contactId(),
				jdbc.sql("select person_id from contacts.contact where id = :id")
					.param("id", made.contactId())
					.query(Long.class)
					.single() };
	}

	private String crn(long personId) {
		return jdbc.sql("select trim(crn) from people.person where id = :id")
			.param("id", personId)
			.query(String.class)
			.single();
	}

	@Test
	void aContactsNotesAreRecordedWithItsOutcomeAndFoundByAWord() {
		long[] contact = awaitingOutcome(0);
		String crn = crn(contact[1]);
		TestHttp.Response recorded = http().putJson("/api/v1/appointments/" + contact[0] + "/outcome", "practitioner",
				"{\"outcome\":\"ATTENDED_COMPLIED\",\"notes\":\"Talked about the tenancy in Lewisham.\\nHe starts work on Monday.\"}");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("notes").asString())
			.isEqualTo("Talked about the tenancy in Lewisham.\nHe starts work on Monday.");

		TestHttp.Response found = http().get("/api/v1/people/" + crn + "/contacts?q=tenancies", "practitioner");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("totalElements").asLong()).isOne();
		assertThat(found.json().get("content").get(0).get("id").asLong()).isEqualTo(contact[0]);
		assertThat(http().get("/api/v1/people/" + crn + "/contacts?q=giraffe", "practitioner")
			.json()
			.get("totalElements")
			.asLong()).isZero();
		assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'WRITE_CASE_NOTE' and crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void anOutcomeWhoseNotesAreRefusedIsNotRecordedEither() {
		long[] contact = awaitingOutcome(3);
		String tooLong = "x".repeat(CaseNotes_MAX + 1);
		TestHttp.Response refused = http().putJson("/api/v1/appointments/" + contact[0] + "/outcome", "practitioner",
				"{\"outcome\":\"ATTENDED_COMPLIED\",\"notes\":\"" + tooLong + "\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("notes");
		assertThat(jdbc.sql("select count(*) from contacts.contact where id = :id and outcome is not null")
			.param("id", contact[0])
			.query(Long.class)
			.single()).isZero();
		TestHttp browser = TestHttp.signedIn(port, "practitioner");
		String form = "/appointments/" + contact[0] + "/outcome";
		TestHttp.Response page = browser.postFormFrom(form, form,
				"outcome=ATTENDED_COMPLIED&notes=" + TestHttp.encode(tooLong));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("govuk-error-summary");
		assertThat(jdbc.sql("select count(*) from contacts.contact where id = :id and outcome is not null")
			.param("id", contact[0])
			.query(Long.class)
			.single()).isZero();
	}

	private static final int CaseNotes_MAX = org.openprobation.contacts.application.CaseNotes.MAX_LENGTH;

	@Test
	void aSensitiveNoteIsReadByTheOfficerAndManagersOnlyAndFoundByNoOneElse() {
		long[] contact = awaitingOutcome(1);
		String crn = crn(contact[1]);
		assertThat(http()
			.putJson("/api/v1/appointments/" + contact[0] + "/outcome", "practitioner",
					"{\"outcome\":\"ATTENDED_COMPLIED\",\"notes\":\"Disclosed a pregnancy.\",\"sensitiveNotes\":true}")
			.status()).isEqualTo(200);
		TestHttp.Response officer = http().get("/api/v1/people/" + crn + "/contacts?q=pregnancy", "practitioner");
		assertThat(officer.json().get("content").get(0).get("notes").asString()).isEqualTo("Disclosed a pregnancy.");
		assertThat(officer.json().get("content").get(0).get("notesSensitive").asBoolean()).isTrue();
		TestHttp.Response manager = http().get("/api/v1/people/" + crn + "/contacts?q=pregnancy", "manager");
		assertThat(manager.status()).isEqualTo(200);
		assertThat(manager.json().get("totalElements").asLong()).isOne();
		TestHttp.Response quality = http().get("/api/v1/people/" + crn + "/contacts?q=pregnancy", "quality");
		assertThat(quality.status()).isEqualTo(200);
		assertThat(quality.json().get("totalElements").asLong()).as("found by a word it hides").isZero();
		TestHttp.Response all = http().get("/api/v1/people/" + crn + "/contacts?page=1", "quality");
		assertThat(all.body()).doesNotContain("pregnancy");
		assertThat(all.body()).contains("\"notesWithheld\":true");
		// a role the provider names in its policy reads them too
		long setting = jdbc.sql("""
				insert into policy.setting (provider_id, policy, names, numbers, reason, changed_by)
				select p.provider_id, 'sensitive-notes', array['quality', 'inspector', 'unpaidWork'], array[1, 0, 0],
				       'Quality reviews read sensitive notes', 'test'
				from people.person p where p.crn = :crn returning id""").param("crn", crn).query(Long.class).single();
		try {
			assertThat(http().get("/api/v1/people/" + crn + "/contacts?q=pregnancy", "quality")
				.json()
				.get("totalElements")
				.asLong()).isOne();
		}
		finally {
			jdbc.sql("delete from policy.setting where id = :id").param("id", setting).update();
		}
	}

	@Test
	void aNoteOfItsOwnIsWrittenAndChangedByItsAuthorKeepingTheEarlierText() {
		String crn = crn(awaitingOutcome(2)[1]);
		TestHttp.Response refused = http().postJson("/api/v1/people/" + crn + "/case-notes", "practitioner",
				"{\"text\":\"\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("type");
		TestHttp.Response written = http().postJson("/api/v1/people/" + crn + "/case-notes", "practitioner",
				"{\"type\":\"PHONE_CALL\",\"text\":\"His mother rang: he is in hospital.\"}");
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		long id = written.json().get("id").asLong();
		assertThat(http()
			.putJson("/api/v1/case-notes/" + id, "manager", "{\"text\":\"Changed by someone else\",\"version\":0}")
			.status()).isEqualTo(403);
		TestHttp.Response changed = http().putJson("/api/v1/case-notes/" + id, "practitioner",
				"{\"text\":\"His mother rang: he is in the Royal London Hospital.\",\"version\":0}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isOne();
		assertThat(http()
			.putJson("/api/v1/case-notes/" + id, "practitioner", "{\"text\":\"A stale change\",\"version\":0}")
			.status()).isEqualTo(409);
		assertThat(jdbc.sql("select text from contacts.note_revision where note_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("His mother rang: he is in hospital.");
		TestHttp.Response found = http().get("/api/v1/people/" + crn + "/case-notes?q=hospital", "practitioner");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("Royal London Hospital");
	}

	@Test
	void theOfficerTheirManagersAndNamedRolesReadSensitiveNotesOthersOnlyTheirOwn() {
		NoteReading.Settings none = NoteReading.Settings.defaults();
		assertThat(NoteReading.readsSensitive(7L, java.util.Set.of("PRACTITIONER"), 7L, false, none)).isTrue();
		assertThat(NoteReading.readsSensitive(8L, java.util.Set.of("PRACTITIONER"), 7L, false, none)).isFalse();
		assertThat(NoteReading.readsSensitive(9L, java.util.Set.of("SPO"), 7L, true, none)).isTrue();
		assertThat(NoteReading.readsSensitive(9L, java.util.Set.of("SPO"), 7L, false, none))
			.as("a manager of another team")
			.isFalse();
		assertThat(NoteReading.readsSensitive(null, java.util.Set.of("QUALITY"), 7L, false, none)).isFalse();
		assertThat(NoteReading.readsSensitive(null, java.util.Set.of("QUALITY"), 7L, false,
				new NoteReading.Settings(true, false, false)))
			.isTrue();
		assertThat(NoteReading.readsSensitive(null, java.util.Set.of("INSPECTOR"), 7L, false,
				new NoteReading.Settings(true, false, false)))
			.isFalse();
		assertThat(NoteReading.reads(true, "author", "author", false)).isTrue();
		assertThat(NoteReading.reads(true, "author", "other", false)).isFalse();
		assertThat(NoteReading.reads(false, "author", "other", false)).isTrue();
	}

}
