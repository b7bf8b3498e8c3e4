package org.openprobation.interventions.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.Outcome;
import org.openprobation.interventions.Directory;
import org.openprobation.interventions.Need;
import org.openprobation.interventions.Referral;
import org.openprobation.interventions.ReferralStatus;
import org.openprobation.interventions.Referrals;
import org.openprobation.interventions.Service;
import org.openprobation.interventions.ServiceFigures;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.RequestFields;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interventions and referrals")
class InterventionsApi {

	private final Directory directory;

	private final Referrals referrals;

	private final Users users;

	InterventionsApi(Directory directory, Referrals referrals, Users users) {
		this.directory = directory;
		this.referrals = referrals;
		this.users = users;
	}

	record ServiceItem(long id, String name, String need, String deliverer, boolean accredited,
			@Nullable Integer sessions, String highestRosh, String gender, int pricePence, int capacity,
			int waitingWeeks, List<String> boroughs, int awaitingResponse, int onWaitingList, int underWay,
			@Nullable Integer completionRatePercent) {
	}

	record Created(long id) {
	}

	record ReferralItem(long id, long serviceId, String status, LocalDate sentOn, @Nullable LocalDate acceptedOn,
			@Nullable LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable Long requirementId, boolean rar,
			String reason, @Nullable String statusReason, @Nullable String outcome, int sessionsAttended, int version) {
	}

	@GetMapping("/api/v1/interventions")
	@Operation(summary = "The interventions directory of the user's provider, shortest wait first; "
			+ "filter by need and borough (id)")
	List<ServiceItem> directory(@RequestParam(required = false) @Nullable String need,
			@RequestParam(required = false) @Nullable String borough) {
		Need chosen = null;
		if (need != null && !need.isBlank()) {
			try {
				chosen = Need.valueOf(need);
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest(
						List.of(new FieldProblem("need", "must be one of " + RequestFields.names(Need.class))));
			}
		}
		Long boroughId = null;
		if (borough != null && !borough.isBlank()) {
			if (!borough.matches("\\d{1,18}")) {
				throw new BadRequest(List.of(new FieldProblem("borough", "must be a borough id")));
			}
			boroughId = Long.valueOf(borough);
		}
		List<Service> services = directory.search(users.current(), chosen, boroughId);
		var figures = referrals.figures(services.stream().map(Service::id).toList());
		return services.stream().map(s -> {
			ServiceFigures f = figures.getOrDefault(s.id(), ServiceFigures.none(s.id()));
			return new ServiceItem(s.id(), s.name(), s.need().name(), s.deliverer(), s.accredited(), s.sessions(),
					s.highestRosh(), s.gender(), s.pricePence(), s.capacity(), s.waitingWeeks(), s.boroughs(),
					f.awaitingResponse(), f.waiting(), f.started(), f.completionPercent());
		}).toList();
	}

	@PostMapping("/api/v1/people/{crn}/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Refer the person to a service; 400 when ineligible, 409 when a referral there is live")
	Created refer(@PathVariable String crn, @RequestBody(required = false) JsonNode body) {
		Crn person = crn(crn);
		referrals.personForReferral(users.current(), person);
		RequestFields fields = new RequestFields(body, Set.of("serviceId", "reason", "requirementId", "rar", "sentOn"));
		Integer service = fields.wholeNumber("serviceId", 1, Integer.MAX_VALUE, true);
		String reason = fields.text("reason", 2000, true);
		Integer requirement = fields.wholeNumber("requirementId", 1, Integer.MAX_VALUE, false);
		boolean rar = fields.flag("rar");
		LocalDate sentOn = fields.date("sentOn", false);
		fields.check();
		return new Created(referrals.refer(users.current(), person, new Referrals.NewReferral(service.longValue(),
				reason, requirement == null ? null : requirement.longValue(), rar, sentOn)));
	}

	@GetMapping("/api/v1/people/{crn}/referrals")
	@Operation(summary = "The person's referrals, newest first")
	List<ReferralItem> referrals(@PathVariable String crn) {
		Referrals.CaseReferrals found = referrals.ofCase(users.current(), crn(crn));
		return found.referrals().stream().map(r -> item(r, found.attended(r))).toList();
	}

	@PutMapping("/api/v1/referrals/{id}/status")
	@Operation(summary = "Move a referral on (ACCEPTED, REJECTED, STARTED, COMPLETED, WITHDRAWN) with the date; "
			+ "version must be the one read, else 409")
	ReferralItem move(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		long referralId = id(id);
		// who may change the case is answered before what is wrong with the request
		referrals.checkMayChange(users.current(), referralId);
		RequestFields fields = new RequestFields(body, Set.of("status", "on", "reason", "outcome", "version"));
		ReferralStatus status = fields.enumValue("status", ReferralStatus.class, true);
		LocalDate on = fields.date("on", true);
		String reason = fields.text("reason", 2000, false);
		String outcome = fields.text("outcome", 2000, false);
		Integer version = fields.wholeNumber("version", 0, Integer.MAX_VALUE, true);
		fields.check();
		Referral moved = referrals.move(users.current(), referralId, version, status, on, reason, outcome);
		return item(moved, referrals.referral(users.current(), referralId).sessionsAttended());
	}

	@PostMapping("/api/v1/referrals/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record (or book) a session of a started referral; answers the contact's id")
	Created session(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		long referralId = id(id);
		// who may change the case is answered before what is wrong with the request
		referrals.checkMayChange(users.current(), referralId);
		RequestFields fields = new RequestFields(body,
				Set.of("start", "end", "outcome", "reason", "evidence", "overrideReason"));
		LocalDateTime start = fields.dateTime("start");
		LocalDateTime end = fields.dateTime("end");
		Outcome outcome = fields.enumValue("outcome", Outcome.class, false);
		String reason = fields.text("reason", 2000, false);
		String evidence = fields.text("evidence", 2000, false);
		String override = fields.text("overrideReason", 1000, false);
		fields.check();
		Contact session = referrals.recordSession(users.current(), referralId,
				new Referrals.NewSession(start, end, outcome, reason, evidence, override));
		return new Created(session.id());
	}

	private static ReferralItem item(Referral r, int attended) {
		return new ReferralItem(r.id(), r.serviceId(), r.status().name(), r.sentOn(), r.acceptedOn(), r.startedOn(),
				r.endedOn(), r.requirementId(), r.rar(), r.reason(), r.statusReason(), r.outcome(), attended,
				r.version());
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such referral.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
