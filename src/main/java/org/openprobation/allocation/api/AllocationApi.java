package org.openprobation.allocation.api;

import org.openprobation.allocation.application.PractitionerAllocations;
import org.openprobation.shared.RequestBodies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.allocation.Allocations;
import org.openprobation.allocation.domain.PractitionerRecommendation;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation")
class AllocationApi {

	private final Allocations allocations;

	private final Organisation organisation;

	private final Users users;

	private final PractitionerAllocations practitionerAllocations;

	AllocationApi(Allocations allocations, Organisation organisation, Users users,
			PractitionerAllocations practitionerAllocations) {
		this.practitionerAllocations = practitionerAllocations;
		this.allocations = allocations;
		this.organisation = organisation;
		this.users = users;
	}

	record WaitingItem(long id, String crn, String name, String reason, LocalDate waitingSince, long daysWaiting,
			@Nullable String sentenceKind, @Nullable String tier) {
	}

	/** {@code hidden}: waiting cases left out because the user may not see them. */
	record QueueResponse(String team, List<WaitingItem> cases, int hidden) {
	}

	record RankedItem(int rank, String staffCode, String name, String grade, boolean continuity, boolean localOffice,
			@Nullable BigDecimal capacityNow, @Nullable BigDecimal capacityAfter, List<String> warnings) {
	}

	record ExcludedItem(String staffCode, String name, List<String> reasons) {
	}

	record RecommendationResponse(String crn, @Nullable String tier, @Nullable String roshLevel, int casePoints,
			List<RankedItem> recommended, List<ExcludedItem> excluded) {
	}

	/**
	 * {@code confirmReason}: needed when the practitioner would be over capacity, or the
	 * case is flagged and has no RoSH assessment.
	 */
	record AllocationRequest(@Nullable String staffCode, @Nullable String overrideReason,
			@Nullable String confirmReason) {
	}

	record ReallocationRequest(@Nullable String staffCode, @Nullable String reason, @Nullable String details,
			@Nullable String overrideReason, @Nullable String confirmReason) {
	}

	record AllocationResponse(String crn, String staffCode, String officer, @Nullable BigDecimal capacityAfter,
			boolean overridden) {
	}

	@GetMapping("/api/v1/teams/{code}/allocations")
	@Operation(summary = "A team's allocation queue",
			description = "The team's cases waiting for a responsible officer, longest-waiting first")
	QueueResponse queue(@PathVariable String code) {
		Allocations.Queue queue = allocations.queueOf(users.current(), team(code));
		return new QueueResponse(queue.team().code(),
				queue.cases()
					.stream()
					.map(c -> new WaitingItem(c.id(), c.person().crn(), c.person().name(), c.reason().name(),
							c.waitingSince(), c.daysWaiting(), c.kind() == null ? null : c.kind().name(), c.tier()))
					.toList(),
				queue.hidden());
	}

	@GetMapping("/api/v1/teams/{code}/allocations/{id}")
	@Operation(summary = "Recommend an officer for a waiting case",
			description = "The recommendation for allocating a waiting case: ranked practitioners and exclusions with reasons")
	RecommendationResponse recommendation(@PathVariable String code, @PathVariable String id) {
		Team team = team(code);
		return response(practitionerAllocations.proposal(users.current(), team, waitingId(id)));
	}

	@PostMapping("/api/v1/teams/{code}/allocations/{id}")
	@Operation(summary = "Allocate a waiting case",
			description = "Allocate a waiting case; choosing anyone but the first recommendation needs overrideReason, "
					+ "and a practitioner over capacity or a flagged case without a RoSH assessment needs confirmReason")
	AllocationResponse allocate(@PathVariable String code, @PathVariable String id,
			@RequestBody AllocationRequest request) {
		Team team = team(code);
		// who may allocate is answered before what is wrong with the request
		practitionerAllocations.checkMayAllocate(users.current(), team, waitingId(id));
		AllocationRequest checked = RequestBodies.checked(request);
		return response(practitionerAllocations.allocate(users.current(), team, waitingId(id), checked.staffCode(),
				checked.overrideReason(), checked.confirmReason()));
	}

	@GetMapping("/api/v1/people/{crn}/reallocation")
	@Operation(summary = "Recommend an officer for reallocation",
			description = "The recommendation for reallocating a case within its officer's team")
	RecommendationResponse reallocation(@PathVariable String crn) {
		return response(practitionerAllocations.reallocationProposal(users.current(), crn(crn)));
	}

	@PostMapping("/api/v1/people/{crn}/reallocation")
	@Operation(summary = "Reallocate a case",
			description = "Reallocate a case: reason LEAVING, SICKNESS, RISK_CHANGE or REQUEST")
	AllocationResponse reallocate(@PathVariable String crn, @RequestBody ReallocationRequest request) {
		practitionerAllocations.checkMayReallocate(users.current(), crn(crn));
		ReallocationRequest checked = RequestBodies.checked(request);
		return response(practitionerAllocations.reallocate(users.current(), crn(crn), checked.staffCode(),
				checked.reason(), checked.details(), checked.overrideReason(), checked.confirmReason()));
	}

	private static RecommendationResponse response(Allocations.Proposal proposal) {
		PractitionerRecommendation.Result result = proposal.recommendation();
		return new RecommendationResponse(proposal.person().crn(), proposal.tier(), proposal.roshLevel(),
				proposal.casePoints(),
				result.ranked()
					.stream()
					.map(r -> new RankedItem(r.rank(), r.candidate().code(), r.candidate().name(),
							r.candidate().probationServicesOfficer() ? "PROBATION_SERVICES_OFFICER"
									: "PROBATION_OFFICER",
							r.continuity(), r.candidate().officeServesBorough(), r.capacityNow(), r.capacityAfter(),
							r.warnings()))
					.toList(),
				result.excluded()
					.stream()
					.map(e -> new ExcludedItem(e.candidate().code(), e.candidate().name(), e.reasons()))
					.toList());
	}

	private static AllocationResponse response(Allocations.Allocated done) {
		return new AllocationResponse(done.crn(), done.officer().code(), done.officer().name(), done.capacityAfter(),
				done.overridden());
	}

	private static long waitingId(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such case in the allocation queue.");
		}
	}

	private Team team(String code) {
		return organisation.team(code).orElseThrow(() -> new NotFound("No team has the code " + code));
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
