package org.openprobation.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.Appointments;
import org.openprobation.documents.CaseDocuments;
import org.openprobation.documents.DocumentKind;
import org.openprobation.organisation.Organisation;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Delivery;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementDeliveries;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.Crn;
import org.openprobation.shared.PdfDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A copy of the record for the person it is about (a subject access request): their
 * details, their officer, their sentences and requirements with progress, and every
 * contact with its outcome and notes, as a PDF kept on the case. A sensitive note is
 * never in it, whoever asks (issue 28, item 1). Made by someone who may change the case,
 * audited.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class SubjectAccess {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private final People people;

	private final Sentences sentences;

	private final RequirementDeliveries deliveries;

	private final Appointments appointments;

	private final Organisation organisation;

	private final CaseDocuments documents;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	SubjectAccess(People people, Sentences sentences, RequirementDeliveries deliveries, Appointments appointments,
			Organisation organisation, CaseDocuments documents, CaseGate gate, AuditLog audit, Clock clock) {
		this.people = people;
		this.sentences = sentences;
		this.deliveries = deliveries;
		this.appointments = appointments;
		this.organisation = organisation;
		this.documents = documents;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/** The case, for the page that makes the copy: a read, audited. */
	public PersonRecord caseForCopy(CurrentUser user, Crn crn) {
		gate.change(user, crn, "copy the record for the person");
		PersonRecord person = people.require(crn);
		audit.record(user, AuditLog.VIEW_CASE, person.crn(), "page: copy of the record for the person");
		return person;
	}

	/** Writes the copy and keeps it on the case; answers the document's id. */
	public long copy(CurrentUser user, Crn crn) {
		gate.change(user, crn, "copy the record for the person");
		PersonRecord person = people.require(crn);
		LocalDate today = LocalDate.now(clock);
		byte[] pdf = render(person, today);
		String fileName = "record-" + person.crn() + "-" + today + ".pdf";
		long id = documents.keepWritten(person.id(), DocumentKind.SUBJECT_ACCESS,
				"Copy of the record given to the person, " + today.format(DAY), fileName, pdf, user.username());
		audit.record(user, "SUBJECT_ACCESS_COPY", person.crn(), "copy of the record written for the person");
		return id;
	}

	private byte[] render(PersonRecord person, LocalDate today) {
		try (PdfDocument pdf = new PdfDocument("Your probation record, " + person.crn())) {
			pdf.heading("Your probation record", 18);
			pdf.paragraph("This is a copy of what the probation service holds about you, on " + today.format(DAY)
					+ ". Some information may be left out where the law allows, for example to protect other people.");
			pdf.heading("About you", 13);
			pdf.text("Name: " + person.name());
			pdf.text("Case reference (CRN): " + person.crn());
			pdf.text("Date of birth: " + person.dateOfBirth().format(DAY));
			pdf.text("Address: " + person.mainAddress().map(PersonRecord.Address::singleLine).orElse("None recorded"));
			pdf.text("Phone: " + (person.phone() == null ? "None recorded" : person.phone()));
			pdf.text("E-mail: " + (person.email() == null ? "None recorded" : person.email()));
			pdf.text("Your probation officer: " + person.responsibleOfficer()
				.flatMap(o -> organisation.staffMember(o.staffId()))
				.map(o -> o.name())
				.orElse("None at present"));
			pdf.gap(6);
			pdf.heading("Your sentences", 13);
			List<Sentence> held = sentences.of(person.id());
			if (held.isEmpty()) {
				pdf.paragraph("None recorded.");
			}
			Map<Long, Delivery> delivered = deliveries
				.of(held.stream().flatMap(s -> s.requirements().stream()).toList());
			for (Sentence sentence : held) {
				pdf.text(
						sentence.kind().label() + " from " + sentence.startDate().format(DAY) + " to "
								+ (sentence.endedOn() == null ? sentence.expectedEndDate() : sentence.endedOn())
									.format(DAY)
								+ ": " + sentence.status().label().toLowerCase(Locale.ROOT) + " ("
								+ sentence.mainOffenceText() + ")");
				for (Requirement requirement : sentence.requirements()) {
					pdf.text("    " + requirement.kind().label() + ": "
							+ requirement.progress(delivered.getOrDefault(requirement.id(), Delivery.NONE)));
				}
			}
			pdf.gap(6);
			pdf.heading("Your appointments and notes", 13);
			List<Appointments.ForThePerson> contacts = appointments.forThePerson(person.id());
			if (contacts.isEmpty()) {
				pdf.paragraph("None recorded.");
			}
			for (Appointments.ForThePerson contact : contacts) {
				pdf.text(contact.at().format(WHEN) + ": " + contact.what()
						+ (contact.outcome() == null ? "" : " (" + contact.outcome() + ")"));
				if (contact.notes() != null) {
					pdf.paragraph("    " + contact.notes());
				}
			}
			return pdf.bytes();
		}
	}

}
