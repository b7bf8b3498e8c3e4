package org.openprobation.workforce.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.organisation.OrganisationUnitView;
import org.openprobation.organisation.OrganisationUnits;
import org.openprobation.organisation.ProviderType;
import org.openprobation.organisation.UnitKind;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.RequestBodies;
import org.openprobation.workforce.OrganisationAdministration;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organisation")
class OrganisationUnitsApi {

	private final OrganisationAdministration administration;

	private final Users users;

	OrganisationUnitsApi(OrganisationAdministration administration, Users users) {
		this.administration = administration;
		this.users = users;
	}

	record ProviderRequest(@Size(max = 30, message = "must be 30 characters or fewer") @Nullable String code,
			@Nullable String name, @Nullable ProviderType type, @Nullable LocalDate openedOn) {
	}

	record AreaRequest(@Size(max = 30, message = "must be 30 characters or fewer") @Nullable String code,
			@Nullable String name, @Nullable String providerCode, @Nullable LocalDate openedOn) {
	}

	record BoroughRequest(@Size(max = 30, message = "must be 30 characters or fewer") @Nullable String code,
			@Nullable String name, @Nullable String areaCode, @Nullable Boolean innerLondon,
			@Nullable LocalDate openedOn) {
	}

	record OfficeRequest(@Size(max = 30, message = "must be 30 characters or fewer") @Nullable String code,
			@Nullable String name, @Nullable String boroughCode, @Nullable String address,
			@Nullable LocalDate openedOn) {
	}

	record TeamRequest(@Size(max = 30, message = "must be 30 characters or fewer") @Nullable String code,
			@Nullable String name, @Nullable String officeCode, @Nullable LocalDate openedOn) {
	}

	record UnitChangeRequest(@Nullable String name, @Nullable LocalDate closedOn, @Nullable Integer version) {
	}

	record UnitResponse(String kind, String code, String name, @Nullable String parentCode, @Nullable String type,
			@Nullable LocalDate openedOn, @Nullable LocalDate closedOn, int version) {
	}

	record UnitPage(List<UnitResponse> content, int page, int size, long totalElements) {
	}

	private static final String CREATES = " Administrators only. Answers 201 with the unit and its version; the code "
			+ "(2 to 30 letters, digits, - or _) is stored in capitals; openedOn defaults to today.";

	@PostMapping("/api/v1/organisation/providers")
	@Operation(summary = "Create a provider",
			description = "A provider: code, name and type (NPS_DIVISION, CRC or UNIFIED_REGION)." + CREATES)
	ResponseEntity<UnitResponse> provider(@RequestBody ProviderRequest body) {
		administration.checkMayAdminister(users.current());
		ProviderRequest r = RequestBodies.checked(body);
		return created(UnitKind.PROVIDER,
				new OrganisationUnits.NewUnit(r.code(), r.name(), null, r.type(), null, false, r.openedOn()));
	}

	@PostMapping("/api/v1/organisation/areas")
	@Operation(summary = "Create an area", description = "An area of a provider: code, name, providerCode." + CREATES)
	ResponseEntity<UnitResponse> area(@RequestBody AreaRequest body) {
		administration.checkMayAdminister(users.current());
		AreaRequest r = RequestBodies.checked(body);
		return created(UnitKind.AREA,
				new OrganisationUnits.NewUnit(r.code(), r.name(), r.providerCode(), null, null, false, r.openedOn()));
	}

	@PostMapping("/api/v1/organisation/boroughs")
	@Operation(summary = "Create a borough",
			description = "A borough (or local delivery unit) of an area: code, name, areaCode, optionally "
					+ "innerLondon." + CREATES)
	ResponseEntity<UnitResponse> borough(@RequestBody BoroughRequest body) {
		administration.checkMayAdminister(users.current());
		BoroughRequest r = RequestBodies.checked(body);
		return created(UnitKind.BOROUGH, new OrganisationUnits.NewUnit(r.code(), r.name(), r.areaCode(), null, null,
				Boolean.TRUE.equals(r.innerLondon()), r.openedOn()));
	}

	@PostMapping("/api/v1/organisation/offices")
	@Operation(summary = "Create an office",
			description = "An office in a borough: code, name, boroughCode, optionally its address." + CREATES)
	ResponseEntity<UnitResponse> office(@RequestBody OfficeRequest body) {
		administration.checkMayAdminister(users.current());
		OfficeRequest r = RequestBodies.checked(body);
		return created(UnitKind.OFFICE, new OrganisationUnits.NewUnit(r.code(), r.name(), r.boroughCode(), null,
				r.address(), false, r.openedOn()));
	}

	@PostMapping("/api/v1/organisation/teams")
	@Operation(summary = "Create a team", description = "A team at an office: code, name, officeCode." + CREATES)
	ResponseEntity<UnitResponse> team(@RequestBody TeamRequest body) {
		administration.checkMayAdminister(users.current());
		TeamRequest r = RequestBodies.checked(body);
		return created(UnitKind.TEAM,
				new OrganisationUnits.NewUnit(r.code(), r.name(), r.officeCode(), null, null, false, r.openedOn()));
	}

	@GetMapping("/api/v1/organisation/{kind}")
	@Operation(summary = "List a level of the organisation",
			description = "Providers, areas, boroughs, offices or teams in code order, 25 a page, open and closed; "
					+ "q matches code or name")
	UnitPage list(@PathVariable String kind, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "1") int page) {
		users.current();
		PageOf<OrganisationUnitView> units = administration.page(kind(kind), q == null ? "" : q.strip(), page);
		return new UnitPage(units.content().stream().map(OrganisationUnitsApi::response).toList(), units.page(),
				units.size(), units.totalElements());
	}

	@GetMapping("/api/v1/organisation/{kind}/{code}")
	@Operation(summary = "Read a unit of the organisation",
			description = "One provider, area, borough, office or team, with the version to send back with a change")
	UnitResponse read(@PathVariable String kind, @PathVariable String code) {
		users.current();
		return response(administration.unit(kind(kind), code));
	}

	@PatchMapping("/api/v1/organisation/{kind}/{code}")
	@Operation(summary = "Rename or close a unit",
			description = "Administrators only. Renames (name) or closes (closedOn, today or later) the version read, "
					+ "or 409 if it changed since; a unit closes only when its children are closed by then and, "
					+ "for a team, its staff moved. Nothing is deleted; the history is kept")
	UnitResponse change(@PathVariable String kind, @PathVariable String code, @RequestBody UnitChangeRequest body) {
		administration.checkMayAdminister(users.current());
		UnitKind unitKind = kind(kind);
		UnitChangeRequest r = RequestBodies.checked(body);
		return response(administration.change(users.current(), unitKind, code,
				new OrganisationUnits.UnitChange(r.name(), r.closedOn(), r.version())));
	}

	private ResponseEntity<UnitResponse> created(UnitKind kind, OrganisationUnits.NewUnit unit) {
		OrganisationUnitView created = administration.create(users.current(), kind, unit);
		return ResponseEntity.created(URI.create("/api/v1/organisation/" + kind.plural() + "/" + created.code()))
			.body(response(created));
	}

	private static UnitKind kind(String typed) {
		return UnitKind.fromPlural(typed)
			.orElseThrow(() -> new NotFound("The organisation has providers, areas, boroughs, offices and teams."));
	}

	private static UnitResponse response(OrganisationUnitView u) {
		return new UnitResponse(u.kind().plural(), u.code(), u.name(), u.parentCode(),
				u.type() == null ? null : u.type().name(), u.openedOn(), u.closedOn(), u.version());
	}

}
