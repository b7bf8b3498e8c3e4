package org.openprobation.unpaidwork.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openprobation.unpaidwork.application.SessionOutcomes;
import org.openprobation.unpaidwork.application.SessionBookings;
import org.openprobation.shared.RequestBodies;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.Booking;
import org.openprobation.unpaidwork.UnpaidWork;
import org.openprobation.unpaidwork.UnpaidWorkSession;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Unpaid work")
class UnpaidWorkApi {

	private final UnpaidWork unpaidWork;

	private final Users users;

	private final java.time.Clock clock;

	private final SessionBookings bookings;

	private final SessionOutcomes outcomes;

	UnpaidWorkApi(UnpaidWork unpaidWork, Users users, java.time.Clock clock, SessionBookings bookings,
			SessionOutcomes outcomes) {
		this.outcomes = outcomes;
		this.bookings = bookings;
		this.clock = clock;
		this.unpaidWork = unpaidWork;
		this.users = users;
	}

	record SessionItem(long id, long projectId, String project, String projectType, String borough, LocalDateTime start,
			LocalDateTime end, int capacity, int booked, int placesLeft, boolean womenOnly,
			@Nullable String cancelledReason) {
	}

	record Created(long id) {
	}

	record BookingItem(long id, long sessionId, @Nullable String attendance, @Nullable LocalTime arrived,
			@Nullable LocalTime left, @Nullable Integer breakMinutes, int minutesCredited,
			@Nullable Integer travelPence) {
	}

	/**
	 * The projected completion is null (and present) when no hours were worked lately.
	 */
	record Progress(double hoursOrdered, double hoursCompleted, double hoursRemaining,
			@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) @Nullable LocalDate projectedCompletion,
			LocalDate deadline, boolean onTrack, boolean pastDeadline) {
	}

	@GetMapping("/api/v1/unpaid-work/sessions")
	@Operation(summary = "Unpaid work sessions",
			description = "Sessions between two days (at most 31), in a borough (id) when given, with places booked")
	List<SessionItem> sessions(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String borough) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate start = day(from, "from", LocalDate.now(clock), problems);
		LocalDate end = day(to, "to", start == null ? LocalDate.now(clock) : start.plusDays(6), problems);
		Long boroughId = null;
		if (borough != null && !borough.isBlank()) {
			if (borough.matches("\\d{1,18}")) {
				boroughId = Long.valueOf(borough);
			}
			else {
				problems.add(new FieldProblem("borough", "must be a borough id"));
			}
		}
		if (start != null && end != null && (end.isBefore(start) || end.isAfter(start.plusDays(31)))) {
			problems.add(new FieldProblem("to", "must be on or after from, and at most 31 days after it"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		return unpaidWork.sessions(users.current(), start, end, boroughId).stream().map(UnpaidWorkApi::item).toList();
	}

	record PersonRequest(@NotBlank(message = "is required: a CRN") @Pattern(regexp = "\\s*[A-Za-z]\\d{6}\\s*",
			message = "must be a CRN: a letter and six digits") @Nullable String crn) {

		Crn person() {
			return Crn.parse(crn).orElseThrow();
		}

	}

	record AttendanceRequest(
			@NotBlank(message = "is required: a CRN") @Pattern(regexp = "\\s*[A-Za-z]\\d{6}\\s*",
					message = "must be a CRN: a letter and six digits") @Nullable String crn,
			@NotBlank(message = "is required: ATTENDED, ACCEPTABLE_ABSENCE, UNACCEPTABLE_ABSENCE or STOOD_DOWN") @Size(
					max = 40, message = "must be 40 characters or fewer") @Nullable String attendance,
			@Nullable LocalTime arrived, @Nullable LocalTime left,
			@Min(value = 0, message = "must be a whole number from 0 to 600") @Max(value = 600,
					message = "must be a whole number from 0 to 600") @Nullable Integer breakMinutes,
			@Min(value = 0, message = "must be a whole number from 0 to 10000") @Max(value = 10_000,
					message = "must be a whole number from 0 to 10000") @Nullable Integer travelPence,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String reason,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String evidence) {
	}

	record InductionRequest(@NotNull(message = "is required: a date as YYYY-MM-DD") @Nullable LocalDate on) {
	}

	@PostMapping("/api/v1/unpaid-work/sessions/{id}/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book a person on a session",
			description = "Book a person on a session; 409 with the reason when it is full or clashes")
	Created book(@PathVariable String id, @RequestBody PersonRequest body) {
		UnpaidWork.requireMayAct(users.current());
		return new Created(bookings.book(users.current(), id(id), RequestBodies.checked(body).person()));
	}

	@PostMapping("/api/v1/unpaid-work/sessions/{id}/waiting-list")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Join a session's waiting list", description = "Put a person on a session's waiting list")
	void waitingList(@PathVariable String id, @RequestBody PersonRequest body) {
		UnpaidWork.requireMayAct(users.current());
		bookings.joinWaitingList(users.current(), id(id), RequestBodies.checked(body).person());
	}

	@PostMapping("/api/v1/unpaid-work/sessions/{id}/attendance")
	@Operation(summary = "Record attendance at a session",
			description = "Record a booked person's attendance once: ATTENDED (arrived, left, breakMinutes), "
					+ "ACCEPTABLE_ABSENCE (reason, evidence), UNACCEPTABLE_ABSENCE or STOOD_DOWN (reason); travelPence")
	BookingItem attendance(@PathVariable String id, @RequestBody AttendanceRequest body) {
		UnpaidWork.requireMayAct(users.current());
		Crn crn = body == null ? null : Crn.parse(body.crn()).orElse(null);
		if (crn != null) {
			// who may record for the person is answered before what is wrong with the
			// rest
			unpaidWork.checkMayRun(users.current(), crn, "record unpaid work attendance");
		}
		AttendanceRequest a = RequestBodies.checked(body);
		Booking booking = outcomes.recordAttendance(users.current(), id(id), crn,
				new UnpaidWork.Attendance(RequestBodies.text(a.attendance()), a.arrived(), a.left(), a.breakMinutes(),
						a.travelPence(), RequestBodies.text(a.reason()), RequestBodies.text(a.evidence())));
		return new BookingItem(booking.id(), booking.sessionId(),
				booking.attendance() == null ? null : booking.attendance().name(), booking.arrived(), booking.left(),
				booking.breakMinutes(), booking.minutesCredited(), booking.travelPence());
	}

	@PostMapping("/api/v1/people/{crn}/unpaid-work/induction")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the unpaid work induction",
			description = "Record the unpaid work induction (on: YYYY-MM-DD, not in the future); 409 if recorded")
	void induction(@PathVariable String crn, @RequestBody InductionRequest body) {
		// who may run the case's unpaid work is answered before what is wrong with the
		// request
		unpaidWork.checkMayRun(users.current(),
				Crn.parse(crn).orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn)),
				"record an unpaid work induction");
		LocalDate on = RequestBodies.checked(body).on();
		bookings.recordInduction(users.current(),
				Crn.parse(crn).orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn)), on);
	}

	@GetMapping("/api/v1/people/{crn}/unpaid-work")
	@Operation(summary = "A person's unpaid work hours",
			description = "Hours ordered, completed and remaining, the 12-month deadline and the projected completion; "
					+ "pastDeadline when the 12 months have passed with hours to work (the order stays in force and "
					+ "sessions can still be booked)")
	Progress progress(@PathVariable String crn) {
		UnpaidWork.Progress p = unpaidWork.progress(users.current(),
				Crn.parse(crn).orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn)));
		return new Progress(p.hoursOrdered(), p.hoursCompleted(), p.hoursRemaining(), p.projectedCompletion(),
				p.deadline(), p.onTrack(), p.pastDeadline());
	}

	private static SessionItem item(UnpaidWorkSession s) {
		return new SessionItem(s.id(), s.projectId(), s.project(), s.projectType(), s.borough(), s.start(), s.end(),
				s.capacity(), s.booked(), s.placesLeft(), s.womenOnly(), s.cancelledReason());
	}

	private static @Nullable LocalDate day(@Nullable String typed, String field, LocalDate fallback,
			List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a real date as YYYY-MM-DD"));
			return null;
		}
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such unpaid work session.");
		}
	}

}
