package org.openprobation.inspection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.openprobation.shared.RequestBodies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.inspection.Frameworks;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inspection")
class RatingsApi {

	private final Frameworks frameworks;

	RatingsApi(Frameworks frameworks) {
		this.frameworks = frameworks;
	}

	record KeyQuestion(int relevant, int yes, int percent, String band, double confidenceLow, double confidenceHigh,
			boolean roundingCrossesBand, @Nullable Integer casesToLiftOneBand) {
	}

	record Standard(String name, String rating, int score, boolean contributes, @Nullable String limitingKeyQuestion,
			@Nullable Map<String, KeyQuestion> keyQuestions) {
	}

	record Ratings(String framework, Map<String, Standard> standards, int score, @Nullable String overall) {
	}

	record CountRequest(@NotNull(message = "is required: a whole number") @Nullable Integer relevant,
			@NotNull(message = "is required: a whole number") @Nullable Integer yes) {
	}

	record StandardRequest(@Nullable Rating rating, @Nullable Map<String, @Valid @NotNull(
			message = "needs whole numbers relevant and yes") CountRequest> keyQuestions) {
	}

	record RatingsRequest(@NotBlank(message = "is required: a framework code") @Nullable String framework,
			@NotNull(message = "is required: an object by standard code") @Nullable Map<String, @Valid @NotNull(
					message = "is required: a rating or key questions") StandardRequest> standards) {
	}

	@PostMapping("/api/v1/inspection/ratings")
	@Operation(summary = "Rate an inspection's findings",
			description = "Rate key questions, standards and the overall rating by the framework's published rules "
					+ "(stateless); 400 naming each missing, unknown or impossible figure")
	Ratings rate(@RequestBody RatingsRequest body) {
		RatingsRequest request = RequestBodies.checked(body);
		Framework framework = frameworks.find(request.framework().strip()).orElse(null);
		if (framework == null) {
			throw new BadRequest(List.of(new FieldProblem("framework", "must be one of " + frameworks.codes())));
		}
		Map<String, RatingsEngine.StandardInput> inputs = new LinkedHashMap<>();
		request.standards().forEach((code, standard) -> {
			Map<String, RatingsEngine.Count> questions = null;
			if (standard.keyQuestions() != null) {
				questions = new LinkedHashMap<>();
				for (Map.Entry<String, CountRequest> q : standard.keyQuestions().entrySet()) {
					questions.put(q.getKey(), new RatingsEngine.Count(q.getValue().relevant(), q.getValue().yes()));
				}
			}
			inputs.put(code, new RatingsEngine.StandardInput(standard.rating(), questions));
		});
		List<FieldProblem> problems = RatingsEngine.problems(framework, inputs);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		RatingsEngine.Result result = RatingsEngine.rate(framework, inputs);
		Map<String, Standard> out = new LinkedHashMap<>();
		for (RatingsEngine.StandardResult s : result.standards()) {
			Map<String, KeyQuestion> questions = null;
			if (!s.keyQuestions().isEmpty()) {
				questions = new LinkedHashMap<>();
				for (RatingsEngine.QuestionResult q : s.keyQuestions()) {
					questions.put(q.code(),
							new KeyQuestion(q.relevant(), q.yes(), q.percent(), q.band().name(),
									round(q.confidenceLow()), round(q.confidenceHigh()), q.roundingCrossesBand(),
									q.casesToLiftOneBand()));
				}
			}
			out.put(s.code(), new Standard(s.name(), s.rating().name(), s.score(), s.contributes(),
					s.limitingKeyQuestion(), questions));
		}
		return new Ratings(result.framework(), out, result.score(),
				result.overall() == null ? null : result.overall().name());
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
