package org.openprobation.allocation.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.openprobation.shared.RequestFields;
import tools.jackson.databind.JsonNode;

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

	private static final Set<String> SENTENCE_FIELDS = Set.of("convictionDate", "court", "offence", "offenceCategory",
			"offenceDate", "kind", "sentenceDate", "lengthMonths", "roshLevel", "mappaEligible", "courtAssessment",
			"safeguardingCheckDone", "domesticAbuseCheckDone", "team", "requirements");

	private final ProviderAllocations allocations;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	ProviderAllocationApi(ProviderAllocations allocations, Users users, org.openprobation.access.CaseGate gate) {
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
	@Operation(
			summary = "Record a new sentence passed at court; runs the configured NPS/CRC allocation rule and records its basis")
	SentenceRecorded recordSentence(@PathVariable String crn, @RequestBody(required = false) JsonNode body) {
		// who may change the case is answered before what is wrong with the request
		allocations.checkMayChange(users.current(), crn(crn), "record a new sentence");
		RequestFields fields = new RequestFields(body, SENTENCE_FIELDS);
		List<NewSentence.NewRequirement> requirements = new ArrayList<>();
		JsonNode listed = fields.node("requirements");
		if (listed != null && !listed.isArray()) {
			fields.problem("requirements", "must be a list of {\"kind\", \"amount\"}");
		}
		else if (listed != null) {
			for (JsonNode r : listed) {
				JsonNode kind = r.get("kind");
				RequirementKind requirementKind = kind == null ? null
						: fields.enumOf("requirements.kind", kind, RequirementKind.class);
				JsonNode amount = r.get("amount");
				if (requirementKind == null) {
					if (kind == null) {
						fields.problem("requirements.kind", "is required for each requirement");
					}
				}
				else if (amount != null && !amount.isNull() && !amount.isIntegralNumber()) {
					fields.problem("requirements." + requirementKind.name(), "must be a whole number");
				}
				else {
					requirements.add(new NewSentence.NewRequirement(requirementKind,
							amount == null || amount.isNull() ? null : amount.asInt()));
				}
			}
		}
		NewSentence sentence = new NewSentence(fields.date("convictionDate", true), fields.text("court", 200, true),
				fields.text("offence", 300, true), fields.enumValue("offenceCategory", OffenceCategory.class, true),
				fields.date("offenceDate", true), fields.enumValue("kind", SentenceKind.class, true),
				fields.date("sentenceDate", true), fields.wholeNumber("lengthMonths", 1, 600, true), requirements);
		String rosh = fields.text("roshLevel", 20, false);
		ProviderAllocations.Basis basis = new ProviderAllocations.Basis(rosh, fields.flag("mappaEligible"),
				fields.flag("courtAssessment"), fields.flag("safeguardingCheckDone"),
				fields.flag("domesticAbuseCheckDone"));
		String team = fields.text("team", 40, false);
		fields.check();
		ProviderAllocations.Recorded recorded = allocations.recordSentence(users.current(), crn(crn), sentence, basis,
				team);
		return new SentenceRecorded(recorded.crn(), recorded.sentenceId(), recorded.supervisor().name(),
				recorded.basis(), recorded.queuedInTeam(), recorded.transferRequestId(), recorded.keptWithOfficer());
	}

	@PostMapping("/api/v1/people/{crn}/releases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Record a release from custody onto licence; runs the NPS/CRC allocation rule and records its basis")
	SentenceRecorded recordRelease(@PathVariable String crn, @RequestBody(required = false) JsonNode body) {
		allocations.checkMayChange(users.current(), crn(crn), "record a release");
		RequestFields fields = new RequestFields(body, Set.of("releaseDate", "licenceEndDate", "roshLevel",
				"mappaEligible", "courtAssessment", "safeguardingCheckDone", "domesticAbuseCheckDone", "team"));
		LocalDate released = fields.date("releaseDate", true);
		LocalDate licenceEnds = fields.date("licenceEndDate", true);
		ProviderAllocations.Basis basis = new ProviderAllocations.Basis(fields.text("roshLevel", 20, false),
				fields.flag("mappaEligible"), fields.flag("courtAssessment"), fields.flag("safeguardingCheckDone"),
				fields.flag("domesticAbuseCheckDone"));
		String team = fields.text("team", 40, false);
		fields.check();
		ProviderAllocations.Recorded recorded = allocations.recordRelease(users.current(), crn(crn), released,
				licenceEnds, basis, team);
		return new SentenceRecorded(recorded.crn(), recorded.sentenceId(), recorded.supervisor().name(),
				recorded.basis(), recorded.queuedInTeam(), recorded.transferRequestId(), recorded.keptWithOfficer());
	}

	@PostMapping("/api/v1/people/{crn}/escalations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Escalate a CRC case whose risk of serious harm rose to high: the NPS decides within 5 working days")
	TransferItem escalate(@PathVariable String crn, @RequestBody(required = false) JsonNode body) {
		allocations.checkMayChange(users.current(), crn(crn), "escalate to the NPS");
		RequestFields fields = new RequestFields(body, Set.of("reasons"));
		String reasons = fields.text("reasons", 4000, false);
		fields.check();
		return item(allocations.escalate(users.current(), crn(crn), reasons));
	}

	@GetMapping("/api/v1/transfers")
	@Operation(summary = "Requests to the NPS (allocations and escalations): open ones first, with dates and durations")
	List<TransferItem> transfers() {
		return gate
			.list(users.current(), allocations.transfers(users.current()), t -> t.transfer().personId(),
					"VIEW_TRANSFERS", "Requests to the NPS (API)")
			.rows()
			.stream()
			.map(ProviderAllocationApi::item)
			.toList();
	}

	@PostMapping("/api/v1/transfers/{id}/decision")
	@Operation(summary = "Record the NPS's decision (ACCEPTED or REJECTED) with reasons; acceptance transfers the case")
	TransferItem decide(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		long requestId = id(id);
		// who may decide is answered before what is wrong with the request
		allocations.checkMayDecide(users.current(), requestId);
		RequestFields fields = new RequestFields(body, Set.of("decision", "reasons"));
		String decision = fields.text("decision", 20, false);
		String reasons = fields.text("reasons", 4000, false);
		fields.check();
		return item(allocations.decide(users.current(), requestId, decision, reasons));
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
		return Crn.parse(typed)
			.orElseThrow(() -> new NotFound("That is not a CRN: a CRN is one letter followed by six digits"));
	}

}
