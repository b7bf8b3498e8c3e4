package org.openprobation.interventions.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.interventions.Need;
import org.openprobation.interventions.Service;
import org.openprobation.interventions.persistence.ServiceRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory kept by the provider: an administrator, or an area manager for their own
 * provider, adds a service, changes its needs, boroughs, eligibility, price, places and
 * sessions, and retires it. A retired service is offered no more; referrals to it stay.
 * Every change is audited.
 */
@org.springframework.stereotype.Service
public class ServiceMaintenance {

	static final Set<String> ROSH = Set.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

	static final Set<String> GENDERS = Set.of("ANY", "WOMEN", "MEN");

	private final ServiceRepository services;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	ServiceMaintenance(ServiceRepository services, Organisation organisation, AuditLog audit, Clock clock) {
		this.services = services;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/** A service as typed: the provider by code (administrators), the rest by value. */
	public record ServiceForm(@Nullable String providerCode, @Nullable String name, @Nullable Need need,
			@Nullable String deliverer, boolean accredited, @Nullable Integer sessions, @Nullable String highestRosh,
			@Nullable String gender, @Nullable BigDecimal pricePounds, @Nullable Integer places,
			@Nullable Integer waitingWeeks, List<Long> boroughIds, @Nullable Integer version) {
	}

	public static boolean mayMaintain(CurrentUser user, long providerId) {
		return user.has(Role.ADMIN) || (user.has(Role.AREA_MANAGER) && Objects.equals(user.providerId(), providerId));
	}

	public static boolean mayMaintainAny(CurrentUser user) {
		return user.hasAny(Role.ADMIN, Role.AREA_MANAGER);
	}

	public void checkMayMaintainAny(CurrentUser user) {
		if (!mayMaintainAny(user)) {
			throw new AccessDeniedException("Only an administrator or an area manager keeps the directory.");
		}
	}

	/** A service to change, if the user may. */
	@Transactional(readOnly = true)
	public Service forChange(CurrentUser user, long id) {
		Service service = services.find(id).orElseThrow(() -> new NotFound("There is no such service."));
		if (!mayMaintain(user, service.providerId())) {
			throw new AccessDeniedException("Only an administrator or the provider's area manager changes a service.");
		}
		return service;
	}

	/**
	 * The boroughs a service of the user's provider (or any, for an administrator) may
	 * cover.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> boroughs(CurrentUser user) {
		return services.boroughs(user.has(Role.ADMIN) ? null : user.providerScope());
	}

	@Transactional(readOnly = true)
	public int version(long id) {
		return services.version(id);
	}

	/** What is wrong with the service as typed, field by field, without saving it. */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsOf(CurrentUser user, @Nullable Long serviceId, ServiceForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Long providerId = serviceId == null ? provider(user, form, problems)
				: Long.valueOf(forChange(user, serviceId).providerId());
		check(form, providerId, problems);
		return problems;
	}

	private @Nullable Long provider(CurrentUser user, ServiceForm form, List<FieldProblem> problems) {
		Long providerId = user.has(Role.ADMIN) ? null : user.providerId();
		String code = form.providerCode() == null ? "" : form.providerCode().strip();
		if (user.has(Role.ADMIN) && !code.isEmpty()) {
			providerId = code.matches("[A-Za-z0-9_-]{1,30}") ? organisation.providerId(code).orElse(null) : null;
			if (providerId == null) {
				problems.add(new FieldProblem("providerCode", "There is no provider with code " + code));
			}
		}
		else if (providerId == null) {
			problems.add(new FieldProblem("providerCode", "Enter the code of the provider that offers it"));
		}
		return providerId;
	}

	@Transactional
	public long add(CurrentUser user, ServiceForm form) {
		checkMayMaintainAny(user);
		List<FieldProblem> problems = new ArrayList<>();
		Long providerId = provider(user, form, problems);
		check(form, providerId, problems);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = services.insert(providerId, form.name().strip(), form.need(), form.deliverer().strip(),
				form.accredited(), form.sessions(), form.highestRosh(), form.gender(), pence(form.pricePounds()),
				form.places(), form.waitingWeeks(), form.boroughIds(), user.username(), clock.instant());
		audit.record(user, "ADD_SERVICE", null, "Service " + id + " " + form.name().strip() + " added");
		return id;
	}

	@Transactional
	public void change(CurrentUser user, long id, ServiceForm form) {
		Service was = forChange(user, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (form.version() == null) {
			problems.add(new FieldProblem("version", "is required: the version you read"));
		}
		check(form, was.providerId(), problems);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!services.update(id, form.name().strip(), form.need(), form.deliverer().strip(), form.accredited(),
				form.sessions(), form.highestRosh(), form.gender(), pence(form.pricePounds()), form.places(),
				form.waitingWeeks(), form.boroughIds(), form.version(), user.username(), clock.instant())) {
			throw new Conflict("The service was changed by someone else since you read it: "
					+ "read it again and make your change to that");
		}
		audit.record(user, "CHANGE_SERVICE", null, "Service " + id + " " + form.name().strip() + " changed");
	}

	@Transactional
	public void retire(CurrentUser user, long id) {
		Service service = forChange(user, id);
		LocalDate today = LocalDate.now(clock);
		services.retire(id, today, user.username(), clock.instant());
		audit.record(user, "RETIRE_SERVICE", null, "Service " + id + " " + service.name() + " retired on " + today);
	}

	private void check(ServiceForm form, @Nullable Long providerId, List<FieldProblem> problems) {
		text(form.name(), "name", "Enter the service's name", problems);
		text(form.deliverer(), "deliverer", "Enter who delivers it", problems);
		if (form.need() == null) {
			problems.add(new FieldProblem("need", "Select the need it addresses"));
		}
		if (form.sessions() != null && (form.sessions() < 1 || form.sessions() > 500)) {
			problems.add(new FieldProblem("sessions", "Enter 1 to 500 sessions, or leave it empty"));
		}
		if (form.highestRosh() == null || !ROSH.contains(form.highestRosh())) {
			problems.add(new FieldProblem("highestRosh", "Select the highest risk of serious harm it takes"));
		}
		if (form.gender() == null || !GENDERS.contains(form.gender())) {
			problems.add(new FieldProblem("gender", "Select who it is for"));
		}
		if (form.pricePounds() == null || form.pricePounds().signum() < 0 || form.pricePounds().scale() > 2
				|| form.pricePounds().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			problems.add(new FieldProblem("pricePounds", "Enter the price in pounds, like 450 or 450.00"));
		}
		if (form.places() == null || form.places() < 0 || form.places() > 10_000) {
			problems.add(new FieldProblem("places", "Enter the places it has, 0 to 10,000"));
		}
		if (form.waitingWeeks() == null || form.waitingWeeks() < 0 || form.waitingWeeks() > 104) {
			problems.add(new FieldProblem("waitingWeeks", "Enter the usual wait in weeks, 0 to 104"));
		}
		if (form.boroughIds().isEmpty()) {
			problems.add(new FieldProblem("boroughIds", "Select the boroughs it covers"));
		}
		else if (providerId != null && !services.boroughs(providerId).keySet().containsAll(form.boroughIds())) {
			problems.add(new FieldProblem("boroughIds", "Select boroughs of the provider that offers it"));
		}
	}

	private static void text(@Nullable String typed, String field, String missing, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			problems.add(new FieldProblem(field, missing));
		}
		else if (typed.strip().length() > 200 || typed.chars().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem(field, "Enter 200 characters or fewer, without control characters"));
		}
	}

	private static int pence(BigDecimal pounds) {
		return pounds.movePointRight(2).intValueExact();
	}

}
