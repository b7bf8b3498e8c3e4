package org.openprobation.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openprobation.inspection.application.InspectionRatings;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.inspection.persistence.InspectionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection report: key facts, each standard's rating and findings, strengths and
 * areas for improvement, the case data per key question, anonymised practice examples and
 * the recommendations.
 */
@Service
@Transactional
public class InspectionReports {

	/**
	 * A case reference or anything that looks like a PNC number is removed from examples.
	 */
	private static final Pattern IDENTIFIERS = Pattern.compile("\\b[A-Z][0-9]{6}\\b|\\b[0-9]{2,4}/[0-9]{1,7}[A-Z]\\b");

	private final Inspections inspections;

	private final InspectionRepository repository;

	private final AuditLog audit;

	private final InspectionRatings ratings;

	InspectionReports(Inspections inspections, InspectionRepository repository, AuditLog audit,
			InspectionRatings ratings) {
		this.ratings = ratings;
		this.inspections = inspections;
		this.repository = repository;
		this.audit = audit;
	}

	public record Finding(String standard, String name, String rating, String text) {
	}

	public record Example(String stratum, String question, String note) {
	}

	public record Report(Inspection inspection, String providerName, Inspections.Results results,
			List<Finding> findings, List<String> strengths, List<String> improvements, List<Example> examples,
			List<InspectionRepository.RecommendationRow> recommendations, int officers) {
	}

	public Report report(CurrentUser user, long id) {
		Inspections.Results results = ratings.results(user, id);
		Inspection inspection = results.inspection();
		List<Finding> findings = new ArrayList<>();
		List<String> strengths = new ArrayList<>();
		List<String> improvements = new ArrayList<>();
		results.framework().standards().forEach(s -> {
			RatingsEngine.StandardResult r = results.rated(s.code());
			Inspections.Judgement judgement = results.judgements().get(s.code());
			boolean provisional = results.provisional(s.code());
			String rating = provisional ? results.provisionalLabel(s.code())
					: r == null ? "Not rated" : r.rating().label();
			StringBuilder text = new StringBuilder();
			if (provisional) {
				// below the framework's minimum the counts are reported, not bands
				Inspections.Judgement separate = results.judgements().get(s.code());
				for (String q : s.keyQuestions()) {
					RatingsEngine.Count count = separate != null && separate.counts() != null
							&& separate.counts().containsKey(q)
									? separate.counts().get(q)
									: results.questions()
										.stream()
										.filter(c -> c.code().equals(q))
										.findFirst()
										.map(c -> new RatingsEngine.Count(c.relevant(), c.yes()))
										.orElse(new RatingsEngine.Count(0, 0));
					text.append(q)
						.append(": ")
						.append(count.yes())
						.append(" of ")
						.append(count.relevant())
						.append(" relevant cases sufficient. ");
				}
				text.append("Too few cases to rate: no band is given until ")
					.append(results.framework().minimumCases())
					.append(" relevant cases are read.");
			}
			else if (r == null) {
				text.append("Not yet rated: ").append(results.ratings().unrated().get(s.code())).append('.');
			}
			else if (!r.keyQuestions().isEmpty()) {
				for (RatingsEngine.QuestionResult q : r.keyQuestions()) {
					text.append(q.code())
						.append(": ")
						.append(q.yes())
						.append(" of ")
						.append(q.relevant())
						.append(" cases sufficient (")
						.append(q.percent())
						.append("%, ")
						.append(q.band().label())
						.append("). ");
					String line = q.code() + " " + results.framework().questionText(q.code()) + " " + q.percent() + "%";
					if (q.band().ordinal() >= Rating.GOOD.ordinal()) {
						strengths.add(line);
					}
					else {
						improvements.add(line);
					}
				}
				text.append("The rating is that of the lowest key question, ")
					.append(r.limitingKeyQuestion())
					.append('.');
			}
			if (judgement != null && judgement.rationale() != null) {
				text.append(text.isEmpty() ? "" : " ").append(judgement.rationale());
			}
			findings.add(new Finding(s.code(), s.name(), rating, text.toString().strip()));
		});
		Map<Long, String> strata = new java.util.HashMap<>();
		repository.cases(id).forEach(c -> strata.put(c.personId(), c.stratum()));
		List<Example> examples = repository.answers(id)
			.stream()
			// only notes the inspector offered as examples: the others are private
			// working
			.filter(a -> !a.moderation() && a.practiceExample() && a.note() != null)
			.limit(6)
			.map(a -> new Example(strata.getOrDefault(a.personId(), ""), a.question(),
					IDENTIFIERS.matcher(a.note()).replaceAll("[removed]")))
			.toList();
		int officers = (int) repository.cases(id)
			.stream()
			.filter(c -> !c.reserve())
			.map(InspectionRepository.CaseRow::staffId)
			.distinct()
			.count();
		audit.record(user, "INSPECTION_REPORT", null, inspection.kindLabel() + " " + id + ": report read");
		return new Report(inspection, inspections.providerName(inspection.providerId()), results, findings, strengths,
				improvements, examples, repository.recommendations(id), officers);
	}

}
