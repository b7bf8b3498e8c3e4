package org.openprobation.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.StaffMember;

/**
 * One provider's oversight facts as at a date, from which the figures of the provider,
 * each area and each team are counted, so that every figure and its list of cases agree.
 */
public final class OversightData {

	/** A supervised case and where it sits. */
	public record Case(long personId, String crn, String name, @Nullable Long staffId, @Nullable Long teamId,
			@Nullable Long areaId) {
	}

	/** A practitioner's workload. */
	public record Practitioner(StaffMember staff, int cases, java.math.@Nullable BigDecimal capacityPercent) {

		public boolean overCapacity() {
			return capacityPercent != null && capacityPercent.compareTo(java.math.BigDecimal.valueOf(100)) > 0;
		}

	}

	/**
	 * Something that happened to a case on a date, counted by a flow figure: in its
	 * denominator, and in its numerator when {@code counted}.
	 */
	public record Event(Metric metric, long personId, LocalDate on, boolean counted,
			String detail) implements org.openprobation.oversight.domain.Flows.Event {
	}

	private final long providerId;

	private final LocalDate asOf;

	private final Map<Long, Case> cases = new HashMap<>();

	/**
	 * For each state figure: the cases in its denominator, and the detail of those
	 * counted.
	 */
	private final Map<Metric, Map<Long, String>> counted = new EnumMap<>(Metric.class);

	private final Map<Metric, java.util.Set<Long>> denominators = new EnumMap<>(Metric.class);

	private final List<Practitioner> practitioners = new ArrayList<>();

	private final List<Event> events = new ArrayList<>();

	/**
	 * Where each case with an officer sits now (for events of cases no longer
	 * supervised).
	 */
	private final Map<Long, long[]> locations = new HashMap<>();

	private final Map<Long, Case> eventCases = new HashMap<>();

	/**
	 * What is worked out from these facts (a scope's dashboard), kept as long as the
	 * facts are, so it is never staler than they are.
	 */
	private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> T derived(Object key, java.util.function.Supplier<T> work) {
		return (T) derived.computeIfAbsent(key, k -> work.get());
	}

	public OversightData(long providerId, LocalDate asOf) {
		this.providerId = providerId;
		this.asOf = asOf;
		for (Metric metric : Metric.values()) {
			counted.put(metric, new HashMap<>());
			denominators.put(metric, new java.util.HashSet<>());
		}
	}

	public long providerId() {
		return providerId;
	}

	public LocalDate asOf() {
		return asOf;
	}

	// filled by the gathering (application.ProviderFacts) before anyone reads it; pages
	// and lists only read

	public void addCase(Case c) {
		cases.put(c.personId(), c);
	}

	public void inDenominator(Metric metric, long personId) {
		denominators.get(metric).add(personId);
	}

	public void count(Metric metric, long personId, String detail) {
		denominators.get(metric).add(personId);
		counted.get(metric).put(personId, detail);
	}

	public void addPractitioner(Practitioner practitioner) {
		practitioners.add(practitioner);
	}

	public void addEvent(Event event) {
		events.add(event);
	}

	public void locate(long personId, @Nullable Long teamId, long areaId) {
		locations.put(personId, new long[] { teamId == null ? -1 : teamId, areaId });
	}

	public void describe(Case c) {
		eventCases.put(c.personId(), c);
	}

	public Map<Long, Case> cases() {
		return cases;
	}

	public List<Practitioner> practitioners() {
		return practitioners;
	}

	public List<Event> events() {
		return events;
	}

	public @Nullable Case caseOf(long personId) {
		Case c = cases.get(personId);
		return c != null ? c : eventCases.get(personId);
	}

	public Map<Long, String> counted(Metric metric) {
		return counted.get(metric);
	}

	public java.util.Set<Long> denominator(Metric metric) {
		return denominators.get(metric);
	}

	/** Whether a case (supervised now, or with events) sits in a scope. */
	public boolean inScope(Scope scope, long personId) {
		if (scope.kind() == Scope.Kind.PROVIDER) {
			return true;
		}
		Case c = cases.get(personId);
		Long team;
		Long area;
		if (c != null) {
			team = c.teamId();
			area = c.areaId();
		}
		else {
			long[] location = locations.get(personId);
			if (location == null) {
				return false;
			}
			team = location[0] < 0 ? null : location[0];
			area = location[1];
		}
		return scope.kind() == Scope.Kind.AREA ? Long.valueOf(scope.id()).equals(area)
				: Long.valueOf(scope.id()).equals(team);
	}

	public boolean inScope(Scope scope, StaffMember staff) {
		return switch (scope.kind()) {
			case PROVIDER -> true;
			case AREA -> staff.areaId() == scope.id();
			case TEAM -> Long.valueOf(scope.id()).equals(staff.teamId());
		};
	}

}
