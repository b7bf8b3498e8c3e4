package org.openprobation.inspection.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openprobation.inspection.Frameworks;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.Inspections.Judgement;
import org.openprobation.inspection.Inspections.QuestionCount;
import org.openprobation.inspection.Inspections.Results;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.inspection.persistence.InspectionRepository.AnswerRow;
import org.openprobation.inspection.persistence.InspectionRepository.CaseRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspection's results from its answers and judgements: counts per key question,
 * moderation, and the ratings so far with the panel's overrides applied.
 */
@Service
@Transactional(readOnly = true)
public class InspectionResults {

	private final InspectionRepository repository;

	private final Frameworks frameworks;

	InspectionResults(InspectionRepository repository, Frameworks frameworks) {
		this.repository = repository;
		this.frameworks = frameworks;
	}

	/** Where an inspection stands, without an access check (the caller has made it). */
	public Results of(Inspection inspection) {
		long id = inspection.id();
		Framework framework = frameworks.find(inspection.framework()).orElseThrow();
		List<CaseRow> cases = repository.cases(id);
		Set<Long> main = cases.stream().filter(c -> !c.reserve()).map(CaseRow::personId).collect(Collectors.toSet());
		List<AnswerRow> answers = repository.answers(id).stream().filter(a -> main.contains(a.personId())).toList();
		Map<String, int[]> tally = new LinkedHashMap<>();
		framework.caseSupervision().forEach(s -> s.keyQuestions().forEach(q -> tally.put(q, new int[3])));
		Map<String, AnswerRow> firstMarks = new java.util.HashMap<>();
		int disagreements = 0;
		Set<Long> moderated = new java.util.HashSet<>();
		for (AnswerRow a : answers) {
			if (a.moderation()) {
				moderated.add(a.personId());
				continue;
			}
			firstMarks.put(a.personId() + "/" + a.question(), a);
			int[] t = tally.get(a.question());
			if (t != null) {
				t[Inspections.ANSWERS.indexOf(a.answer())]++;
			}
		}
		for (AnswerRow a : answers) {
			AnswerRow first = firstMarks.get(a.personId() + "/" + a.question());
			if (a.moderation() && first != null && !first.answer().equals(a.answer())) {
				disagreements++;
			}
		}
		List<QuestionCount> counts = new ArrayList<>();
		tally.forEach((q, t) -> counts.add(new QuestionCount(q, framework.questionText(q), t[0], t[1], t[2])));
		long answeredCases = answers.stream()
			.filter(a -> !a.moderation())
			.collect(Collectors.groupingBy(AnswerRow::personId, Collectors.counting()))
			.values()
			.stream()
			.filter(n -> n >= tally.size())
			.count();
		Map<String, Judgement> judgements = judgements(id);
		Map<String, RatingsEngine.StandardInput> inputs = new LinkedHashMap<>();
		for (Framework.Standard standard : framework.standards()) {
			if (standard.caseBased() && standard.code().startsWith("2.")) {
				Map<String, RatingsEngine.Count> keyQuestions = new LinkedHashMap<>();
				for (String q : standard.keyQuestions()) {
					int[] t = tally.get(q);
					keyQuestions.put(q, new RatingsEngine.Count(t[0] + t[1], t[0]));
				}
				inputs.put(standard.code(), new RatingsEngine.StandardInput(null, keyQuestions));
			}
			else if (judgements.containsKey(standard.code())) {
				Judgement j = judgements.get(standard.code());
				inputs.put(standard.code(), new RatingsEngine.StandardInput(j.rating(), j.counts()));
			}
		}
		List<InspectionRepository.OverrideRow> overrides = repository.overrides(id);
		return new Results(inspection, framework, main.size(), (int) answeredCases, counts, judgements,
				withOverrides(framework, RatingsEngine.ratePartial(framework, inputs), overrides), moderated.size(),
				disagreements, overrides);
	}

	/**
	 * The ratings with the panel's latest override of each standard, and of the overall,
	 * applied.
	 */
	public static RatingsEngine.Partial withOverrides(Framework framework, RatingsEngine.Partial partial,
			List<InspectionRepository.OverrideRow> overrides) {
		if (overrides.isEmpty()) {
			return partial;
		}
		Map<String, Rating> latest = new java.util.HashMap<>();
		overrides.forEach(o -> latest.put(o.standard(), Rating.valueOf(o.toRating())));
		List<RatingsEngine.StandardResult> rated = partial.rated()
			.stream()
			.map(r -> latest.containsKey(r.code())
					? new RatingsEngine.StandardResult(r.code(), r.name(), latest.get(r.code()),
							latest.get(r.code()).score(), r.contributes(), r.limitingKeyQuestion(), r.keyQuestions())
					: r)
			.toList();
		Integer score = partial.unrated().isEmpty()
				? rated.stream().filter(RatingsEngine.StandardResult::contributes).mapToInt(r -> r.score()).sum()
				: null;
		Rating overall = score == null ? null : RatingsEngine.overall(framework, score);
		if (overall != null && latest.containsKey(Inspections.OVERALL)) {
			overall = latest.get(Inspections.OVERALL);
		}
		return new RatingsEngine.Partial(rated, partial.unrated(), score, overall);
	}

	Map<String, Judgement> judgements(long id) {
		Map<String, Judgement> judgements = new LinkedHashMap<>();
		for (InspectionRepository.JudgementRow row : repository.judgements(id)) {
			Map<String, RatingsEngine.Count> counts = null;
			if (row.counts() != null) {
				counts = new LinkedHashMap<>();
				for (String part : row.counts().split(";")) {
					String[] kv = part.split("[=/]");
					counts.put(kv[0], new RatingsEngine.Count(Integer.parseInt(kv[2]), Integer.parseInt(kv[1])));
				}
			}
			judgements.put(row.standard(), new Judgement(row.standard(),
					row.rating() == null ? null : Rating.valueOf(row.rating()), row.rationale(), counts));
		}
		return judgements;
	}

}
