package org.openprobation.interventions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.openprobation.interventions.application.ReferralChanges;
import org.openprobation.shared.RequestBodies;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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

	private final ReferralChanges changes;

	InterventionsApi(Directory directory, Referrals referrals, Users users, ReferralChanges changes) {
		this.changes = changes;
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
	@Operation(summary = "The interventions directory",
			description = "The interventions directory of the user's provider, shortest wait first; "
					+ "filter by need and borough (id)")
	List<ServiceItem> directory(@RequestParam(required = false) @Nullable String need,
			@RequestParam(required = false) @Nullable String borough) {
		Need chosen = null;
		if (need != null && !need.isBlank()) {
			try {
				chosen = Need.valueOf(need);
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest(List.of(new FieldProblem("need",
						"must be one of " + org.openprobation.shared.EnumName.Check.names(Need.class))));
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

	record ReferralRequest(
			@NotNull(message = "is required: a service's id") @Positive(
					message = "must be a service's id") @Nullable Long serviceId,
			@NotBlank(message = "is required") @Size(max = 2000,
					message = "must be 2000 characters or fewer") @Nullable String reason,
			@Positive(message = "must be a requirement's id") @Nullable Long requirementId, @Nullable Boolean rar,
			@Nullable LocalDate sentOn) {
	}

	record StatusRequest(@NotNull(message = "is required: a referral status") @Nullable ReferralStatus status,
			@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate on,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String reason,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String outcome,
			@NotNull(message = "is required: the version read") @PositiveOrZero(
					message = "must be the version read") @Nullable Integer version) {
	}

	record SessionRequest(
			@NotNull(message = "is required: a date and time as YYYY-MM-DDTHH:MM") @Nullable LocalDateTime start,
			@NotNull(message = "is required: a date and time as YYYY-MM-DDTHH:MM") @Nullable LocalDateTime end,
			@Nullable Outcome outcome,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String reason,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String evidence,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String overrideReason) {
	}

	@PostMapping("/api/v1/people/{crn}/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Refer a person to a service",
			description = "Refer the person to a service; 400 when ineligible, 409 when a referral there is live")
	Created refer(@PathVariable String crn, @RequestBody ReferralRequest body) {
		Crn person = crn(crn);
		referrals.personForReferral(users.current(), person);
		ReferralRequest r = RequestBodies.checked(body);
		return new Created(changes.refer(users.current(), person, new Referrals.NewReferral(r.serviceId(),
				RequestBodies.text(r.reason()), r.requirementId(), Boolean.TRUE.equals(r.rar()), r.sentOn())));
	}

	@GetMapping("/api/v1/people/{crn}/referrals")
	@Operation(summary = "A person's referrals", description = "The person's referrals, newest first")
	List<ReferralItem> referrals(@PathVariable String crn) {
		Referrals.CaseReferrals found = referrals.ofCase(users.current(), crn(crn));
		return found.referrals().stream().map(r -> item(r, found.attended(r))).toList();
	}

	@PutMapping("/api/v1/referrals/{id}/status")
	@Operation(summary = "Move a referral on",
			description = "Move a referral on (ACCEPTED, REJECTED, STARTED, COMPLETED, WITHDRAWN) with the date; "
					+ "version must be the one read, else 409")
	ReferralItem move(@PathVariable String id, @RequestBody StatusRequest body) {
		long referralId = id(id);
		// who may change the case is answered before what is wrong with the request
		referrals.checkMayChange(users.current(), referralId);
		StatusRequest s = RequestBodies.checked(body);
		Referral moved = changes.move(users.current(), referralId, s.version(), s.status(), s.on(),
				RequestBodies.text(s.reason()), RequestBodies.text(s.outcome()));
		return item(moved, referrals.referral(users.current(), referralId).sessionsAttended());
	}

	@PostMapping("/api/v1/referrals/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a referral session",
			description = "Record (or book) a session of a started referral; answers the contact's id")
	Created session(@PathVariable String id, @RequestBody SessionRequest body) {
		long referralId = id(id);
		// who may change the case is answered before what is wrong with the request
		referrals.checkMayRecordSessions(users.current(), referralId);
		SessionRequest s = RequestBodies.checked(body);
		Contact session = changes.recordSession(users.current(), referralId,
				new Referrals.NewSession(s.start(), s.end(), s.outcome(), RequestBodies.text(s.reason()),
						RequestBodies.text(s.evidence()), RequestBodies.text(s.overrideReason())));
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
