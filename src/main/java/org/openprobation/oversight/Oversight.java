package org.openprobation.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.oversight.domain.CapacityBands;
import org.openprobation.oversight.domain.CapacityBands.Band;
import org.openprobation.oversight.domain.Flows;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.OrganisationUnit;
import org.openprobation.organisation.StaffMember;
import org.openprobation.oversight.persistence.OversightRepository;
import org.openprobation.oversight.application.ProviderFacts;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live management information: each figure of a provider, area or team as a count with
 * its denominator, its target, its trend over 12 months and the cases behind it. A
 * provider's facts are gathered in a fixed number of queries and kept for a minute, so
 * that a dashboard and the lists it links to agree.
 */
@Service
@Transactional
public class Oversight {

	private final OversightRepository repository;

	private final Organisation organisation;

	private final OversightSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final ProviderFacts facts;

	Oversight(OversightRepository repository, Organisation organisation, OversightSettings settings, AuditLog audit,
			Clock clock, ProviderFacts facts) {
		this.repository = repository;
		this.organisation = organisation;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.facts = facts;
	}

	// ---- scopes and access

	public static boolean mayOversee(CurrentUser user) {
		return user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.INSPECTOR, Role.ADMIN);
	}

	/** Where a user's oversight starts: their team, area or provider. */
	public Scope home(CurrentUser user) {
		if (!mayOversee(user)) {
			throw new AccessDeniedException("Oversight is for managers, quality staff and inspectors.");
		}
		if (user.has(Role.SPO) && user.teamId() != null) {
			return team(user, organisation.teamCode(user.teamId()).orElseThrow());
		}
		if (user.has(Role.AREA_MANAGER) && user.areaId() != null) {
			return area(user, organisation.areaCode(user.areaId()).orElseThrow());
		}
		long providerId = user.providerId() != null ? user.providerId()
				: organisation.firstProviderId().orElseThrow(() -> new NotFound("No provider yet"));
		return provider(user, providerId);
	}

	public Scope provider(CurrentUser user, long providerId) {
		OrganisationUnit root = root(providerId);
		Scope scope = new Scope(Scope.Kind.PROVIDER, providerId, root.code(), root.name(), providerId);
		requireRead(user, scope, null);
		return scope;
	}

	public Scope providerByCode(CurrentUser user, String code) {
		return organisation.providerCodes()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().equalsIgnoreCase(code))
			.findFirst()
			.map(e -> provider(user, e.getKey()))
			.orElseThrow(() -> new NotFound("No provider " + code));
	}

	public Scope area(CurrentUser user, String code) {
		var area = organisation.area(code).orElseThrow(() -> new NotFound("No area " + code));
		Scope scope = new Scope(Scope.Kind.AREA, area.id(), area.code(), area.name(), area.providerId());
		requireRead(user, scope, area.id());
		return scope;
	}

	public Scope team(CurrentUser user, String code) {
		var team = organisation.team(code).orElseThrow(() -> new NotFound("No team " + code));
		Scope scope = new Scope(Scope.Kind.TEAM, team.id(), team.code(), team.name(), team.providerId());
		requireRead(user, scope, team.areaId());
		return scope;
	}

	/**
	 * A scope named by its kind and code, as pages link to it; the user's home when none.
	 */
	public Scope scope(CurrentUser user, @Nullable String kind, @Nullable String code) {
		if (kind == null || code == null || kind.isBlank() || code.isBlank()) {
			return home(user);
		}
		return switch (kind) {
			case "PROVIDER" -> providerByCode(user, code);
			case "AREA" -> area(user, code);
			case "TEAM" -> team(user, code);
			default -> throw new NotFound("No such scope " + kind);
		};
	}

	private static void requireRead(CurrentUser user, Scope scope, @Nullable Long areaOfScope) {
		if (!mayOversee(user)) {
			throw new AccessDeniedException("Oversight is for managers, quality staff and inspectors.");
		}
		if (user.readsEveryProvider()) {
			return;
		}
		if (!Objects.equals(user.providerId(), scope.providerId())) {
			throw new AccessDeniedException("Oversight of another provider is for inspectors only.");
		}
		if (user.hasAny(Role.QUALITY, Role.AREA_MANAGER)) {
			return;
		}
		// a senior probation officer sees their own team
		if (scope.kind() != Scope.Kind.TEAM || !Objects.equals(user.teamId(), scope.id())) {
			throw new AccessDeniedException("A senior probation officer oversees their own team.");
		}
	}

	private OrganisationUnit root(long providerId) {
		return organisation.hierarchy(providerId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("No provider " + providerId));
	}

	/** The scopes one level below (areas of a provider, teams of an area). */
	public List<Scope> children(Scope scope) {
		if (scope.kind() == Scope.Kind.TEAM) {
			return List.of();
		}
		OrganisationUnit root = root(scope.providerId());
		List<Scope> result = new ArrayList<>();
		for (OrganisationUnit area : root.children()) {
			if (scope.kind() == Scope.Kind.PROVIDER) {
				result.add(new Scope(Scope.Kind.AREA, area.id(), area.code(), area.name(), scope.providerId()));
				continue;
			}
			if (area.id() != scope.id()) {
				continue;
			}
			for (OrganisationUnit borough : area.children()) {
				for (OrganisationUnit office : borough.children()) {
					for (OrganisationUnit team : office.children()) {
						result.add(new Scope(Scope.Kind.TEAM, team.id(), team.code(), team.name(), scope.providerId()));
					}
				}
			}
		}
		result.sort(Comparator.comparing(Scope::name));
		return result;
	}

	// ---- facts

	/**
	 * The provider's facts, gathered at most once a minute (ADR 12): when they are older,
	 * this request still gets them while one background gathering replaces them.
	 */
	public OversightData data(long providerId) {
		return facts.data(providerId);
	}

	/** Gathers the facts of every provider not yet gathered (at start-up). */
	public int warm() {
		return facts.warm();
	}

	/** Forgets cached facts (after a change a test or a user must see at once). */
	public void refresh() {
		facts.refresh();
	}

	/** When a provider's facts in use were gathered (the dashboards show it). */
	public @Nullable Instant gatheredAt(long providerId) {
		return facts.gatheredAt(providerId);
	}

	public record Point(YearMonth month, int count, int denominator) {

		public @Nullable Double percent() {
			return denominator == 0 ? null : 100.0 * count / denominator;
		}

	}

	/** A figure of a scope now, with its target and its trend. */
	public record Figure(Metric metric, int count, int denominator, @Nullable Integer target, List<Point> trend,
			@Nullable String trendNote) {

		public Figure {
			trend = List.copyOf(trend);
		}

		public @Nullable Double percent() {
			return denominator == 0 ? null : 100.0 * count / denominator;
		}

		/**
		 * Whether the figure meets its target; null without a target or a denominator.
		 */
		public @Nullable Boolean meetsTarget() {
			Double percent = percent();
			if (target == null || percent == null) {
				return null;
			}
			return metric.higherIsBetter() ? percent >= target : percent <= target;
		}

	}

	public record Dashboard(Scope scope, LocalDate asOf, List<Figure> figures, List<ChildRow> children,
			List<Band> capacity) {

		public Dashboard {
			figures = List.copyOf(figures);
			children = List.copyOf(children);
			capacity = List.copyOf(capacity);
		}

		public Figure figure(Metric metric) {
			return figures.stream().filter(f -> f.metric() == metric).findFirst().orElseThrow();
		}

		public Map<String, List<Figure>> sections() {
			Map<String, List<Figure>> sections = new LinkedHashMap<>();
			figures.forEach(f -> sections.computeIfAbsent(f.metric().section(), k -> new ArrayList<>()).add(f));
			return sections;
		}

	}

	static List<Band> capacityBands(OversightData data, Scope scope) {
		return CapacityBands.of(data.practitioners()
			.stream()
			.filter(p -> data.inScope(scope, p.staff()))
			.map(OversightData.Practitioner::capacityPercent)
			.toList());
	}

	/** A scope one level down with its headline figures, for drilling down. */
	public record ChildRow(Scope scope, int cases, int practitioners, Map<Metric, Figure> figures) {
	}

	public Dashboard dashboard(CurrentUser user, Scope scope) {
		OversightData data = data(scope.providerId());
		Dashboard dashboard = data.derived(List.of("dashboard", scope), () -> dashboard(scope, data));
		audit.record(user, "VIEW_OVERSIGHT", null, scope.kind() + " " + scope.code());
		return dashboard;
	}

	/**
	 * A scope's dashboard, worked out once from the provider's facts (and the monthly
	 * figures recorded) and kept with them.
	 */
	private Dashboard dashboard(Scope scope, OversightData data) {
		List<Figure> figures = new ArrayList<>();
		Flows flows = flows(data, scope);
		Map<Metric, List<Point>> trends = trends(scope, data, flows);
		for (Metric metric : Metric.values()) {
			int[] now = metric.flow() ? flows.window(metric) : count(data, scope, metric, data.asOf());
			List<Point> trend = trends.get(metric);
			String note = metric.flow() ? null
					: trend.size() < 12 ? "Recorded monthly since " + trend.get(0).month() : null;
			figures.add(new Figure(metric, now[0], now[1], settings.target(metric), trend, note));
		}
		List<ChildRow> children = new ArrayList<>();
		for (Scope child : children(scope)) {
			Map<Metric, Figure> childFigures = new EnumMap<>(Metric.class);
			for (Metric metric : List.of(Metric.OVER_CAPACITY, Metric.CONTACT_OVERDUE, Metric.ROSH_LATE,
					Metric.PLAN_GAPS, Metric.ENFORCEMENT_ON_TIME, Metric.COMPLETION_COMMUNITY)) {
				int[] now = count(data, child, metric, data.asOf());
				childFigures.put(metric, new Figure(metric, now[0], now[1], settings.target(metric), List.of(), null));
			}
			children.add(new ChildRow(child, count(data, child, Metric.CONTACT_OVERDUE, data.asOf())[1],
					count(data, child, Metric.OVER_CAPACITY, data.asOf())[1], childFigures));
		}
		return new Dashboard(scope, data.asOf(), figures, children, capacityBands(data, scope));
	}

	/**
	 * Count and denominator of a figure in a scope: state figures as at the data's date;
	 * flow figures over the 12 months to {@code to}.
	 */
	static int[] count(OversightData data, Scope scope, Metric metric, LocalDate to) {
		if (metric.countsPractitioners()) {
			int[] result = new int[2];
			for (OversightData.Practitioner p : data.practitioners()) {
				if (data.inScope(scope, p.staff())) {
					result[1]++;
					result[0] += p.overCapacity() ? 1 : 0;
				}
			}
			return result;
		}
		if (metric.flow()) {
			return countEvents(data, scope, metric, to.minusMonths(12).plusDays(1), to);
		}
		int[] result = new int[2];
		for (long id : data.denominator(metric)) {
			if (data.inScope(scope, id)) {
				result[1]++;
				result[0] += data.counted(metric).containsKey(id) ? 1 : 0;
			}
		}
		return result;
	}

	private static int[] countEvents(OversightData data, Scope scope, Metric metric, LocalDate from, LocalDate to) {
		int[] result = new int[2];
		for (OversightData.Event e : data.events()) {
			if (e.metric() == metric && !e.on().isBefore(from) && !e.on().isAfter(to)
					&& data.inScope(scope, e.personId())) {
				result[1]++;
				result[0] += e.counted() ? 1 : 0;
			}
		}
		return result;
	}

	/**
	 * Twelve months of each figure: flow figures month by month from the record, state
	 * figures from the monthly figures recorded, with this month live.
	 */
	Map<Metric, List<Point>> trends(Scope scope, OversightData data) {
		return trends(scope, data, flows(data, scope));
	}

	static Flows flows(OversightData data, Scope scope) {
		return Flows.of(data.asOf(), data.events().stream().filter(e -> data.inScope(scope, e.personId())).toList());
	}

	private Map<Metric, List<Point>> trends(Scope scope, OversightData data, Flows flows) {
		YearMonth current = YearMonth.from(data.asOf());
		YearMonth first = current.minusMonths(11);
		Map<Metric, List<Point>> trends = new EnumMap<>(Metric.class);
		Map<String, Map<YearMonth, OversightRepository.Figure>> recorded = new HashMap<>();
		for (OversightRepository.Figure f : repository.figures(scope.kind().name(), scope.id(), first.atDay(1))) {
			recorded.computeIfAbsent(f.metric(), k -> new HashMap<>()).put(YearMonth.from(f.month()), f);
		}
		for (Metric metric : Metric.values()) {
			List<Point> points = new ArrayList<>();
			for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
				if (metric.flow()) {
					int[] c = flows.month(metric, month);
					points.add(new Point(month, c[0], c[1]));
				}
				else if (month.equals(current)) {
					int[] c = count(data, scope, metric, data.asOf());
					points.add(new Point(month, c[0], c[1]));
				}
				else {
					OversightRepository.Figure f = recorded.getOrDefault(metric.name(), Map.of()).get(month);
					if (f != null) {
						points.add(new Point(month, f.count(), f.denominator()));
					}
				}
			}
			trends.put(metric, points);
		}
		return trends;
	}

	// ---- drill-down

	/** A case behind a figure, with why it counts. */
	public record Entry(long personId, String crn, String name, @Nullable String officer, @Nullable String team,
			@Nullable LocalDate on, String detail) {
	}

	/** A practitioner behind the workload figure. */
	public record PractitionerEntry(StaffMember staff, int cases, java.math.@Nullable BigDecimal capacityPercent) {
	}

	/**
	 * What a figure counts, as the user may see it: {@code hidden} cases were counted but
	 * are left out of the list (excluded from, or restricted without being named on).
	 */
	public record Cases(Scope scope, Metric metric, boolean denominator, List<Entry> entries,
			List<PractitionerEntry> practitioners, int hidden) {

		public Cases {
			entries = List.copyOf(entries);
			practitioners = List.copyOf(practitioners);
		}

		public int size() {
			return metric.countsPractitioners() ? practitioners.size() : entries.size();
		}

	}

	// ---- monthly figures

	/**
	 * Records this month's state figures of a provider, its areas and teams (the month's
	 * latest value), so their trend builds up month by month.
	 */
	public int recordMonth(long providerId) {
		OversightData data = data(providerId);
		LocalDate month = YearMonth.from(data.asOf()).atDay(1);
		OrganisationUnit root = root(providerId);
		List<Scope> scopes = new ArrayList<>();
		scopes.add(new Scope(Scope.Kind.PROVIDER, providerId, root.code(), root.name(), providerId));
		for (Scope area : children(scopes.get(0))) {
			scopes.add(area);
			scopes.addAll(children(area));
		}
		int saved = 0;
		for (Scope scope : scopes) {
			for (Metric metric : Metric.values()) {
				int[] now = count(data, scope, metric, data.asOf());
				repository.saveFigure(new OversightRepository.Figure(month, scope.kind().name(), scope.id(),
						metric.name(), now[0], now[1], "RECORDED"));
				saved++;
			}
		}
		return saved;
	}

	public boolean recordedToday(long providerId) {
		return repository.hasFigures(YearMonth.now(clock).atDay(1), providerId);
	}

	public Optional<Integer> target(Metric metric) {
		return Optional.ofNullable(settings.target(metric));
	}

}
