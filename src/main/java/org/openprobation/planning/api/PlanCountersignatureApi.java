package org.openprobation.planning.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.CountersignatureView;
import org.openprobation.assessment.RoshOversight;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.planning.PlannedCase;
import org.openprobation.planning.Plans;
import org.openprobation.planning.SentencePlan;
import org.openprobation.planning.application.PlannedCases;
import org.openprobation.shared.Crn;
import org.openprobation.shared.RequestBodies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management oversight of a case through the API: where its RoSH assessment and sentence
 * plan stand, and a manager's countersignature of the plan.
 */
@RestController
@Tag(name = "Assessment")
class PlanCountersignatureApi {

	private final PlannedCases cases;

	private final Plans plans;

	private final Assessments assessments;

	private final Users users;

	PlanCountersignatureApi(PlannedCases cases, Plans plans, Assessments assessments, Users users) {
		this.cases = cases;
		this.plans = plans;
		this.assessments = assessments;
		this.users = users;
	}

	record RoshItem(long assessmentId, LocalDate assessedOn, String overall, String author,
			CountersignatureView countersignature) {
	}

	record PlanItem(int version, LocalDate changedOn, @Nullable String changedBy, int objectives,
			CountersignatureView countersignature) {
	}

	/** Each is absent when the case has no RoSH assessment, or no plan. */
	record Countersignatures(@Nullable RoshItem rosh, @Nullable PlanItem plan) {
	}

	/** A manager's decision on the plan at the version they read. */
	record PlanCountersignatureRequest(
			@NotNull(message = "is required: the version of the plan you read") @Nullable Integer version,
			@NotNull(message = "is required: COUNTERSIGNED or RETURNED") Countersigning.@Nullable Decision decision,
			@Size(max = 4000, message = "must be 4000 characters or fewer") @Nullable String reasons) {
	}

	@GetMapping("/api/v1/people/{crn}/countersignatures")
	@Operation(summary = "Management oversight of a case",
			description = "Whether the latest RoSH assessment and the sentence plan are countersigned, returned to the "
					+ "officer (with the reasons), awaiting countersignature (and by when) or not needing it")
	Countersignatures read(@PathVariable String crn) {
		return answer(cases.read(users.current(), Crn.inPath(crn), "management oversight"));
	}

	@PostMapping("/api/v1/people/{crn}/sentence-plan/countersignature")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Countersign or return a sentence plan",
			description = "The case's team manager or area manager decides on the plan as it stood at the version "
					+ "they read: COUNTERSIGNED, or RETURNED with reasons (on the officer's task list until the plan "
					+ "changes). 400 when the plan has changed since, or the manager last changed it")
	Countersignatures decide(@PathVariable String crn, @RequestBody PlanCountersignatureRequest body) {
		Crn person = Crn.inPath(crn);
		// who may decide is answered before what is wrong with the request
		PlannedCase overseen = cases.forOversight(users.current(), person, "countersign the sentence plan");
		PlanCountersignatureRequest request = RequestBodies.checked(body);
		plans.decide(overseen.checked(), request.version() == null ? -1 : request.version(), request.decision(),
				request.reasons());
		return answer(cases.read(users.current(), person, "management oversight"));
	}

	private Countersignatures answer(PlannedCase planned) {
		long personId = planned.person().id();
		RoshOversight rosh = assessments.roshOversight(List.of(personId)).get(personId);
		SentencePlan.Head head = planned.plan().plan();
		return new Countersignatures(
				rosh == null ? null
						: new RoshItem(rosh.rosh().id(), rosh.rosh().assessedOn(), rosh.rosh().overall().name(),
								rosh.author(), CountersignatureView.of(rosh.state())),
				head == null ? null : new PlanItem(head.version(), head.changedOn(), head.changedBy(),
						head.objectiveCount(), CountersignatureView.of(planned.plan().countersignature())));
	}

}
