package org.openprobation.inspection.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An inspection framework as data: its standards (rated by judgement or from the case
 * sample through key questions), the key-question bands and the overall band table.
 *
 * @param questionBands the lowest percentage (inclusive) of each rating for a key
 * question, highest first
 * @param overallBands the score ranges of the overall rating; empty when the framework
 * cannot be rated overall
 */
public record Framework(String code, String name, List<Standard> standards, List<QuestionBand> questionBands,
		List<OverallBand> overallBands) {

	public Framework {
		standards = List.copyOf(standards);
		questionBands = List.copyOf(questionBands);
		overallBands = List.copyOf(overallBands);
	}

	public record Standard(String code, String name, boolean caseBased, List<String> keyQuestions,
			@Nullable Set<String> optionalQuestions, boolean contributes) {

		public Standard {
			keyQuestions = List.copyOf(keyQuestions);
			optionalQuestions = optionalQuestions == null ? Set.of() : Set.copyOf(optionalQuestions);
		}

	}

	public record QuestionBand(Rating rating, int fromPercent) {
	}

	public record OverallBand(int fromScore, int toScore, Rating rating) {
	}

	public Optional<Standard> standard(String code) {
		return standards.stream().filter(s -> s.code().equals(code)).findFirst();
	}

}
