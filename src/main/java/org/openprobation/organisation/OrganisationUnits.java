package org.openprobation.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.domain.UnitRules;
import org.openprobation.organisation.persistence.OrganisationUnitRepository;
import org.openprobation.organisation.persistence.OrganisationUnitRepository.Unit;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.PageOf;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, renames and closes providers, areas, boroughs, offices and teams, keeping the
 * history of each. Who may, and the audit, are the caller's: this module knows nothing of
 * users.
 */
@Service
public class OrganisationUnits {

	public static final int PAGE_SIZE = 25;

	private final OrganisationUnitRepository repository;

	OrganisationUnits(OrganisationUnitRepository repository) {
		this.repository = repository;
	}

	/** A unit to create, as typed; which fields count depends on the kind. */
	public record NewUnit(@Nullable String code, @Nullable String name, @Nullable String parentCode,
			@Nullable ProviderType type, @Nullable String address, boolean innerLondon, @Nullable LocalDate openedOn) {
	}

	/** A change: a new name, a closing date, or both; null leaves it as it is. */
	public record UnitChange(@Nullable String name, @Nullable LocalDate closedOn, @Nullable Integer version) {
	}

	@Transactional(readOnly = true)
	public PageOf<OrganisationUnitView> page(UnitKind kind, String search, int page) {
		long total = repository.count(kind, search);
		int shown = PageOf.shownPage(page, total, PAGE_SIZE);
		return new PageOf<>(repository.page(kind, search, PAGE_SIZE, (long) (shown - 1) * PAGE_SIZE)
			.stream()
			.map(Unit::view)
			.toList(), shown, PAGE_SIZE, total);
	}

	@Transactional(readOnly = true)
	public OrganisationUnitView unit(UnitKind kind, String code) {
		return find(kind, code).view();
	}

	@Transactional(readOnly = true)
	public List<UnitHistoryEntry> history(UnitKind kind, String code) {
		return repository.history(kind, find(kind, code).id());
	}

	@Transactional
	public OrganisationUnitView create(UnitKind kind, NewUnit typed, LocalDate today, String by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = typed.code() == null ? "" : UnitRules.code(typed.code());
		if (code.isEmpty()) {
			problems.add(new FieldProblem("code", "Enter a code"));
		}
		else {
			UnitRules.codeProblem(code).ifPresent(p -> problems.add(new FieldProblem("code", p)));
			if (problems.isEmpty() && repository.codeTaken(kind, code)) {
				problems.add(new FieldProblem("code", "There is already " + article(kind) + " with code " + code));
			}
		}
		UnitRules.nameProblem(typed.name()).ifPresent(p -> problems.add(new FieldProblem("name", p)));
		LocalDate openedOn = typed.openedOn() == null ? today : typed.openedOn();
		Long parentId = null;
		UnitKind parentKind = kind.parent();
		if (parentKind == null) {
			if (typed.type() == null) {
				problems.add(new FieldProblem("type", "Choose the type: NPS_DIVISION, CRC or UNIFIED_REGION"));
			}
		}
		else {
			String field = parentKind.table() + "Code";
			String parentCode = typed.parentCode() == null ? "" : UnitRules.code(typed.parentCode());
			boolean wellFormed = UnitRules.codeProblem(parentCode).isEmpty();
			Optional<Unit> parent = parentCode.isEmpty() || !wellFormed ? Optional.empty()
					: repository.find(parentKind, parentCode);
			if (parentCode.isEmpty()) {
				problems.add(new FieldProblem(field, "Enter the code of its " + parentKind.table()));
			}
			else if (parent.isEmpty()) {
				problems.add(new FieldProblem(field, "There is no " + parentKind.table() + " with code " + parentCode));
			}
			else {
				UnitRules.parentProblem(parent.get().view(), openedOn)
					.ifPresent(p -> problems.add(new FieldProblem(field, p)));
				parentId = parent.get().id();
			}
		}
		if (typed.address() != null && typed.address().chars().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem("address", "Enter an address without control characters"));
		}
		else if (typed.address() != null && typed.address().length() > 300) {
			problems.add(new FieldProblem("address", "Enter an address of 300 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		String name = typed.name().strip();
		long id = repository.insert(kind, code, name, parentId, typed.type(),
				typed.address() == null ? null : typed.address().strip(), typed.innerLondon(), openedOn);
		repository.history(kind, id, "OPENED", name, openedOn, by, at);
		return unit(kind, code);
	}

	@Transactional
	public OrganisationUnitView change(UnitKind kind, String code, UnitChange typed, LocalDate today, String by,
			Instant at) {
		Unit unit = find(kind, code);
		OrganisationUnitView was = unit.view();
		List<FieldProblem> problems = new ArrayList<>();
		if (typed.version() == null) {
			problems.add(new FieldProblem("version", "is required: the version you read"));
		}
		String name = was.name();
		if (typed.name() != null) {
			UnitRules.nameProblem(typed.name()).ifPresent(p -> problems.add(new FieldProblem("name", p)));
			name = typed.name().strip();
		}
		LocalDate closedOn = was.closedOn();
		if (typed.closedOn() != null && !typed.closedOn().equals(was.closedOn())) {
			UnitRules
				.closingProblem(was, typed.closedOn(), today,
						repository.stillOpenWithin(kind, unit.id(), typed.closedOn()))
				.ifPresent(p -> problems.add(new FieldProblem("closedOn", p)));
			closedOn = typed.closedOn();
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!repository.update(kind, unit.id(), name, closedOn, typed.version())) {
			throw new Conflict(kind.label() + " " + was.code()
					+ " was changed by someone else since you read it: read it again and make your change to that");
		}
		if (!name.equals(was.name())) {
			repository.history(kind, unit.id(), "RENAMED", name, today, by, at);
		}
		if (closedOn != null && !closedOn.equals(was.closedOn())) {
			repository.history(kind, unit.id(), "CLOSED", name, closedOn, by, at);
		}
		return unit(kind, code);
	}

	private Unit find(UnitKind kind, String code) {
		String stored = UnitRules.code(code);
		if (UnitRules.codeProblem(stored).isPresent()) {
			throw new NotFound("There is no " + kind.table() + " with that code.");
		}
		return repository.find(kind, stored)
			.orElseThrow(() -> new NotFound("There is no " + kind.table() + " with that code."));
	}

	private static String article(UnitKind kind) {
		return (kind == UnitKind.AREA || kind == UnitKind.OFFICE ? "an " : "a ") + kind.table();
	}

}
