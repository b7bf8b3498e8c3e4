package org.openprobation.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.organisation.OrganisationUnitView;
import org.openprobation.organisation.OrganisationUnits;
import org.openprobation.organisation.UnitHistoryEntry;
import org.openprobation.organisation.UnitKind;
import org.openprobation.shared.PageOf;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, rename and close providers, areas, boroughs, offices and teams;
 * everyone may read the organisation. Every change is audited.
 */
@Service
public class OrganisationAdministration {

	public static final String CREATE_UNIT = "CREATE_ORGANISATION_UNIT";

	public static final String CHANGE_UNIT = "CHANGE_ORGANISATION_UNIT";

	private final OrganisationUnits units;

	private final AuditLog audit;

	private final Clock clock;

	OrganisationAdministration(OrganisationUnits units, AuditLog audit, Clock clock) {
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public static boolean mayAdminister(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	public void checkMayAdminister(CurrentUser user) {
		if (!mayAdminister(user)) {
			throw new AccessDeniedException("Only an administrator changes the organisation.");
		}
	}

	public PageOf<OrganisationUnitView> page(UnitKind kind, String search, int page) {
		return units.page(kind, search, page);
	}

	public OrganisationUnitView unit(UnitKind kind, String code) {
		return units.unit(kind, code);
	}

	public List<UnitHistoryEntry> history(UnitKind kind, String code) {
		return units.history(kind, code);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	public OrganisationUnitView create(CurrentUser user, UnitKind kind, OrganisationUnits.NewUnit unit) {
		checkMayAdminister(user);
		OrganisationUnitView created = units.create(kind, unit, today(), user.username(), clock.instant());
		audit.record(user, CREATE_UNIT, null,
				kind.label() + " " + created.code() + " (" + created.name() + ")"
						+ (created.parentCode() == null ? "" : " in " + created.parentCode()) + " opened on "
						+ created.openedOn());
		return created;
	}

	@Transactional
	public OrganisationUnitView change(CurrentUser user, UnitKind kind, String code,
			OrganisationUnits.UnitChange change) {
		checkMayAdminister(user);
		OrganisationUnitView was = units.unit(kind, code);
		OrganisationUnitView now = units.change(kind, code, change, today(), user.username(), clock.instant());
		audit.record(user, CHANGE_UNIT, null, kind.label() + " " + now.code()
				+ (was.name().equals(now.name()) ? "" : " renamed from " + was.name() + " to " + now.name())
				+ (java.util.Objects.equals(was.closedOn(), now.closedOn()) ? "" : " closing on " + now.closedOn()));
		return now;
	}

}
