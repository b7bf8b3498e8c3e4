package org.openprobation.sentences;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.sentences.persistence.SentenceRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about sentences. */
@Service
@Transactional(readOnly = true)
public class Sentences {

	private final SentenceRepository repository;

	private final org.springframework.context.ApplicationEventPublisher events;

	Sentences(SentenceRepository repository, org.springframework.context.ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Every sentence of a person: active ones first, then the most recent. */
	public List<Sentence> of(long personId) {
		return repository.sentencesOf(personId);
	}

	/** Each person's main active sentence (the one ending last), in one query. */
	public Map<Long, CurrentSentence> current(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.current(personIds);
	}

	/** Active requirements of one kind on active sentences, by person, in one query. */
	public Map<Long, List<Requirement>> activeRequirements(Collection<Long> personIds, RequirementKind kind) {
		return personIds.isEmpty() ? Map.of() : repository.activeRequirements(personIds, kind);
	}

	/**
	 * The facts risk scoring needs, for each of these people, in a few queries, as at a
	 * date: an order past its end date has expired then, whether or not its ending has
	 * been recorded (a requirement stays until it is ended: unpaid work's hours, for one,
	 * are owed until they are worked).
	 */
	public Map<Long, ScoringFacts> scoringFacts(Collection<Long> personIds, java.time.LocalDate asOf) {
		return personIds.isEmpty() ? Map.of() : repository.scoringFacts(personIds, asOf);
	}

	/**
	 * Records a new conviction and its sentence (the caller has validated it and checks
	 * access); the conviction before it becomes a previous sanction, so OGRS3 stays
	 * right. Answers the sentence id.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public long record(long personId, NewSentence sentence) {
		return repository.record(personId, sentence);
	}

	/**
	 * Release from custody: the person's active pre-release sentence completes on the
	 * release date and a licence on the same conviction begins; answers the licence's id,
	 * or empty when there is no custodial sentence to release from.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public java.util.Optional<Long> release(long personId, java.time.LocalDate releaseDate,
			java.time.LocalDate licenceEnds) {
		return repository.release(personId, releaseDate, licenceEnds);
	}

	/** The start of the person's active custodial (pre-release) sentence, if any. */
	public java.util.Optional<java.time.LocalDate> custodyStart(long personId) {
		return repository.custodyStart(personId);
	}

	/**
	 * Ends an active sentence with its outcome (the caller has checked access and the
	 * {@link SentenceEnding} rules); false when it had already ended.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public boolean end(long sentenceId, SentenceStatus outcome, java.time.LocalDate on) {
		java.util.Optional<Long> personId = repository.personOf(sentenceId);
		boolean ended = repository.end(sentenceId, outcome, on);
		if (ended && personId.isPresent()) {
			events.publishEvent(new SentenceEnded(personId.get(), sentenceId, outcome));
		}
		return ended;
	}

	/** Completion rates of sentences ended between two dates, for one provider or all. */
	public SentenceEnding.CompletionRates completionRates(@Nullable Long providerScope, java.time.LocalDate from,
			java.time.LocalDate to) {
		return SentenceEnding.CompletionRates.of(repository.endedBetween(providerScope, from, to));
	}

	/** A sentence that ended, as the contract completion measures count it. */
	public record Ended(long personId, SentenceKind kind, SentenceStatus status, java.time.LocalDate endedOn) {

		/** Licences and post-sentence supervision; otherwise a community sentence. */
		public boolean licence() {
			return kind == SentenceKind.LICENCE || kind == SentenceKind.POST_SENTENCE_SUPERVISION;
		}

		/** Completed, or terminated early for good progress. */
		public boolean successful() {
			return status == SentenceStatus.COMPLETED || status == SentenceStatus.TERMINATED_EARLY;
		}

	}

	/**
	 * Community sentences and licences ended between two dates, for one provider or all.
	 */
	public List<Ended> endedBetween(@Nullable Long providerScope, java.time.LocalDate from, java.time.LocalDate to) {
		return repository.endingsBetween(providerScope, from, to);
	}

	/** People with at least one active sentence, for one provider or all. */
	public long peopleUnderSupervision(@Nullable Long providerScope) {
		return repository.peopleUnderSupervision(providerScope);
	}

}
