package org.openprobation.assessment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.Ogrs3;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.sentences.OffenceCategory;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.EnumName;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.RequestBodies;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stateless calculators: OGRS3 and the tier, exactly as the domain rules give them. */
@RestController
@RequestMapping("/api/v1/calculators")
@Tag(name = "Calculators", description = "OGRS3 and tier, computed without storing anything")
class CalculatorsApi {

	record Ogrs3Request(@NotNull(message = "is required: MALE or FEMALE") @Nullable Sex sex,
			@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate dateOfBirth,
			@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate convictionDate,
			@Schema(description = "Defaults to the conviction date") @Nullable LocalDate riskDate,
			@Schema(description = "This or ageAtFirstSanction") @Nullable LocalDate dateOfFirstSanction,
			@Min(value = 0, message = "must be a whole number from 0 to 120") @Max(value = 120,
					message = "must be a whole number from 0 to 120") @Nullable Integer ageAtFirstSanction,
			@NotNull(message = "is required: a whole number") @Min(value = 0,
					message = "must be a whole number from 0 to 1000") @Max(value = 1000,
							message = "must be a whole number from 0 to 1000") @Nullable Integer previousSanctions,
			@NotNull(message = "is required: an offence category") @Nullable OffenceCategory offenceCategory) {
	}

	record Ogrs3Response(double oneYear, double twoYear, int oneYearPercent, int twoYearPercent, String band) {
	}

	@PostMapping("/ogrs3")
	@Operation(summary = "OGRS3 1- and 2-year probabilities of proven reoffending, percentages and band",
			description = "Dates are YYYY-MM-DD; give dateOfFirstSanction or ageAtFirstSanction.")
	Ogrs3Response ogrs3(@RequestBody Ogrs3Request body) {
		Ogrs3Request request = RequestBodies.checked(body);
		if (request.dateOfFirstSanction() == null && request.ageAtFirstSanction() == null) {
			throw new BadRequest(
					List.of(new FieldProblem("dateOfFirstSanction", "is required (or ageAtFirstSanction instead)")));
		}
		Ogrs3.Result result = Ogrs3.score(new Ogrs3.Input(request.sex(), request.dateOfBirth(),
				request.convictionDate(), request.riskDate(), request.dateOfFirstSanction(),
				request.ageAtFirstSanction(), request.previousSanctions(), request.offenceCategory()));
		if (result instanceof Ogrs3.Refused refused) {
			throw new BadRequest(
					refused.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
		}
		Ogrs3.Score score = (Ogrs3.Score) result;
		return new Ogrs3Response(score.oneYear(), score.twoYear(), score.oneYearPercent(), score.twoYearPercent(),
				score.band().name());
	}

	record WomenFactors(@Nullable Boolean parentingResponsibilities, @Nullable Boolean impulsivityOrTemperProblem,
			@Nullable Boolean breachOrRecallInLastYear) {

		TierRule.WomenFactors factors() {
			return new TierRule.WomenFactors(Boolean.TRUE.equals(parentingResponsibilities),
					Boolean.TRUE.equals(impulsivityOrTemperProblem), Boolean.TRUE.equals(breachOrRecallInLastYear));
		}

	}

	record TierRequest(@NotNull(message = "is required: MALE or FEMALE") @Nullable Sex sex,
			TierRule.@Nullable RoshLevel roshLevel,
			@DecimalMin(value = "0", message = "must be a number from 0 to 999.99") @DecimalMax(value = "999.99",
					message = "must be a number from 0 to 999.99") @Nullable BigDecimal rsrPercent,
			TierRule.@Nullable MappaLevel mappaLevel,
			@Nullable List<TierRule.@NotNull(
					message = "must be a complexity factor") ComplexityFactor> complexityFactors,
			@Valid @Nullable WomenFactors womenFactors, @Nullable Boolean mandateForChange,
			@Nullable Boolean validAssessment,
			@Schema(description = "Each need's severity") @Nullable Map<@EnumName(TierRule.Need.class) String, TierRule.NeedSeverity> needs,
			@Min(value = 0, message = "must be a whole number from 0 to 100") @Max(value = 100,
					message = "must be a whole number from 0 to 100") @Nullable Integer ogrsPercent,
			@Nullable Boolean iomNominal, @Nullable Boolean unsupervised) {
	}

	record TierResponse(String tier, String protectLevel, int protectPoints, int changeLevel, int changePoints) {
	}

	@PostMapping("/tier")
	@Operation(summary = "The tier (protect level A-D, change level 0-3, S when unsupervised) with its points",
			description = "Inputs as in the domain's tiering examples.")
	TierResponse tier(@RequestBody TierRequest body) {
		TierRequest request = RequestBodies.checked(body);
		Set<TierRule.ComplexityFactor> factors = EnumSet.noneOf(TierRule.ComplexityFactor.class);
		if (request.complexityFactors() != null) {
			factors.addAll(request.complexityFactors());
		}
		Map<TierRule.Need, TierRule.NeedSeverity> needs = new EnumMap<>(TierRule.Need.class);
		if (request.needs() != null) {
			request.needs()
				.forEach((need, severity) -> needs.put(TierRule.Need.valueOf(need.strip().toUpperCase(Locale.ROOT)),
						severity));
		}
		TierRule.Tier tier = TierRule.calculate(new TierRule.Inputs(request.sex(), request.roshLevel(),
				request.rsrPercent(), request.mappaLevel(), factors,
				request.womenFactors() == null ? TierRule.WomenFactors.none() : request.womenFactors().factors(),
				Boolean.TRUE.equals(request.mandateForChange()), Boolean.TRUE.equals(request.validAssessment()), needs,
				request.ogrsPercent() == null ? 0 : request.ogrsPercent(), Boolean.TRUE.equals(request.iomNominal()),
				Boolean.TRUE.equals(request.unsupervised())));
		return new TierResponse(tier.code(), tier.protectLevel(), tier.protectPoints(), tier.changeLevel(),
				tier.changePoints());
	}

}
