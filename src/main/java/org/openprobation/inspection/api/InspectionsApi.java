package org.openprobation.inspection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.openprobation.inspection.application.InspectionRatings;
import org.openprobation.inspection.application.DrawSample;
import org.openprobation.shared.RequestBodies;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final DrawSample drawSample;

	private final InspectionRatings ratings;

	InspectionsApi(Inspections inspections, Users users, DrawSample drawSample, InspectionRatings ratings) {
		this.ratings = ratings;
		this.drawSample = drawSample;
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

	record InspectionRequest(@Positive(message = "must be a provider's id") @Nullable Long providerId,
			@Size(max = 40, message = "must be 40 characters or fewer") @Nullable String framework,
			@Size(max = 40, message = "must be 40 characters or fewer") @Nullable String method,
			@Size(max = 200, message = "must be 200 characters or fewer") @Nullable String title,
			@Nullable LocalDate fieldworkOn, @Nullable LocalDate windowFrom, @Nullable LocalDate windowTo,
			@DecimalMin(value = "0", inclusive = false,
					message = "must be between 0 and 1 (exclusive), like 0.8") @DecimalMax(value = "1",
							inclusive = false,
							message = "must be between 0 and 1 (exclusive), like 0.8") @Nullable Double confidence,
			@DecimalMin(value = "0", inclusive = false,
					message = "must be between 0 and 1 (exclusive), like 0.05") @DecimalMax(value = "1",
							inclusive = false,
							message = "must be between 0 and 1 (exclusive), like 0.05") @Nullable Double margin,
			@Min(value = 1, message = "must be a whole number from 1 to 1000000") @Max(value = 1_000_000,
					message = "must be a whole number from 1 to 1000000") @Nullable Integer size,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String sizeReason,
			@Min(value = 0, message = "must be a whole number from 0 to 100") @Max(value = 100,
					message = "must be a whole number from 0 to 100") @Nullable Integer bufferPercent,
			@Min(value = 0, message = "must be a whole number from 0 to 100000") @Max(value = 100_000,
					message = "must be a whole number from 0 to 100000") @Nullable Integer minimumWomen,
			@Min(value = 0, message = "must be a whole number from 0 to 100000") @Max(value = 100_000,
					message = "must be a whole number from 0 to 100000") @Nullable Integer minimumMinority,
			@Nullable Long seed) {
	}

	record AnswerRequest(
			@NotBlank(message = "needs an answer: YES, NO or NOT_APPLICABLE") @Size(max = 20,
					message = "must be YES, NO or NOT_APPLICABLE") @Nullable String answer,
			@Size(max = 4000, message = "must be 4000 characters or fewer") @Nullable String note) {
	}

	record AnswersRequest(
			@NotNull(message = "is required: an object by key question code") @Nullable Map<String, @Valid @NotNull(
					message = "needs an answer: YES, NO or NOT_APPLICABLE") AnswerRequest> answers,
			@Nullable Boolean moderation) {
	}

	@PostMapping("/api/v1/inspections")
	@Operation(summary = "Create an inspection",
			description = "Create an inspection (inspectors) or self-inspection (quality, area managers) and draw its "
					+ "sample: providerId, framework, method (HMIP_2018 or QUALITY_AND_IMPACT), fieldworkOn, windowFrom, "
					+ "windowTo, confidence (0 to 1), margin, size (with sizeReason), bufferPercent, minimumWomen, "
					+ "minimumMinority, seed; 400 naming each bad field, nothing saved")
	ResponseEntity<InspectionView> create(@RequestBody InspectionRequest body) {
		Inspections.requireMayInspect(users.current(), "draw inspection samples");
		InspectionRequest r = RequestBodies.checked(body);
		Inspection created = drawSample.draw(users.current(),
				new Inspections.NewInspection(r.providerId(), RequestBodies.text(r.framework()),
						RequestBodies.text(r.method()), RequestBodies.text(r.title()), r.fieldworkOn(), r.windowFrom(),
						r.windowTo(), r.confidence(), r.margin(), r.size(), RequestBodies.text(r.sizeReason()),
						r.bufferPercent(), r.minimumWomen(), r.minimumMinority(), r.seed()));
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + created.id())).body(view(created));
	}

	@GetMapping("/api/v1/inspections/{id}")
	@Operation(summary = "An inspection and its sample",
			description = "An inspection: how its sample was drawn, its make-up against the population, its cases "
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
	@Operation(summary = "Answer a sampled case's key questions",
			description = "Answer key questions for a sampled case: {\"answers\": {\"2.1.1\": {\"answer\": \"YES\", "
					+ "\"note\": \"...\"}}, \"moderation\": false}; all or nothing")
	Saved answer(@PathVariable String id, @PathVariable String crn, @RequestBody AnswersRequest body) {
		Inspections.requireMayInspect(users.current(), "answer an inspection's questions");
		// which case, and whether the user may see it, is answered before the answers
		inspections.checkMayAnswer(users.current(), id(id), crn.strip().toUpperCase(java.util.Locale.ROOT));
		AnswersRequest request = RequestBodies.checked(body);
		Map<String, Inspections.TypedAnswer> typed = new LinkedHashMap<>();
		request.answers()
			.forEach((code, a) -> typed.put(code,
					new Inspections.TypedAnswer(a.answer(), RequestBodies.text(a.note()))));
		return new Saved(
				inspections.answer(users.current(), id(id), crn, typed, Boolean.TRUE.equals(request.moderation())));
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record KeyQuestion(String text, int yes, int no, int notApplicable, int relevant, @Nullable Integer percent,
			@Nullable String band, @Nullable Double confidenceLow, @Nullable Double confidenceHigh) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Standard(String name, @Nullable String rating, @Nullable Integer score, @Nullable String limitingKeyQuestion,
			@Nullable String notRatedBecause, boolean provisional, @Nullable Integer relevantCases) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Results(long id, String framework, int cases, int casesAnswered, Map<String, KeyQuestion> keyQuestions,
			Map<String, Standard> standards, @Nullable Integer score, @Nullable String overall, int moderatedCases,
			int moderationDisagreements, @Nullable Integer minimumCases, boolean provisional) {
	}

	@GetMapping("/api/v1/inspections/{id}/results")
	@Operation(summary = "An inspection's results",
			description = "An inspection's results so far: per key question the yes, no and not applicable counts with "
					+ "percent, band and Wilson interval; per standard the rating or why it is not yet rated, and whether "
					+ "it is provisional (fewer relevant cases than the framework's minimumCases); the overall")
	Results results(@PathVariable String id) {
		Inspections.Results r = ratings.results(users.current(), id(id));
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
			standards.put(s.code(), new Standard(s.name(), result == null ? null : result.rating().name(),
					result == null ? null : result.score(), result == null ? null : result.limitingKeyQuestion(),
					r.ratings().unrated().get(s.code()), r.provisional(s.code()), r.relevantCases(s.code())));
		});
		return new Results(r.inspection().id(), r.framework().code(), r.cases(), r.casesAnswered(), questions,
				standards, r.ratings().score(), r.ratings().overall() == null ? null : r.ratings().overall().name(),
				r.moderated(), r.disagreements(), r.framework().minimumCases(), r.overallProvisional());
	}

	private static long id(String typed) {
		if (!typed.matches("\\d{1,18}")) {
			throw new BadRequest(List.of(new FieldProblem("id", "must be an inspection number")));
		}
		return Long.parseLong(typed);
	}

}
