package org.openprobation.shell.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openprobation.access.Users;
import org.openprobation.shell.OrganisationSummary;
import org.openprobation.shell.OrganisationViews;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organisation")
class OrganisationApi {

	private final OrganisationViews views;

	private final Users users;

	OrganisationApi(OrganisationViews views, Users users) {
		this.views = views;
		this.users = users;
	}

	@GetMapping("/api/v1/organisation/summary")
	@Operation(
			summary = "How big the organisation is: the user's provider, or all providers for inspectors and administrators")
	OrganisationSummary summary() {
		return views.summary(users.current());
	}

}
