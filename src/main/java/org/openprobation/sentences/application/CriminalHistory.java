package org.openprobation.sentences.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.SanctionHistoryChanged;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.Sentences;
import org.openprobation.sentences.persistence.SentenceRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criminal history before the current conviction, where OGRS3 needs it: the date of
 * the first sanction, asked for when previous sanctions are recorded without it (never
 * taken as zero, assessment.md "OGRS3").
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class CriminalHistory {

	private final SentenceRepository repository;

	private final Sentences sentences;

	private final People people;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CriminalHistory(SentenceRepository repository, Sentences sentences, People people, CaseGate gate, AuditLog audit,
			Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.sentences = sentences;
		this.people = people;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The case and its history, for the form: a change, and a read of the case (audited).
	 */
	public record History(PersonRecord person, int previousSanctions, @Nullable LocalDate firstSanctionDate,
			@Nullable LocalDate currentConviction) {
	}

	public History forChange(CurrentUser user, Crn crn) {
		gate.change(user, crn, "record the first sanction");
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "page: first sanction");
		return history(crn);
	}

	private History history(Crn crn) {
		PersonRecord person = people.require(crn);
		SentenceRepository.SanctionHistory history = repository.sanctionHistory(person.id())
			.orElse(new SentenceRepository.SanctionHistory(0, null));
		LocalDate conviction = sentences.of(person.id())
			.stream()
			.filter(Sentence::active)
			.map(Sentence::convictionDate)
			.max(LocalDate::compareTo)
			.orElse(null);
		return new History(person, history.previousSanctions(), history.firstSanctionDate(), conviction);
	}

	/**
	 * Records the date of the first sanction: not in the future, not before the person
	 * was born, and before the current conviction.
	 */
	public void recordFirstSanction(CurrentUser user, Crn crn, @Nullable LocalDate on) {
		gate.change(user, crn, "record the first sanction");
		History history = history(crn);
		List<FieldProblem> problems = new ArrayList<>();
		if (history.previousSanctions() == 0) {
			throw new BadRequest(List
				.of(new FieldProblem("on", "No previous sanctions are recorded: the current conviction is the first")));
		}
		if (on == null) {
			problems.add(new FieldProblem("on", "Enter the date of the first sanction"));
		}
		else if (on.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("on", "The date of the first sanction must be in the past"));
		}
		else if (on.isBefore(history.person().dateOfBirth())) {
			problems.add(new FieldProblem("on", "The first sanction cannot be before the date of birth"));
		}
		else if (history.currentConviction() != null && !on.isBefore(history.currentConviction())) {
			problems.add(new FieldProblem("on",
					"The first sanction comes before the current conviction, on " + history.currentConviction()));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.recordFirstSanction(history.person().id(), java.util.Objects.requireNonNull(on));
		audit.record(user, "RECORD_FIRST_SANCTION", crn.value(), "first sanction on " + on);
		events.publishEvent(new SanctionHistoryChanged(history.person().id()));
	}

}
