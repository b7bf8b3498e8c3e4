package org.openprobation.inspection.api;

import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

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

	@PostMapping("/api/v1/inspection/ratings")
	@Operation(summary = "Rate key questions, standards and the overall rating by the framework's published rules "
			+ "(stateless); 400 naming each missing, unknown or impossible figure")
	Ratings rate(@RequestBody(required = false) @Nullable JsonNode body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (body == null || !body.isObject()) {
			throw new BadRequest(
					List.of(new FieldProblem("body", "must be a JSON object with framework and standards")));
		}
		String code = body.path("framework").isString() ? body.path("framework").asString() : null;
		Framework framework = code == null ? null : frameworks.find(code).orElse(null);
		if (framework == null) {
			throw new BadRequest(List.of(new FieldProblem("framework", "must be one of " + frameworks.codes())));
		}
		JsonNode standards = body.path("standards");
		if (!standards.isObject()) {
			throw new BadRequest(List.of(new FieldProblem("standards", "is required: an object by standard code")));
		}
		Map<String, RatingsEngine.StandardInput> inputs = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : standards.properties()) {
			String field = "standards." + entry.getKey();
			JsonNode node = entry.getValue();
			Rating rating = null;
			if (node.has("rating")) {
				try {
					rating = Rating.valueOf(node.path("rating").asString(""));
				}
				catch (IllegalArgumentException ex) {
					problems.add(new FieldProblem(field + ".rating",
							"must be OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE"));
				}
			}
			Map<String, RatingsEngine.Count> questions = null;
			if (node.has("keyQuestions")) {
				questions = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> q : node.path("keyQuestions").properties()) {
					JsonNode relevant = q.getValue().path("relevant");
					JsonNode yes = q.getValue().path("yes");
					if (!relevant.isIntegralNumber() || !yes.isIntegralNumber()) {
						problems.add(new FieldProblem(field + ".keyQuestions." + q.getKey(),
								"needs whole numbers relevant and yes"));
						continue;
					}
					questions.put(q.getKey(), new RatingsEngine.Count(relevant.asInt(), yes.asInt()));
				}
			}
			inputs.put(entry.getKey(), new RatingsEngine.StandardInput(rating, questions));
		}
		problems.addAll(RatingsEngine.problems(framework, inputs).stream().filter(p -> !problems.contains(p)).toList());
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
