package org.openprobation.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.assessment.CountersignatureView;
import org.openprobation.assessment.RoshOversight;
import org.openprobation.assessment.application.AssessedCases;
import org.openprobation.assessment.application.RiskAssessments;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.RequestBodies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A manager's countersignature of a case's latest RoSH assessment. */
@RestController
@Tag(name = "Assessment")
class RoshCountersignatureApi {

	private final AssessedCases cases;

	private final RiskAssessments assessments;

	private final Users users;

	RoshCountersignatureApi(AssessedCases cases, RiskAssessments assessments, Users users) {
		this.cases = cases;
		this.assessments = assessments;
		this.users = users;
	}

	/** A manager's decision: reasons are required when returning it. */
	record CountersignatureRequest(
			@NotNull(message = "is required: COUNTERSIGNED or RETURNED") Countersigning.@Nullable Decision decision,
			@Size(max = 4000, message = "must be 4000 characters or fewer") @Nullable String reasons) {
	}

	record RoshCountersignature(long assessmentId, String overall, String author,
			CountersignatureView countersignature) {

		static RoshCountersignature of(RoshOversight o) {
			return new RoshCountersignature(o.rosh().id(), o.rosh().overall().name(), o.author(),
					CountersignatureView.of(o.state()));
		}

	}

	@PostMapping("/api/v1/people/{crn}/rosh-assessments/{id}/countersignature")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Countersign or return a RoSH assessment",
			description = "The case's team manager or area manager decides on its latest RoSH assessment: "
					+ "COUNTERSIGNED, or RETURNED to the officer with reasons (it is then on the officer's task list "
					+ "until they reassess). 400 when a newer assessment has replaced this one, or the manager wrote it")
	RoshCountersignature decide(@PathVariable String crn, @PathVariable String id,
			@RequestBody CountersignatureRequest body) {
		Crn person = Crn.inPath(crn);
		long assessment = assessmentId(id);
		// who may decide is answered before what is wrong with the request
		cases.forOversight(users.current(), person, "countersign the RoSH assessment");
		CountersignatureRequest request = RequestBodies.checked(body);
		return RoshCountersignature
			.of(assessments.decideRosh(users.current(), person, assessment, request.decision(), request.reasons()));
	}

	private static long assessmentId(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such assessment.");
		}
	}

}
