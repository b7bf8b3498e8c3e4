package org.openprobation.inspection.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.Inspections.Results;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating an inspection ({@code inspection.md}): the results so far, the organisational
 * standards' judgements and separately sampled counts, and the panel's overrides with
 * their reasons.
 */
@Service
@Transactional
public class InspectionRatings {

	private final Inspections inspections;

	private final InspectionResults results;

	private final InspectionRepository repository;

	private final AuditLog audit;

	InspectionRatings(Inspections inspections, InspectionResults results, InspectionRepository repository,
			AuditLog audit) {
		this.inspections = inspections;
		this.results = results;
		this.repository = repository;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Results results(CurrentUser user, long id) {
		return results.of(inspections.find(user, id));
	}

	/**
	 * The panel overrides a rated standard's rating, or the overall rating, with a
	 * reason; the override is kept with who, when, from and to, and shown in the report.
	 */
	public void overrideRating(CurrentUser user, long id, @Nullable String standard, @Nullable String rating,
			@Nullable String reason) {
		Inspection inspection = inspections.find(user, id);
		Inspections.requireAssessor(user, inspection);
		Results results = this.results.of(inspection);
		List<FieldProblem> problems = new ArrayList<>();
		Rating to = null;
		try {
			to = rating == null || rating.isBlank() ? null : Rating.valueOf(rating);
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (to == null) {
			problems.add(new FieldProblem("overrideRating", "Choose the rating the panel gives"));
		}
		Rating from = null;
		if (Inspections.OVERALL.equals(standard)) {
			from = results.ratings().overall();
			if (from == null) {
				problems.add(new FieldProblem("overrideStandard", "The overall rating is not yet rated"));
			}
		}
		else if (standard == null || results.framework().standard(standard).isEmpty()) {
			problems.add(new FieldProblem("overrideStandard", "Choose a standard of " + inspection.framework()));
		}
		else {
			RatingsEngine.StandardResult current = results.rated(standard);
			if (current == null) {
				problems.add(new FieldProblem("overrideStandard", "Standard " + standard + " is not yet rated"));
			}
			else {
				from = current.rating();
			}
		}
		if (from != null && from == to) {
			problems.add(new FieldProblem("overrideRating", "The rating is already " + to.label()));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("overrideReason", "Give the panel's reason"));
		}
		else if (reason.length() > 2000) {
			problems.add(new FieldProblem("overrideReason", "The reason must be 2,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.addOverride(id, standard, from.name(), to.name(), reason.strip(), user.username());
		audit.record(user, "INSPECTION_OVERRIDE", null,
				inspection.kindLabel() + " " + id + ": " + standard + " " + from + " to " + to);
	}

	/**
	 * Records an organisational standard's rating (with its rationale), or a standard's
	 * key question counts from its separate case sample (domains 3 and 4).
	 */
	public void judge(CurrentUser user, long id, String standardCode, @Nullable String rating,
			@Nullable String rationale, Map<String, String[]> counts) {
		Inspection inspection = inspections.find(user, id);
		Inspections.requireAssessor(user, inspection);
		Framework framework = inspections.framework(inspection);
		Framework.Standard standard = framework.standard(standardCode)
			.orElseThrow(() -> new BadRequest(
					List.of(new FieldProblem("standard", standardCode + " is not a standard of " + framework.code()))));
		List<FieldProblem> problems = new ArrayList<>();
		String f = "s" + standard.code().replace('.', '_');
		if (standard.caseBased() && standard.code().startsWith("2.")) {
			// rated from the case sample: the inspectors record their findings (enablers
			// and barriers)
			if (rationale == null || rationale.isBlank()) {
				throw new BadRequest(
						List.of(new FieldProblem(f + "-rationale", "Write the findings for " + standard.code())));
			}
			if (rationale.length() > 4000) {
				throw new BadRequest(
						List.of(new FieldProblem(f + "-rationale", "The findings must be 4,000 characters or fewer")));
			}
			repository.saveJudgement(id, standard.code(), null, rationale.strip(), null, user.username());
			return;
		}
		if (!standard.caseBased()) {
			Rating parsed = null;
			try {
				parsed = rating == null || rating.isBlank() ? null : Rating.valueOf(rating);
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			if (parsed == null) {
				problems.add(new FieldProblem(f + "-rating", "Choose the rating of " + standard.code()));
			}
			if (rationale == null || rationale.isBlank()) {
				problems.add(
						new FieldProblem(f + "-rationale", "Write the rationale for the rating of " + standard.code()));
			}
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			repository.saveJudgement(id, standard.code(), parsed.name(), rationale.strip(), null, user.username());
			return;
		}
		List<String> parts = new ArrayList<>();
		for (String q : standard.keyQuestions()) {
			String[] typed = counts.getOrDefault(q, new String[] { "", "" });
			String field = f + "-" + q.replace('.', '_');
			Integer yes = number(typed[0]);
			Integer relevant = number(typed[1]);
			if (yes == null || relevant == null) {
				problems.add(new FieldProblem(field, "Enter whole numbers of sufficient and relevant cases for " + q));
			}
			else if (yes > relevant) {
				problems.add(new FieldProblem(field, "Sufficient cases cannot be more than relevant ones for " + q));
			}
			else if (relevant == 0) {
				problems.add(new FieldProblem(field, q + " needs at least one relevant case to be rated"));
			}
			else {
				parts.add(q + "=" + yes + "/" + relevant);
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.saveJudgement(id, standard.code(), null,
				rationale == null || rationale.isBlank() ? null : rationale.strip(), String.join(";", parts),
				user.username());
	}

	private static @Nullable Integer number(@Nullable String typed) {
		return typed != null && typed.strip().matches("\\d{1,5}") ? Integer.valueOf(typed.strip()) : null;
	}

}
