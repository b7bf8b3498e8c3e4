package org.openprobation.oversight;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.oversight.domain.MultipleComparisons;
import org.openprobation.oversight.domain.TwoProportionTest;
import org.openprobation.oversight.persistence.OversightRepository;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.oversight.domain.SmallNumbers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equality monitoring: the same outcomes (breach, recall, completion, unpaid-work
 * stand-downs, any enforcement) for each group of people by ethnicity, gender, age band,
 * disability and religion, each group's rate against everyone else's, flagged where the
 * difference is more than chance (two-proportion tests, corrected together for the many
 * comparisons by Holm's method at 5%) and the group large enough to say so; and staff
 * measures (performance improvement plans, long-term sickness) by the staff's declared
 * characteristics.
 */
@Service
@Transactional
public class EqualityMonitoring {

	static final List<String> CHARACTERISTICS = List.of("Ethnicity", "Gender", "Age", "Disability", "Religion");

	private final Oversight oversight;

	private final OversightRepository repository;

	private final Sentences sentences;

	private final AuditLog audit;

	EqualityMonitoring(Oversight oversight, OversightRepository repository, Sentences sentences, AuditLog audit) {
		this.oversight = oversight;
		this.repository = repository;
		this.sentences = sentences;
		this.audit = audit;
	}

	/** One group's figures against everyone else in the population. */
	/**
	 * {@code small}: team-level figures, where counts of one to four are suppressed
	 * ({@link SmallNumbers}).
	 */
	public record Group(String name, int people, int withOutcome, int restPeople, int restWithOutcome, double z,
			double p, boolean enoughToSay, boolean differs, boolean small) {

		/** Tested: large enough to say, and not suppressed. */
		public boolean tested() {
			return enoughToSay && !suppressed();
		}

		Group judged(boolean significant) {
			return new Group(name, people, withOutcome, restPeople, restWithOutcome, z, p, enoughToSay, significant,
					small);
		}

		/** Whether a count here is suppressed, and with it the rate. */
		public boolean suppressed() {
			return small && (SmallNumbers.identifying(people) || SmallNumbers.identifying(withOutcome));
		}

		public String peopleShown() {
			return SmallNumbers.shown(people, small);
		}

		public String withOutcomeShown() {
			return SmallNumbers.shown(withOutcome, small);
		}

		/** The rate as shown: none where a count is suppressed. */
		public @Nullable Double rateShown() {
			return suppressed() ? null : rate();
		}

		public @Nullable Double rate() {
			return people == 0 ? null : 100.0 * withOutcome / people;
		}

		public @Nullable Double restRate() {
			return restPeople == 0 ? null : 100.0 * restWithOutcome / restPeople;
		}

		public String finding() {
			if (!enoughToSay || suppressed()) {
				return "Too few to say";
			}
			if (!differs) {
				return "No significant difference";
			}
			return z > 0 ? "Higher than the rest" : "Lower than the rest";
		}

	}

	public record Table(String outcome, String population, String characteristic, List<Group> groups) {
	}

	/** A significant difference, named: what, in whom, which group, and the two rates. */
	public record Finding(Table table, Group group) {

		public String describe() {
			return table.outcome() + ", " + table.population() + " by "
					+ table.characteristic().toLowerCase(java.util.Locale.ROOT) + ": " + group.name() + " "
					+ String.format("%.1f%%", group.rate()) + " against " + String.format("%.1f%%", group.restRate())
					+ " for the rest (" + (group.z() > 0 ? "higher" : "lower") + String.format("; p = %.2g", group.p())
					+ ")";
		}

	}

	/**
	 * {@code comparisons}: the groups tested, the family Holm's correction allows for
	 * (each group large enough to say, and not suppressed).
	 */
	public record Report(Scope scope, LocalDate from, LocalDate to, List<Table> outcomes, List<Table> staff,
			int comparisons) {

		public int flagged() {
			return findings().size();
		}

		/** Each significant difference after the correction, people's outcomes first. */
		public List<Finding> findings() {
			return java.util.stream.Stream.concat(outcomes.stream(), staff.stream())
				.flatMap(t -> t.groups().stream().filter(Group::differs).map(g -> new Finding(t, g)))
				.toList();
		}

	}

	/** A population and who in it had the outcome. */
	private record Population(String outcome, String population, Set<Long> people, Set<Long> withOutcome) {
	}

	public Report report(CurrentUser user, Scope scope) {
		OversightData data = oversight.data(scope.providerId());
		LocalDate to = data.asOf();
		LocalDate from = to.minusMonths(12).plusDays(1);
		Set<Long> supervised = new HashSet<>();
		data.cases().keySet().stream().filter(id -> data.inScope(scope, id)).forEach(supervised::add);
		Set<Long> breached = new HashSet<>();
		Set<Long> recalled = new HashSet<>();
		Set<Long> enforced = new HashSet<>();
		for (OversightRepository.Action a : repository.enforcementActions(scope.providerId(), from, to)) {
			if (!supervised.contains(a.personId())) {
				continue;
			}
			enforced.add(a.personId());
			if (a.kind() == ActionKind.BREACH) {
				breached.add(a.personId());
			}
			if (a.kind() == ActionKind.RECALL) {
				recalled.add(a.personId());
			}
		}
		Set<Long> onLicence = new HashSet<>();
		for (CurrentSentence s : sentences.current(supervised).values()) {
			if (s.kind() == SentenceKind.LICENCE || s.kind() == SentenceKind.POST_SENTENCE_SUPERVISION) {
				onLicence.add(s.personId());
			}
		}
		Set<Long> ended = new HashSet<>();
		Set<Long> completed = new HashSet<>();
		Set<Long> attending = new HashSet<>();
		Set<Long> stoodDown = new HashSet<>();
		for (OversightData.Event e : data.events()) {
			if (e.on().isBefore(from) || !data.inScope(scope, e.personId())) {
				continue;
			}
			if (e.metric() == Metric.COMPLETION_COMMUNITY || e.metric() == Metric.COMPLETION_LICENCE) {
				ended.add(e.personId());
				if (e.counted()) {
					completed.add(e.personId());
				}
			}
			if (e.metric() == Metric.UPW_STAND_DOWNS) {
				attending.add(e.personId());
				if (e.counted()) {
					stoodDown.add(e.personId());
				}
			}
		}
		// a person with several endings counts as completed only if none ended
		// unsuccessfully
		Set<Long> unsuccessful = new HashSet<>();
		data.events()
			.stream()
			.filter(e -> (e.metric() == Metric.COMPLETION_COMMUNITY || e.metric() == Metric.COMPLETION_LICENCE)
					&& !e.on().isBefore(from) && !e.counted())
			.forEach(e -> unsuccessful.add(e.personId()));
		completed.removeAll(unsuccessful);
		Set<Long> recalledOnLicence = new HashSet<>(recalled);
		recalledOnLicence.retainAll(onLicence);
		List<Population> populations = List.of(
				new Population("Breach action", "people under supervision", supervised, breached),
				new Population("Recall requested", "people on licence or post-sentence supervision", onLicence,
						recalledOnLicence),
				new Population("Completed successfully", "people whose sentence ended", ended, completed),
				new Population("Stood down from unpaid work", "people attending unpaid work", attending, stoodDown),
				new Population("Any enforcement (warning, breach or recall)", "people under supervision", supervised,
						enforced));
		Set<Long> everyone = new HashSet<>();
		populations.forEach(p -> everyone.addAll(p.people()));
		Map<Long, OversightRepository.Characteristics> characteristics = repository.characteristics(everyone);
		Map<String, Function<OversightRepository.Characteristics, String>> groupings = new LinkedHashMap<>();
		groupings.put("Ethnicity", c -> ethnicity(c.ethnicity()));
		groupings.put("Gender", c -> gender(c.gender()));
		groupings.put("Age", c -> ageBand(c.dateOfBirth(), to));
		groupings.put("Disability", c -> c.disability() == null || c.disability().isBlank() ? "No disability recorded"
				: "Disability recorded");
		groupings.put("Religion", c -> c.religion() == null || c.religion().isBlank() ? "Not recorded" : c.religion());
		List<Table> outcomes = new ArrayList<>();
		for (Population population : populations) {
			for (Map.Entry<String, Function<OversightRepository.Characteristics, String>> grouping : groupings
				.entrySet()) {
				Map<String, int[]> counts = new TreeMap<>();
				for (long id : population.people()) {
					OversightRepository.Characteristics c = characteristics.get(id);
					if (c == null) {
						continue;
					}
					int[] n = counts.computeIfAbsent(grouping.getValue().apply(c), k -> new int[2]);
					n[0]++;
					n[1] += population.withOutcome().contains(id) ? 1 : 0;
				}
				outcomes.add(new Table(population.outcome(), population.population(), grouping.getKey(),
						groups(counts, scope.kind() == Scope.Kind.TEAM)));
			}
		}
		List<Table> staff = staffTables(scope, to);
		// every group tested in the report is one comparison: corrected together (Holm)
		List<Group> tested = java.util.stream.Stream.concat(outcomes.stream(), staff.stream())
			.flatMap(t -> t.groups().stream())
			.filter(Group::tested)
			.toList();
		boolean[] significant = org.openprobation.oversight.domain.MultipleComparisons
			.holm(tested.stream().mapToDouble(Group::p).toArray(), MultipleComparisons.ALPHA);
		java.util.Map<Group, Boolean> judged = new java.util.IdentityHashMap<>();
		for (int i = 0; i < tested.size(); i++) {
			judged.put(tested.get(i), significant[i]);
		}
		java.util.function.UnaryOperator<List<Table>> correct = tables -> tables.stream()
			.map(t -> new Table(t.outcome(), t.population(), t.characteristic(),
					t.groups().stream().map(g -> g.judged(judged.getOrDefault(g, false))).toList()))
			.toList();
		audit.record(user, "VIEW_EQUALITY_MONITORING", null, scope.kind() + " " + scope.code());
		return new Report(scope, from, to, correct.apply(outcomes), correct.apply(staff), tested.size());
	}

	private List<Table> staffTables(Scope scope, LocalDate today) {
		List<OversightRepository.StaffRow> staff = repository.workforce(scope.providerId())
			.stream()
			.filter(s -> switch (scope.kind()) {
				case PROVIDER -> true;
				case AREA -> s.areaId() == scope.id();
				case TEAM -> s.teamId() != null && s.teamId() == scope.id();
			})
			.toList();
		Map<String, Function<OversightRepository.StaffRow, String>> groupings = new LinkedHashMap<>();
		groupings.put("Ethnicity", s -> s.ethnicity() == null ? "Not declared" : ethnicity(s.ethnicity()));
		groupings.put("Gender", s -> switch (s.gender()) {
			case "FEMALE" -> "Female";
			case "MALE" -> "Male";
			case "OTHER" -> "Other";
			default -> "Not declared";
		});
		groupings.put("Age", s -> s.dateOfBirth() == null ? "Not declared" : ageBand(s.dateOfBirth(), today));
		groupings.put("Disability", s -> switch (s.disability()) {
			case "YES" -> "Disabled";
			case "NO" -> "Not disabled";
			default -> "Not declared";
		});
		List<Table> tables = new ArrayList<>();
		for (String measure : List.of("On a performance improvement plan", "On long-term sickness")) {
			for (var grouping : groupings.entrySet()) {
				Map<String, int[]> counts = new TreeMap<>();
				for (OversightRepository.StaffRow s : staff) {
					int[] n = counts.computeIfAbsent(grouping.getValue().apply(s), k -> new int[2]);
					n[0]++;
					boolean yes = measure.startsWith("On a performance") ? s.onPerformancePlan()
							: s.sicknessHours().signum() > 0;
					n[1] += yes ? 1 : 0;
				}
				tables.add(new Table(measure, "staff", grouping.getKey(),
						groups(counts, scope.kind() == Scope.Kind.TEAM)));
			}
		}
		return tables;
	}

	private static List<Group> groups(Map<String, int[]> counts, boolean small) {
		int people = counts.values().stream().mapToInt(n -> n[0]).sum();
		int with = counts.values().stream().mapToInt(n -> n[1]).sum();
		List<Group> groups = new ArrayList<>();
		counts.forEach((name, n) -> {
			TwoProportionTest.Result test = TwoProportionTest.of(n[1], n[0], with - n[1], people - n[0]);
			// judged after every group of the report is tested (Holm's correction)
			groups.add(new Group(name, n[0], n[1], people - n[0], with - n[1], test.z(), test.p(), test.enoughToSay(),
					false, small));
		});
		return groups;
	}

	static String ethnicity(String code) {
		try {
			return Ethnicity.valueOf(code).group();
		}
		catch (IllegalArgumentException ex) {
			return "Not stated";
		}
	}

	static String gender(String code) {
		try {
			return Gender.valueOf(code).label();
		}
		catch (IllegalArgumentException ex) {
			return "Not known";
		}
	}

	static String ageBand(LocalDate born, LocalDate on) {
		int age = Period.between(born, on).getYears();
		return age < 25 ? "18 to 24"
				: age < 35 ? "25 to 34" : age < 45 ? "35 to 44" : age < 55 ? "45 to 54" : "55 and over";
	}

	/** Groups of a table by characteristic, for the page. */
	public static Map<String, List<Table>> byOutcome(List<Table> tables) {
		Map<String, List<Table>> result = new LinkedHashMap<>();
		tables.forEach(t -> result.computeIfAbsent(t.outcome(), k -> new ArrayList<>()).add(t));
		return result;
	}

}
