package org.openprobation.sentences;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Loads many events, sentences and requirements at once (the demo generator), by COPY.
 */
public interface SentencesBulkLoad {

	void load(Batch batch);

	void finish();

	/**
	 * The hours the unpaid work register credits were part of the hours done the
	 * generator recorded: takes them off, so that the two add up.
	 */
	void creditUnpaidWorkRegister();

	/**
	 * The same for RAR days: the days the generated contact history shows attended were
	 * part of the days done the generator recorded.
	 */
	void creditRarContacts();

	record Batch(List<EventRow> events, List<OffenceRow> offences, List<SentenceRow> sentences,
			List<RequirementRow> requirements, List<SanctionHistoryRow> sanctionHistories) {
	}

	record EventRow(long id, long personId, int eventNumber, LocalDate convictionDate, String court) {
	}

	record OffenceRow(long eventId, String code, String description, OffenceCategory category, boolean main,
			LocalDate offenceDate) {
	}

	record SentenceRow(long id, long eventId, long personId, SentenceKind kind, LocalDate sentenceDate,
			LocalDate startDate, LocalDate expectedEndDate, int lengthMonths, @Nullable Integer custodialTermMonths,
			@Nullable LocalDate releaseDate, SentenceStatus status, @Nullable LocalDate endedOn) {
	}

	record RequirementRow(long sentenceId, RequirementKind kind, @Nullable Integer amountOrdered, int amountDone,
			String status, LocalDate startDate, LocalDate endDate) {
	}

	record SanctionHistoryRow(long personId, int previousSanctions, @Nullable LocalDate firstSanctionDate) {
	}

}
