package org.openprobation.inspection.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.RequestFields;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inspection")
class InspectionsApi {

	private final Inspections inspections;

	private final Users users;

	InspectionsApi(Inspections inspections, Users users) {
		this.inspections = inspections;
		this.users = users;
	}

	record Stratum(String name, int population, BigDecimal proportional, int sampled, int reserves) {
	}

	record SampledCase(String crn, String stratum, String sentenceKind, LocalDate startedOn, long staffId, int pick,
			boolean reserve) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record InspectionView(long id, long providerId, String kind, String framework, String method, String title,
			LocalDate fieldworkOn, LocalDate windowFrom, LocalDate windowTo, BigDecimal confidence, BigDecimal margin,
			int population, int computedSize, int size, @Nullable String sizeReason, int bufferPercent,
			int minimumWomen, int minimumMinority, long seed, int shortBy, int excludedWithoutOfficer,
			List<Stratum> strata, List<SampledCase> cases, List<String> trail) {
	}

	@PostMapping("/api/v1/inspections")
	@Operation(summary = "Create an inspection (inspectors) or self-inspection (quality, area managers) and draw its "
			+ "sample: providerId, framework, method (HMIP_2018 or QUALITY_AND_IMPACT), fieldworkOn, windowFrom, "
			+ "windowTo, confidence (0 to 1), margin, size (with sizeReason), bufferPercent, minimumWomen, "
			+ "minimumMinority, seed; 400 naming each bad field, nothing saved")
	ResponseEntity<InspectionView> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Inspections.requireMayInspect(users.current(), "draw inspection samples");
		RequestFields fields = new RequestFields(body,
				Set.of("providerId", "framework", "method", "title", "fieldworkOn", "windowFrom", "windowTo",
						"confidence", "margin", "size", "sizeReason", "bufferPercent", "minimumWomen",
						"minimumMinority", "seed"));
		Integer provider = fields.wholeNumber("providerId", 1, Integer.MAX_VALUE, false);
		String framework = fields.text("framework", 40, false);
		String method = fields.text("method", 40, false);
		String title = fields.text("title", 200, false);
		LocalDate fieldwork = fields.date("fieldworkOn", false);
		LocalDate from = fields.date("windowFrom", false);
		LocalDate to = fields.date("windowTo", false);
		Double confidence = number(fields, "confidence");
		Double margin = number(fields, "margin");
		Integer size = fields.wholeNumber("size", 1, 1_000_000, false);
		String reason = fields.text("sizeReason", 1000, false);
		Integer buffer = fields.wholeNumber("bufferPercent", 0, 100, false);
		Integer women = fields.wholeNumber("minimumWomen", 0, 100_000, false);
		Integer minority = fields.wholeNumber("minimumMinority", 0, 100_000, false);
		JsonNode seedNode = fields.node("seed");
		Long seed = null;
		if (seedNode != null && !seedNode.isNull()) {
			if (seedNode.isIntegralNumber() && seedNode.canConvertToLong()) {
				seed = seedNode.asLong();
			}
			else {
				fields.problem("seed", "must be a whole number");
			}
		}
		fields.check();
		Inspection created = inspections.create(users.current(),
				new Inspections.NewInspection(provider == null ? null : provider.longValue(), framework, method, title,
						fieldwork, from, to, confidence, margin, size, reason, buffer, women, minority, seed));
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + created.id())).body(view(created));
	}

	private static @Nullable Double number(RequestFields fields, String field) {
		JsonNode node = fields.node(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			fields.problem(field, "must be a number");
			return null;
		}
		double value = node.asDouble();
		if (!(value > 0 && value < 1)) {
			fields.problem(field, "must be between 0 and 1 (exclusive), like 0.8");
			return null;
		}
		return value;
	}

	@GetMapping("/api/v1/inspections/{id}")
	@Operation(summary = "An inspection: how its sample was drawn, its make-up against the population, its cases "
			+ "and the allocation trail")
	InspectionView inspection(@PathVariable String id) {
		return view(inspections.find(users.current(), id(id)));
	}

	private InspectionView view(Inspection i) {
		Inspections.Makeup makeup = inspections.makeup(users.current(), i.id());
		return new InspectionView(i.id(), i.providerId(), i.kind(), i.framework(), i.method(), i.title(),
				i.fieldworkOn(), i.windowFrom(), i.windowTo(), i.confidence(), i.margin(), i.population(),
				i.computedSize(), i.requestedSize(), i.sizeReason(), i.bufferPercent(), i.minimumWomen(),
				i.minimumMinority(), i.seed(), i.shortBy(), i.excludedUnallocated(),
				makeup.strata()
					.stream()
					.map(s -> new Stratum(s.name(), s.population(), s.proportional(), s.sampled(), s.reserves()))
					.toList(),
				inspections.sample(users.current(), i.id())
					.cases()
					.stream()
					.map(c -> new SampledCase(c.crn(), c.stratum(), c.sentenceKind(), c.startedOn(), c.staffId(),
							c.pick(), c.reserve()))
					.toList(),
				makeup.trail());
	}

	record Saved(int saved) {
	}

	@PostMapping("/api/v1/inspections/{id}/cases/{crn}/answers")
	@Operation(summary = "Answer key questions for a sampled case: {\"answers\": {\"2.1.1\": {\"answer\": \"YES\", "
			+ "\"note\": \"...\"}}, \"moderation\": false}; all or nothing")
	Saved answer(@PathVariable String id, @PathVariable String crn, @RequestBody(required = false) JsonNode body) {
		Inspections.requireMayInspect(users.current(), "answer an inspection's questions");
		// which case, and whether the user may see it, is answered before the answers
		inspections.checkMayAnswer(users.current(), id(id), crn.strip().toUpperCase(java.util.Locale.ROOT));
		RequestFields fields = new RequestFields(body, Set.of("answers", "moderation"));
		JsonNode answers = fields.node("answers");
		Map<String, Inspections.TypedAnswer> typed = new LinkedHashMap<>();
		if (answers == null || !answers.isObject()) {
			fields.problem("answers", "is required: an object by key question code");
		}
		else {
			for (Map.Entry<String, JsonNode> entry : answers.properties()) {
				JsonNode value = entry.getValue();
				String answer = value.path("answer").isString() ? value.path("answer").asString() : null;
				if (answer == null) {
					fields.problem("answers." + entry.getKey(), "needs an answer: YES, NO or NOT_APPLICABLE");
					continue;
				}
				typed.put(entry.getKey(), new Inspections.TypedAnswer(answer,
						value.path("note").isString() ? value.path("note").asString() : null));
			}
		}
		boolean moderation = fields.flag("moderation");
		fields.check();
		return new Saved(inspections.answer(users.current(), id(id), crn, typed, moderation));
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record KeyQuestion(String text, int yes, int no, int notApplicable, int relevant, @Nullable Integer percent,
			@Nullable String band, @Nullable Double confidenceLow, @Nullable Double confidenceHigh) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Standard(String name, @Nullable String rating, @Nullable Integer score, @Nullable String limitingKeyQuestion,
			@Nullable String notRatedBecause) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Results(long id, String framework, int cases, int casesAnswered, Map<String, KeyQuestion> keyQuestions,
			Map<String, Standard> standards, @Nullable Integer score, @Nullable String overall, int moderatedCases,
			int moderationDisagreements) {
	}

	@GetMapping("/api/v1/inspections/{id}/results")
	@Operation(summary = "An inspection's results so far: per key question the yes, no and not applicable counts with "
			+ "percent, band and Wilson interval; per standard the rating or why it is not yet rated; the overall")
	Results results(@PathVariable String id) {
		Inspections.Results r = inspections.results(users.current(), id(id));
		Map<String, KeyQuestion> questions = new LinkedHashMap<>();
		for (Inspections.QuestionCount q : r.questions()) {
			RatingsEngine.QuestionResult result = r.ratedQuestion(q.code());
			questions.put(q.code(), new KeyQuestion(q.text(), q.yes(), q.no(), q.notApplicable(), q.relevant(),
					result == null ? null : result.percent(), result == null ? null : result.band().name(),
					result == null ? null : result.confidenceLow(), result == null ? null : result.confidenceHigh()));
		}
		Map<String, Standard> standards = new LinkedHashMap<>();
		r.framework().standards().forEach(s -> {
			RatingsEngine.StandardResult result = r.rated(s.code());
			standards.put(s.code(),
					new Standard(s.name(), result == null ? null : result.rating().name(),
							result == null ? null : result.score(),
							result == null ? null : result.limitingKeyQuestion(), r.ratings().unrated().get(s.code())));
		});
		return new Results(r.inspection().id(), r.framework().code(), r.cases(), r.casesAnswered(), questions,
				standards, r.ratings().score(), r.ratings().overall() == null ? null : r.ratings().overall().name(),
				r.moderated(), r.disagreements());
	}

	private static long id(String typed) {
		if (!typed.matches("\\d{1,18}")) {
			throw new BadRequest(List.of(new FieldProblem("id", "must be an inspection number")));
		}
		return Long.parseLong(typed);
	}

}
