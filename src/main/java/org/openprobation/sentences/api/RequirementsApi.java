package org.openprobation.sentences.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.sentences.AddedRequirement;
import org.openprobation.sentences.RequirementChange;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.application.RequirementChanges;
import org.openprobation.sentences.domain.RequirementRules;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.RequestBodies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A requirement with its progress and the changes recorded to it; the court's changes
 * (completed, terminated, varied) and a requirement it adds to an order.
 */
@RestController
@Tag(name = "Sentences and requirements")
class RequirementsApi {

	private final RequirementChanges changes;

	private final Users users;

	RequirementsApi(RequirementChanges changes, Users users) {
		this.changes = changes;
		this.users = users;
	}

	record ChangeItem(String change, LocalDate changedOn, @Nullable String reason, @Nullable Integer amountBefore,
			@Nullable Integer amountAfter, @Nullable LocalDate endBefore, @Nullable LocalDate endAfter,
			@Nullable Long breachActionId, String recordedBy, Instant recordedAt) {

		static ChangeItem of(RequirementChange c) {
			return new ChangeItem(c.change().name(), c.changedOn(), c.reason(), c.amountBefore(), c.amountAfter(),
					c.endBefore(), c.endAfter(), c.breachActionId(), c.recordedBy(), c.recordedAt());
		}

	}

	/** A requirement; {@code progress} in its own measure, as every page shows it. */
	record RequirementView(long id, long sentenceId, String kind, String unit, @Nullable Integer amountOrdered,
			String status, LocalDate startDate, LocalDate endDate, String progress, List<ChangeItem> changes) {

		static RequirementView of(RequirementChanges.Changing c) {
			return new RequirementView(c.requirement().id(), c.sentence().id(), c.requirement().kind().name(),
					c.requirement().kind().unit().name(), c.requirement().amountOrdered(),
					c.requirement().status().name(), c.requirement().startDate(), c.requirement().endDate(),
					c.progress(), c.history().stream().map(ChangeItem::of).toList());
		}

	}

	@GetMapping("/api/v1/people/{crn}/requirements/{id}")
	@Operation(summary = "A requirement",
			description = "A requirement of one of the person's orders, with its progress in its own measure and the "
					+ "changes recorded to it")
	RequirementView requirement(@PathVariable String crn, @PathVariable String id) {
		return RequirementView.of(changes.reading(users.current(), crn(crn), id(id)));
	}

	record ChangeRequest(RequirementChange.@Nullable Kind change, @Nullable LocalDate on,
			@Positive(message = "must be a whole number of hours, days or sessions") @Nullable Integer newAmount,
			@Nullable LocalDate newEnd,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String reason) {
	}

	@PostMapping("/api/v1/people/{crn}/requirements/{id}/changes")
	@Operation(summary = "Record a change to a requirement",
			description = "COMPLETED (everything ordered delivered, or its end date reached), TERMINATED by the court "
					+ "(with the reason) or VARIED by the court (newAmount and/or newEnd, with the reason); 400 naming "
					+ "each field, 409 when it changed meanwhile")
	RequirementView change(@PathVariable String crn, @PathVariable String id, @RequestBody ChangeRequest body) {
		changes.changing(users.current(), crn(crn), id(id));
		ChangeRequest c = RequestBodies.checked(body);
		return RequirementView
			.of(changes.change(users.current(), crn(crn), id(id), new RequirementRules.Requested(c.change(), c.on(),
					c.newAmount(), c.newEnd(), RequestBodies.text(c.reason()))));
	}

	record AddRequest(@Nullable RequirementKind kind,
			@Positive(message = "must be a whole number of hours, days or sessions") @Nullable Integer amount,
			@Nullable LocalDate start, @Nullable LocalDate end,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String reason,
			@Positive(message = "must be a breach's id") @Nullable Long breachActionId) {
	}

	record Added(long id) {
	}

	@PostMapping("/api/v1/people/{crn}/sentences/{id}/requirements")
	@Operation(summary = "Add a requirement the court ordered",
			description = "Adds a requirement to a community order or suspended sentence order in force: on a breach "
					+ "decided with more onerous requirements (breachActionId) or on an application to amend the "
					+ "order; 400 naming each field")
	@ResponseStatus(HttpStatus.CREATED)
	Added add(@PathVariable String crn, @PathVariable String id, @RequestBody AddRequest body) {
		changes.adding(users.current(), crn(crn), id(id), null);
		AddRequest a = RequestBodies.checked(body);
		return new Added(changes.add(users.current(), crn(crn), id(id),
				new AddedRequirement(a.kind(), a.amount(), a.start(), a.end(), RequestBodies.text(a.reason())),
				a.breachActionId()));
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("That is not on this person's record.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
