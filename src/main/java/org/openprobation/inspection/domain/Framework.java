package org.openprobation.inspection.domain;

import java.util.List;
import java.util.Map;
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
 * @param minimumCases the fewest relevant cases on which a case-based standard's key
 * question gives a final rating; below it the rating is provisional (null: no minimum)
 */
public record Framework(String code, String name, List<Standard> standards, List<QuestionBand> questionBands,
		List<OverallBand> overallBands, @Nullable Map<String, Question> questions, @Nullable Integer minimumCases) {

	public Framework {
		standards = List.copyOf(standards);
		questionBands = List.copyOf(questionBands);
		overallBands = List.copyOf(overallBands);
		questions = questions == null ? Map.of() : Map.copyOf(questions);
	}

	/** A key question's wording and its prompts (recorded per case, never rated). */
	public record Question(String text, @Nullable List<String> prompts) {

		public Question {
			prompts = prompts == null ? List.of() : List.copyOf(prompts);
		}

	}

	/** The words of a key question, or its code when the framework has none. */
	public String questionText(String code) {
		Question question = questions == null ? null : questions.get(code);
		return question == null ? code : question.text();
	}

	/** The key questions answered per case from the main sample (domain 2). */
	public List<Standard> caseSupervision() {
		return standards.stream().filter(s -> s.caseBased() && s.code().startsWith("2.")).toList();
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
