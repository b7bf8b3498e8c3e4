package org.openprobation.sentences.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceEnding;
import org.openprobation.sentences.SentenceStatus;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a sentence with its outcome (completed, terminated early for good progress,
 * revoked after breach, recalled), and the completion rates the contract measures count.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class SentenceEndings {

	private final People people;

	private final Sentences sentences;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	SentenceEndings(People people, Sentences sentences, CaseGate gate, AuditLog audit, Clock clock) {
		this.people = people;
		this.sentences = sentences;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	public record Ending(PersonRecord person, Sentence sentence) {
	}

	/** An active sentence of the case, for the form (the user may change the case). */
	public Ending ending(CurrentUser user, Crn crn, long sentenceId) {
		gate.change(user, crn, "end a sentence");
		PersonRecord person = people.require(crn);
		Sentence sentence = sentences.of(person.id())
			.stream()
			.filter(s -> s.id() == sentenceId)
			.findFirst()
			.orElseThrow(() -> new NotFound("That sentence is not on this person's record."));
		return new Ending(person, sentence);
	}

	/** The same, shown on the form: a read of the case, audited. */
	public Ending endingForm(CurrentUser user, Crn crn, long sentenceId) {
		Ending ending = ending(user, crn, sentenceId);
		audit.record(user, AuditLog.VIEW_CASE, ending.person().crn(), "page: end a sentence");
		return ending;
	}

	public Sentence end(CurrentUser user, Crn crn, long sentenceId, @Nullable SentenceStatus outcome,
			@Nullable LocalDate on, @Nullable String reason) {
		Ending ending = ending(user, crn, sentenceId);
		Sentence sentence = ending.sentence();
		if (!sentence.active()) {
			throw new Conflict("This sentence has already ended ("
					+ sentence.status().label().toLowerCase(java.util.Locale.ROOT) + ").");
		}
		List<FieldProblem> problems = SentenceEnding.problems(sentence.kind(), sentence.startDate(),
				sentence.expectedEndDate(), outcome, on, LocalDate.now(clock), reason);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!sentences.end(sentenceId, outcome, on)) {
			throw new Conflict("Someone else ended this sentence meanwhile. Nothing was changed.");
		}
		audit.record(user, "END_SENTENCE", ending.person().crn(), sentence.kind().label() + ": " + outcome.label()
				+ " on " + on + (reason == null || reason.isBlank() ? "" : "; " + reason.strip()));
		return ending(user, crn, sentenceId).sentence();
	}

	/**
	 * Completion rates of the user's provider (all for inspectors) over the last 12
	 * months.
	 */
	public record Completions(LocalDate from, LocalDate to, SentenceEnding.CompletionRates rates) {
	}

	@Transactional(readOnly = true)
	public Completions completions(CurrentUser user) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Completion rates are for managers and inspectors.");
		}
		LocalDate to = LocalDate.now(clock);
		LocalDate from = to.minusMonths(12).plusDays(1);
		return new Completions(from, to, sentences.completionRates(user.providerScope(), from, to));
	}

}
