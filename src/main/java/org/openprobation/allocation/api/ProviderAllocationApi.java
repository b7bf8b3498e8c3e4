package org.openprobation.allocation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import org.openprobation.allocation.application.NpsTransfers;
import org.openprobation.allocation.application.SentenceAllocations;
import org.openprobation.shared.RequestBodies;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.allocation.ProviderAllocations;
import org.openprobation.sentences.NewSentence;
import org.openprobation.sentences.OffenceCategory;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation between providers")
class ProviderAllocationApi {

	record RequirementRequest(@NotNull(message = "is required for each requirement") @Nullable RequirementKind kind,
			@Nullable Integer amount) {
	}

	record SentenceRequest(@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate convictionDate,
			@NotBlank(message = "is required") @Size(max = 200,
					message = "must be 200 characters or fewer") @Nullable String court,
			@NotBlank(message = "is required") @Size(max = 300,
					message = "must be 300 characters or fewer") @Nullable String offence,
			@NotNull(message = "is required: an offence category") @Nullable OffenceCategory offenceCategory,
			@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate offenceDate,
			@NotNull(message = "is required: a sentence kind") @Nullable SentenceKind kind,
			@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate sentenceDate,
			@NotNull(message = "is required: a whole number") @Min(value = 1,
					message = "must be a whole number from 1 to 600") @Max(value = 600,
							message = "must be a whole number from 1 to 600") @Nullable Integer lengthMonths,
			@Size(max = 20, message = "must be 20 characters or fewer") @Nullable String roshLevel,
			@Nullable Boolean mappaEligible, @Nullable Boolean courtAssessment, @Nullable Boolean safeguardingCheckDone,
			@Nullable Boolean domesticAbuseCheckDone,
			@Size(max = 40, message = "must be 40 characters or fewer") @Nullable String team,
			@Nullable List<@Valid @NotNull(message = "must be a requirement") RequirementRequest> requirements) {

		ProviderAllocations.Basis basis() {
			return new ProviderAllocations.Basis(RequestBodies.text(roshLevel), Boolean.TRUE.equals(mappaEligible),
					Boolean.TRUE.equals(courtAssessment), Boolean.TRUE.equals(safeguardingCheckDone),
					Boolean.TRUE.equals(domesticAbuseCheckDone));
		}

	}

	record ReleaseRequest(@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate releaseDate,
			@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate licenceEndDate,
			@Size(max = 20, message = "must be 20 characters or fewer") @Nullable String roshLevel,
			@Nullable Boolean mappaEligible, @Nullable Boolean courtAssessment, @Nullable Boolean safeguardingCheckDone,
			@Nullable Boolean domesticAbuseCheckDone,
			@Size(max = 40, message = "must be 40 characters or fewer") @Nullable String team) {

		ProviderAllocations.Basis basis() {
			return new ProviderAllocations.Basis(RequestBodies.text(roshLevel), Boolean.TRUE.equals(mappaEligible),
					Boolean.TRUE.equals(courtAssessment), Boolean.TRUE.equals(safeguardingCheckDone),
					Boolean.TRUE.equals(domesticAbuseCheckDone));
		}

	}

	record EscalationRequest(@Size(max = 4000, message = "must be 4000 characters or fewer") @Nullable String reasons) {
	}

	record DecisionRequest(@Size(max = 20, message = "must be ACCEPTED or REJECTED") @Nullable String decision,
			@Size(max = 4000, message = "must be 4000 characters or fewer") @Nullable String reasons) {
	}

	private final ProviderAllocations allocations;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	private final SentenceAllocations intake;

	private final NpsTransfers transfers;

	ProviderAllocationApi(ProviderAllocations allocations, Users users, org.openprobation.access.CaseGate gate,
			SentenceAllocations intake, NpsTransfers transfers) {
		this.transfers = transfers;
		this.intake = intake;
		this.gate = gate;
		this.allocations = allocations;
		this.users = users;
	}

	record SentenceRecorded(String crn, long sentenceId, String allocatedTo, String basis,
			@Nullable String queuedInTeam, @Nullable Long transferRequestId, @Nullable String responsibleOfficer) {
	}

	record TransferItem(long id, String crn, String name, String kind, String reasons, @Nullable String roshLevel,
			LocalDate requestedOn, LocalDate decisionDueOn, @Nullable String decision, @Nullable String decisionReasons,
			@Nullable LocalDate decidedOn, @Nullable LocalDate transferredOn, @Nullable Integer workingDaysToDecision,
			boolean overdue) {
	}

	@PostMapping("/api/v1/people/{crn}/sentences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a sentence",
			description = "Record a new sentence passed at court; runs the configured NPS/CRC allocation rule and records its basis")
	SentenceRecorded recordSentence(@PathVariable String crn, @RequestBody SentenceRequest body) {
		// who may change the case is answered before what is wrong with the request
		allocations.checkMayChange(users.current(), crn(crn), "record a new sentence");
		SentenceRequest r = RequestBodies.checked(body);
		List<NewSentence.NewRequirement> requirements = r.requirements() == null ? List.of()
				: r.requirements().stream().map(q -> new NewSentence.NewRequirement(q.kind(), q.amount())).toList();
		NewSentence sentence = new NewSentence(r.convictionDate(), RequestBodies.text(r.court()),
				RequestBodies.text(r.offence()), r.offenceCategory(), r.offenceDate(), r.kind(), r.sentenceDate(),
				r.lengthMonths(), requirements);
		ProviderAllocations.Recorded recorded = intake.recordSentence(users.current(), crn(crn), sentence, r.basis(),
				RequestBodies.text(r.team()));
		return new SentenceRecorded(recorded.crn(), recorded.sentenceId(), recorded.supervisor().name(),
				recorded.basis(), recorded.queuedInTeam(), recorded.transferRequestId(), recorded.keptWithOfficer());
	}

	@PostMapping("/api/v1/people/{crn}/releases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a release onto licence",
			description = "Record a release from custody onto licence; runs the NPS/CRC allocation rule and records its basis")
	SentenceRecorded recordRelease(@PathVariable String crn, @RequestBody ReleaseRequest body) {
		allocations.checkMayChange(users.current(), crn(crn), "record a release");
		ReleaseRequest r = RequestBodies.checked(body);
		ProviderAllocations.Recorded recorded = intake.recordRelease(users.current(), crn(crn), r.releaseDate(),
				r.licenceEndDate(), r.basis(), RequestBodies.text(r.team()));
		return new SentenceRecorded(recorded.crn(), recorded.sentenceId(), recorded.supervisor().name(),
				recorded.basis(), recorded.queuedInTeam(), recorded.transferRequestId(), recorded.keptWithOfficer());
	}

	@PostMapping("/api/v1/people/{crn}/escalations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Escalate a case to the NPS",
			description = "Escalate a CRC case whose risk of serious harm rose to high: the NPS decides within 5 working days")
	TransferItem escalate(@PathVariable String crn, @RequestBody EscalationRequest body) {
		allocations.checkMayChange(users.current(), crn(crn), "escalate to the NPS");
		return item(transfers.escalate(users.current(), crn(crn),
				RequestBodies.text(RequestBodies.checked(body).reasons())));
	}

	@GetMapping("/api/v1/transfers")
	@Operation(summary = "Requests to the NPS",
			description = "Requests to the NPS (allocations and escalations): open ones first, with dates and durations")
	List<TransferItem> transfers() {
		return gate
			.list(users.current(), transfers.transfers(users.current()), t -> t.transfer().personId(), "VIEW_TRANSFERS",
					"Requests to the NPS (API)")
			.rows()
			.stream()
			.map(ProviderAllocationApi::item)
			.toList();
	}

	@PostMapping("/api/v1/transfers/{id}/decision")
	@Operation(summary = "Record the NPS's decision",
			description = "Record the NPS's decision (ACCEPTED or REJECTED) with reasons; acceptance transfers the case")
	TransferItem decide(@PathVariable String id, @RequestBody DecisionRequest body) {
		long requestId = id(id);
		// who may decide is answered before what is wrong with the request
		transfers.checkMayDecide(users.current(), requestId);
		DecisionRequest d = RequestBodies.checked(body);
		return item(transfers.decide(users.current(), requestId, RequestBodies.text(d.decision()),
				RequestBodies.text(d.reasons())));
	}

	private static TransferItem item(ProviderAllocations.TransferView v) {
		var t = v.transfer();
		return new TransferItem(t.id(), v.crn(), v.personName(), t.kind().name(), t.reasons(), t.roshLevel(),
				t.requestedOn(), t.decisionDueOn(), t.decision() == null ? null : t.decision().name(),
				t.decisionReasons(), t.decidedOn(), t.transferredOn(), v.workingDaysToDecision(), v.overdue());
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such request.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
