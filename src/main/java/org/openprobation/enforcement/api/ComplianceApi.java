package org.openprobation.enforcement.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts and appointments")
class ComplianceApi {

	private final Appointments appointments;

	private final Enforcement enforcement;

	private final Users users;

	ComplianceApi(Appointments appointments, Enforcement enforcement, Users users) {
		this.appointments = appointments;
		this.enforcement = enforcement;
		this.users = users;
	}

	record ComplianceResponse(int enforceableFailuresLast12Months, int warningsLast12Months, boolean breachRequired,
			@Nullable LocalDate nextContactDue, boolean overdue, @Nullable String standing, int rarDaysUsed,
			int rarDaysOrdered) {
	}

	@GetMapping("/api/v1/people/{crn}/compliance")
	@Operation(summary = "A person's compliance",
			description = "Enforceable failures and warnings in the last 12 months, whether breach is required, the next contact due and RAR days")
	ComplianceResponse compliance(@PathVariable String crn) {
		Crn parsed = Crn.parse(crn)
			.orElseThrow(() -> new NotFound("That is not a CRN: a CRN is one letter followed by six digits"));
		// reading the compliance checks access (and audits the read) first
		Appointments.Compliance c = appointments.compliance(users.current(), parsed);
		Enforcement.Summary e = enforcement.summaryOfReadableCase(parsed);
		return new ComplianceResponse(c.enforceableFailuresLast12Months(), e.warningsLast12Months(), e.breachRequired(),
				c.nextContactDue(), c.overdue(), c.standingStatus(), c.rarDaysUsed(), c.rarDaysOrdered());
	}

}
