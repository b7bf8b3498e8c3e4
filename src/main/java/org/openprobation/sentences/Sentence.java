package org.openprobation.sentences;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A sentence with the conviction it came from, its offences and requirements. */
public record Sentence(long id, long personId, int eventNumber, LocalDate convictionDate, String court,
		SentenceKind kind, SentenceStatus status, LocalDate sentenceDate, LocalDate startDate,
		LocalDate expectedEndDate, int lengthMonths, @Nullable Integer custodialTermMonths,
		@Nullable LocalDate releaseDate, @Nullable LocalDate endedOn, List<Offence> offences,
		List<Requirement> requirements) {

	public Sentence {
		offences = List.copyOf(offences);
		requirements = List.copyOf(requirements);
	}

	public boolean active() {
		return status == SentenceStatus.ACTIVE;
	}

	/**
	 * A community order or suspended sentence order in force, which the court may add
	 * requirements to.
	 */
	public boolean takesRequirements() {
		return active() && (kind == SentenceKind.COMMUNITY_ORDER || kind == SentenceKind.SUSPENDED_SENTENCE_ORDER);
	}

	public Optional<Offence> mainOffence() {
		return offences.stream().filter(Offence::main).findFirst().or(() -> offences.stream().findFirst());
	}

	public String mainOffenceText() {
		return mainOffence().map(o -> o.description() + " (" + o.code() + ")").orElse("");
	}

	public String mainOffenceCategory() {
		return mainOffence().map(o -> o.category().label()).orElse("");
	}

}
