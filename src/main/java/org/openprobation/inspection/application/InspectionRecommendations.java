package org.openprobation.inspection.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspection's recommendations, made by the panel and carried into the next
 * inspection, and the provider's progress on each.
 */
@Service
@Transactional
public class InspectionRecommendations {

	private final Inspections inspections;

	private final InspectionRepository repository;

	InspectionRecommendations(Inspections inspections, InspectionRepository repository) {
		this.inspections = inspections;
		this.repository = repository;
	}

	public List<InspectionRepository.RecommendationRow> recommendations(CurrentUser user, long id) {
		inspections.find(user, id);
		return repository.recommendations(id);
	}

	public long recommend(CurrentUser user, long id, @Nullable String text, @Nullable String owner,
			@Nullable String action, @Nullable LocalDate dueOn) {
		Inspection inspection = inspections.find(user, id);
		Inspections.requireAssessor(user, inspection);
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "Write the recommendation"));
		}
		if (owner == null || owner.isBlank()) {
			problems.add(new FieldProblem("owner", "Name who owns the recommendation"));
		}
		if (dueOn != null && dueOn.isBefore(inspection.fieldworkOn())) {
			problems.add(new FieldProblem("dueOn", "The due date cannot be before the fieldwork"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		return repository.addRecommendation(id, text.strip(), owner.strip(),
				action == null || action.isBlank() ? null : action.strip(), dueOn, null, user.username());
	}

	/** The provider's progress on a recommendation (its managers and quality team). */
	public void progress(CurrentUser user, long id, long recommendationId, int version, @Nullable String progress,
			@Nullable String note, @Nullable String action, @Nullable LocalDate dueOn) {
		Inspection inspection = inspections.find(user, id);
		if (!user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Progress is recorded by the provider's managers and quality team.");
		}
		if (progress == null || !Inspections.PROGRESS.containsKey(progress)) {
			throw new BadRequest(List.of(new FieldProblem("progress", "Choose not started, in progress or done")));
		}
		if (!repository.updateProgress(inspection.id(), recommendationId, version, progress,
				note == null || note.isBlank() ? null : note.strip(), action, dueOn, user.username())) {
			throw new Conflict("The recommendation was changed by someone else: reload it and try again");
		}
	}

}
