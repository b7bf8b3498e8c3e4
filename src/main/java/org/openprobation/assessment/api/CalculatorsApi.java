package org.openprobation.assessment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.Ogrs3;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.sentences.OffenceCategory;
import org.openprobation.shared.RequestFields;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stateless calculators: OGRS3 and the tier, exactly as the domain rules give them. */
@RestController
@RequestMapping("/api/v1/calculators")
@Tag(name = "Calculators", description = "OGRS3 and tier, computed without storing anything")
class CalculatorsApi {

	record Ogrs3Response(double oneYear, double twoYear, int oneYearPercent, int twoYearPercent, String band) {
	}

	private static final Set<String> OGRS3_FIELDS = Set.of("sex", "dateOfBirth", "convictionDate", "riskDate",
			"dateOfFirstSanction", "ageAtFirstSanction", "previousSanctions", "offenceCategory");

	@PostMapping("/ogrs3")
	@Operation(summary = "OGRS3 1- and 2-year probabilities of proven reoffending, percentages and band",
			description = "Body: sex (MALE|FEMALE), dateOfBirth, convictionDate, riskDate (optional, defaults to the "
					+ "conviction date), dateOfFirstSanction or ageAtFirstSanction, previousSanctions, offenceCategory. "
					+ "Dates are YYYY-MM-DD.")
	Ogrs3Response ogrs3(@RequestBody(required = false) @Nullable JsonNode body) {
		RequestFields fields = new RequestFields(body, OGRS3_FIELDS);
		Sex sex = fields.enumValue("sex", Sex.class, true);
		LocalDate dateOfBirth = fields.date("dateOfBirth", true);
		LocalDate convictionDate = fields.date("convictionDate", true);
		LocalDate riskDate = fields.date("riskDate", false);
		LocalDate firstSanction = fields.date("dateOfFirstSanction", false);
		Integer ageAtFirst = fields.wholeNumber("ageAtFirstSanction", 0, 120, false);
		if (fields.node("dateOfFirstSanction") == null && fields.node("ageAtFirstSanction") == null) {
			fields.problem("dateOfFirstSanction", "is required (or ageAtFirstSanction instead)");
		}
		Integer previous = fields.wholeNumber("previousSanctions", 0, 1000, true);
		OffenceCategory category = fields.enumValue("offenceCategory", OffenceCategory.class, true);
		fields.check();
		Ogrs3.Result result = Ogrs3.score(new Ogrs3.Input(sex, dateOfBirth, convictionDate, riskDate, firstSanction,
				ageAtFirst, previous, category));
		if (result instanceof Ogrs3.Refused refused) {
			refused.problems().forEach(p -> fields.problem(p.field(), p.message()));
			fields.check();
		}
		Ogrs3.Score score = (Ogrs3.Score) result;
		return new Ogrs3Response(score.oneYear(), score.twoYear(), score.oneYearPercent(), score.twoYearPercent(),
				score.band().name());
	}

	record TierResponse(String tier, String protectLevel, int protectPoints, int changeLevel, int changePoints) {
	}

	private static final Set<String> TIER_FIELDS = Set.of("sex", "roshLevel", "rsrPercent", "mappaLevel",
			"complexityFactors", "womenFactors", "mandateForChange", "validAssessment", "needs", "ogrsPercent",
			"iomNominal", "unsupervised");

	private static final Set<String> WOMEN_FACTORS = Set.of("parentingResponsibilities", "impulsivityOrTemperProblem",
			"breachOrRecallInLastYear");

	@PostMapping("/tier")
	@Operation(summary = "The tier (protect level A-D, change level 0-3, S when unsupervised) with its points",
			description = "Body as in the domain's tiering examples: sex, roshLevel, rsrPercent, mappaLevel (M1|M2|M3), "
					+ "complexityFactors, womenFactors, mandateForChange, validAssessment, needs "
					+ "({NEED: NO_NEED|STANDARD|SEVERE}), ogrsPercent, iomNominal, unsupervised.")
	TierResponse tier(@RequestBody(required = false) @Nullable JsonNode body) {
		RequestFields fields = new RequestFields(body, TIER_FIELDS);
		Sex sex = fields.enumValue("sex", Sex.class, true);
		TierRule.RoshLevel rosh = fields.enumValue("roshLevel", TierRule.RoshLevel.class, false);
		BigDecimal rsr = fields.decimal("rsrPercent", BigDecimal.ZERO, new BigDecimal("999.99"));
		TierRule.MappaLevel mappa = fields.enumValue("mappaLevel", TierRule.MappaLevel.class, false);
		Set<TierRule.ComplexityFactor> factors = EnumSet.noneOf(TierRule.ComplexityFactor.class);
		JsonNode factorNodes = fields.node("complexityFactors");
		if (factorNodes != null) {
			if (!factorNodes.isArray()) {
				fields.problem("complexityFactors", "must be a list of complexity factor names");
			}
			else {
				int i = 0;
				for (JsonNode factor : factorNodes) {
					TierRule.ComplexityFactor f = fields.enumOf("complexityFactors[" + i++ + "]", factor,
							TierRule.ComplexityFactor.class);
					if (f != null) {
						factors.add(f);
					}
				}
			}
		}
		TierRule.WomenFactors women = womenFactors(fields);
		Map<TierRule.Need, TierRule.NeedSeverity> needs = needs(fields);
		Integer ogrs = fields.wholeNumber("ogrsPercent", 0, 100, false);
		boolean mandate = fields.flag("mandateForChange");
		boolean valid = fields.flag("validAssessment");
		boolean iom = fields.flag("iomNominal");
		boolean unsupervised = fields.flag("unsupervised");
		fields.check();
		TierRule.Tier tier = TierRule.calculate(new TierRule.Inputs(sex, rosh, rsr, mappa, factors, women, mandate,
				valid, needs, ogrs == null ? 0 : ogrs, iom, unsupervised));
		return new TierResponse(tier.code(), tier.protectLevel(), tier.protectPoints(), tier.changeLevel(),
				tier.changePoints());
	}

	private static TierRule.WomenFactors womenFactors(RequestFields fields) {
		JsonNode women = fields.node("womenFactors");
		if (women == null) {
			return TierRule.WomenFactors.none();
		}
		if (!women.isObject()) {
			fields.problem("womenFactors", "must be an object with " + String.join(", ", WOMEN_FACTORS));
			return TierRule.WomenFactors.none();
		}
		women.propertyNames().forEach(name -> {
			if (!WOMEN_FACTORS.contains(name)) {
				fields.problem("womenFactors." + name, "is not a women's factor");
			}
		});
		return new TierRule.WomenFactors(
				fields.flag(women.get("parentingResponsibilities"), "womenFactors.parentingResponsibilities"),
				fields.flag(women.get("impulsivityOrTemperProblem"), "womenFactors.impulsivityOrTemperProblem"),
				fields.flag(women.get("breachOrRecallInLastYear"), "womenFactors.breachOrRecallInLastYear"));
	}

	private static Map<TierRule.Need, TierRule.NeedSeverity> needs(RequestFields fields) {
		Map<TierRule.Need, TierRule.NeedSeverity> needs = new EnumMap<>(TierRule.Need.class);
		JsonNode nodes = fields.node("needs");
		if (nodes == null) {
			return needs;
		}
		if (!nodes.isObject()) {
			fields.problem("needs", "must be an object of need names to NO_NEED, STANDARD or SEVERE");
			return needs;
		}
		nodes.properties().forEach(entry -> {
			TierRule.Need need = null;
			try {
				need = TierRule.Need.valueOf(entry.getKey());
			}
			catch (IllegalArgumentException ex) {
				fields.problem("needs." + entry.getKey(),
						"is not a need: one of " + RequestFields.names(TierRule.Need.class));
			}
			TierRule.NeedSeverity severity = fields.enumOf("needs." + entry.getKey(), entry.getValue(),
					TierRule.NeedSeverity.class);
			if (need != null && severity != null) {
				needs.put(need, severity);
			}
		});
		return needs;
	}

}
