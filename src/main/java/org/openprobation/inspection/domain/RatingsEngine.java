package org.openprobation.inspection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/**
 * The Inspectorate's ratings, exactly as published (inspection.md): a key question's band
 * from the exact fraction of relevant cases judged sufficient (inclusive lower bounds), a
 * case-based standard at the lowest band of its key questions, judgement standards as
 * given, and the overall rating from the total score through the framework's band table.
 */
public final class RatingsEngine {

	/** z for a 95% interval. */
	static final double Z = 1.959964;

	private RatingsEngine() {
	}

	/** Cases judged: relevant = yes + no (not applicable excluded). */
	public record Count(int relevant, int yes) {
	}

	/** What is known of one standard: a judgement, or the key questions' counts. */
	public record StandardInput(@Nullable Rating rating, @Nullable Map<String, Count> keyQuestions) {
	}

	public record QuestionResult(String code, int relevant, int yes, int percent, Rating band, double confidenceLow,
			double confidenceHigh, boolean roundingCrossesBand, @Nullable Integer casesToLiftOneBand) {
	}

	public record StandardResult(String code, String name, Rating rating, int score, boolean contributes,
			@Nullable String limitingKeyQuestion, List<QuestionResult> keyQuestions) {

		public StandardResult {
			keyQuestions = List.copyOf(keyQuestions);
		}

	}

	public record Result(String framework, List<StandardResult> standards, int score, @Nullable Rating overall) {

		public Result {
			standards = List.copyOf(standards);
		}

	}

	/** The problems with a request, each naming its field; empty when it can be rated. */
	public static List<FieldProblem> problems(Framework framework, Map<String, StandardInput> standards) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String code : standards.keySet()) {
			if (framework.standard(code).isEmpty()) {
				problems.add(new FieldProblem("standards." + code, "is not a standard of " + framework.code()));
			}
		}
		for (Framework.Standard standard : framework.standards()) {
			String field = "standards." + standard.code();
			StandardInput input = standards.get(standard.code());
			if (input == null) {
				problems.add(new FieldProblem(field, "is missing"));
				continue;
			}
			if (!standard.caseBased()) {
				if (input.rating() == null) {
					problems.add(new FieldProblem(field + ".rating", "is required: the inspectors' judgement"));
				}
				continue;
			}
			Map<String, Count> questions = input.keyQuestions() == null ? Map.of() : input.keyQuestions();
			for (String code : questions.keySet()) {
				if (!standard.keyQuestions().contains(code)) {
					problems.add(new FieldProblem(field + ".keyQuestions." + code,
							"is not a key question of standard " + standard.code()));
				}
			}
			for (String code : standard.keyQuestions()) {
				String qField = field + ".keyQuestions." + code;
				Count count = questions.get(code);
				if (count == null) {
					if (!standard.optionalQuestions().contains(code)) {
						problems.add(new FieldProblem(qField, "is missing"));
					}
					continue;
				}
				if (count.relevant() < 0 || count.yes() < 0) {
					problems.add(new FieldProblem(qField, "relevant and yes cannot be negative"));
				}
				else if (count.yes() > count.relevant()) {
					problems.add(new FieldProblem(qField, "yes cannot be greater than relevant"));
				}
				else if (count.relevant() == 0 && !standard.optionalQuestions().contains(code)) {
					problems.add(new FieldProblem(qField,
							"has no relevant case, so standard " + standard.code() + " cannot be rated"));
				}
			}
		}
		return problems;
	}

	/** Rates a request that has no problems (see {@link #problems}). */
	public static Result rate(Framework framework, Map<String, StandardInput> standards) {
		List<FieldProblem> problems = problems(framework, standards);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.get(0).field() + " " + problems.get(0).message());
		}
		List<StandardResult> results = new ArrayList<>();
		int total = 0;
		for (Framework.Standard standard : framework.standards()) {
			StandardInput input = standards.get(standard.code());
			StandardResult result;
			if (!standard.caseBased()) {
				result = new StandardResult(standard.code(), standard.name(), input.rating(), input.rating().score(),
						standard.contributes(), null, List.of());
			}
			else {
				List<QuestionResult> questions = new ArrayList<>();
				QuestionResult limiting = null;
				for (String code : standard.keyQuestions()) {
					Count count = input.keyQuestions().get(code);
					if (count == null || count.relevant() == 0) {
						continue;
					}
					QuestionResult q = question(framework, code, count.yes(), count.relevant());
					questions.add(q);
					if (limiting == null || q.band().ordinal() < limiting.band().ordinal()
							|| (q.band() == limiting.band()
									&& (long) q.yes() * limiting.relevant() < (long) limiting.yes() * q.relevant())) {
						limiting = q;
					}
				}
				result = new StandardResult(standard.code(), standard.name(), limiting.band(), limiting.band().score(),
						standard.contributes(), limiting.code(), questions);
			}
			results.add(result);
			if (standard.contributes()) {
				total += result.score();
			}
		}
		return new Result(framework.code(), results, total, overall(framework, total));
	}

	/**
	 * What can be rated so far: each standard whose figures are complete is rated on its
	 * own, each other standard says why not; the overall only once every standard is
	 * rated.
	 */
	public record Partial(List<StandardResult> rated, Map<String, String> unrated, @Nullable Integer score,
			@Nullable Rating overall) {

		public Partial {
			rated = List.copyOf(rated);
			unrated = Map.copyOf(unrated);
		}

	}

	public static Partial ratePartial(Framework framework, Map<String, StandardInput> standards) {
		List<StandardResult> rated = new ArrayList<>();
		Map<String, String> unrated = new java.util.LinkedHashMap<>();
		for (Framework.Standard standard : framework.standards()) {
			Framework alone = new Framework(framework.code(), framework.name(), List.of(standard),
					framework.questionBands(), List.of(), framework.questions(), framework.minimumCases());
			Map<String, StandardInput> input = standards.containsKey(standard.code())
					? Map.of(standard.code(), standards.get(standard.code())) : Map.of();
			List<FieldProblem> problems = problems(alone, input);
			if (problems.isEmpty()) {
				rated.add(rate(alone, input).standards().get(0));
			}
			else {
				FieldProblem first = problems.get(0);
				String field = first.field().substring(("standards." + standard.code()).length());
				unrated.put(standard.code(),
						field.isEmpty() ? "not yet recorded"
								: field.replace(".keyQuestions.", "key question ").replace(".rating", "the rating")
										+ " " + first.message());
			}
		}
		if (!unrated.isEmpty()) {
			return new Partial(rated, unrated, null, null);
		}
		Result all = rate(framework, standards);
		return new Partial(all.standards(), Map.of(), all.score(), all.overall());
	}

	public static @Nullable Rating overall(Framework framework, int score) {
		return framework.overallBands()
			.stream()
			.filter(b -> score >= b.fromScore() && score <= b.toScore())
			.map(Framework.OverallBand::rating)
			.findFirst()
			.orElse(null);
	}

	/** The band of yes out of relevant, compared on the exact fraction. */
	public static Rating band(Framework framework, int yes, int relevant) {
		for (Framework.QuestionBand band : framework.questionBands()) {
			if ((long) yes * 100 >= (long) band.fromPercent() * relevant) {
				return band.rating();
			}
		}
		return Rating.INADEQUATE;
	}

	public static QuestionResult question(Framework framework, String code, int yes, int relevant) {
		Rating band = band(framework, yes, relevant);
		int percent = BigDecimal.valueOf(yes * 100L)
			.divide(BigDecimal.valueOf(relevant), 0, RoundingMode.HALF_UP)
			.intValue();
		boolean crosses = band(framework, percent, 100) != band;
		double[] ci = wilson(yes, relevant);
		Integer lift = null;
		List<Framework.QuestionBand> bands = framework.questionBands();
		for (int i = bands.size() - 1; i >= 0; i--) {
			if (bands.get(i).rating().ordinal() == band.ordinal() + 1) {
				lift = (int) Math.ceil(bands.get(i).fromPercent() * relevant / 100.0 - 1e-9) - yes;
			}
		}
		return new QuestionResult(code, relevant, yes, percent, band, ci[0], ci[1], crosses, lift);
	}

	/** The 95% Wilson score interval of yes out of n. */
	public static double[] wilson(int yes, int n) {
		double p = yes / (double) n;
		double z2 = Z * Z;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
		return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
	}

	/** The key questions' results by code, for tests and reports. */
	public static Map<String, QuestionResult> byCode(StandardResult standard) {
		Map<String, QuestionResult> result = new LinkedHashMap<>();
		standard.keyQuestions().forEach(q -> result.put(q.code(), q));
		return result;
	}

}
