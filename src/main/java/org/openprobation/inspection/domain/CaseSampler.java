package org.openprobation.inspection.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws an inspection sample from the eligible cases (inspection.md, "Case sampling"):
 * strata, the proportional split with a buffer for replacements, the same split by area,
 * office and responsible officer, at most 6 cases per officer in the whole sample, and a
 * seeded random pick within each officer's bucket, keeping the trail of each step. The
 * Quality &amp; Impact method stratifies by gender, ethnicity and sentence type, holds
 * minimum numbers of women and minority ethnic people and spreads cases over as many
 * officers as possible.
 */
public final class CaseSampler {

	private CaseSampler() {
	}

	public enum Method {

		HMIP_2018("Inspectorate sampler (2018): gender, sentence and RoSH"),
		QUALITY_AND_IMPACT("Quality & Impact (2016-18): gender, ethnicity, sentence type, with minimums");

		private final String label;

		Method(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** One eligible case and what it is stratified and spread on. */
	public record Candidate(long personId, boolean woman, boolean minorityEthnic, boolean postCustody,
			boolean roshMediumOrAbove, long areaId, long officeId, long staffId) {
	}

	public record Request(Method method, int size, int bufferPercent, int minimumWomen, int minimumMinority,
			long seed) {

		public Request {
			if (size < 0 || bufferPercent < 0 || bufferPercent > 100 || minimumWomen < 0 || minimumMinority < 0) {
				throw new IllegalArgumentException("Size, buffer and minimums must be within range");
			}
		}

	}

	public record Pick(Candidate candidate, String stratum, int pick, boolean reserve) {
	}

	/** The sample's make-up against the population, per stratum. */
	public record StratumFigure(String name, int population, double proportional, int sampled, int reserves) {
	}

	public record Sample(List<Pick> picks, List<StratumFigure> strata, List<String> trail, int shortBy) {

		public Sample {
			picks = List.copyOf(picks);
			strata = List.copyOf(strata);
			trail = List.copyOf(trail);
		}

		public List<Pick> main() {
			return picks.stream().filter(p -> !p.reserve()).toList();
		}

	}

	public static List<String> strataOf(Method method) {
		return method == Method.HMIP_2018
				? List.of("Women", "Men, community, RoSH low", "Men, community, RoSH medium or above",
						"Men, post-custody, RoSH low", "Men, post-custody, RoSH medium or above")
				: List.of("Women, White, community", "Women, White, post-custody", "Women, minority ethnic, community",
						"Women, minority ethnic, post-custody", "Men, White, community", "Men, White, post-custody",
						"Men, minority ethnic, community", "Men, minority ethnic, post-custody");
	}

	public static String stratumOf(Method method, Candidate c) {
		if (method == Method.HMIP_2018) {
			if (c.woman()) {
				return "Women";
			}
			return "Men, " + (c.postCustody() ? "post-custody" : "community") + ", RoSH "
					+ (c.roshMediumOrAbove() ? "medium or above" : "low");
		}
		return (c.woman() ? "Women" : "Men") + ", " + (c.minorityEthnic() ? "minority ethnic" : "White") + ", "
				+ (c.postCustody() ? "post-custody" : "community");
	}

	/**
	 * @param frame the eligible cases (any order: they are sorted by person for
	 * reproducibility)
	 * @param officeNames names for the trail
	 */
	public static Sample draw(List<Candidate> frame, Request request, Map<Long, String> officeNames) {
		if (request.size() > frame.size()) {
			throw new IllegalArgumentException(
					"The sample of " + request.size() + " is larger than the " + frame.size() + " eligible cases");
		}
		Method method = request.method();
		List<String> names = strataOf(method);
		Map<String, List<Candidate>> byStratum = new LinkedHashMap<>();
		names.forEach(n -> byStratum.put(n, new ArrayList<>()));
		frame.stream()
			.sorted(Comparator.comparingLong(Candidate::personId))
			.forEach(c -> byStratum.get(stratumOf(method, c)).add(c));
		List<Integer> populations = names.stream().map(n -> byStratum.get(n).size()).toList();
		int total = frame.size();
		List<String> trail = new ArrayList<>();
		trail.add("Sample of " + request.size() + " from " + total + " eligible cases by the " + method.label()
				+ "; buffer " + request.bufferPercent() + "% for replacements; seed " + request.seed() + ".");

		List<Integer> base = new ArrayList<>(SampleAllocation.strata(request.size(), populations, 0));
		if (method == Method.QUALITY_AND_IMPACT) {
			holdMinimum(base, populations, names, n -> n.startsWith("Women"), request.minimumWomen(), "women", trail);
			holdMinimum(base, populations, names, n -> n.contains("minority"), request.minimumMinority(),
					"minority ethnic people", trail);
		}
		List<Integer> buffered = method == Method.HMIP_2018
				? SampleAllocation.strata(request.size(), populations, request.bufferPercent()) : null;
		List<Integer> wanted = new ArrayList<>();
		for (int k = 0; k < names.size(); k++) {
			int reserves = buffered != null ? Math.max(0, buffered.get(k) - base.get(k))
					: Math.min(populations.get(k) - base.get(k),
							SampleAllocation.roundHalfUp(base.get(k) * request.bufferPercent() / 100.0));
			wanted.add(base.get(k) + reserves);
			double proportional = total == 0 ? 0 : (double) request.size() * populations.get(k) / total;
			trail.add(String.format("%s: %d of %d eligible (proportional share %.2f) → %d in the sample, %d reserves.",
					names.get(k), populations.get(k), total, proportional, base.get(k), reserves));
		}

		Random random = new Random(request.seed());
		Map<Long, Integer> perOfficer = new HashMap<>();
		List<Pick> picks = new ArrayList<>();
		List<StratumFigure> figures = new ArrayList<>();
		int shortBy = 0;
		for (int k = 0; k < names.size(); k++) {
			List<Candidate> chosen = new ArrayList<>();
			List<Candidate> cases = byStratum.get(names.get(k));
			Map<Long, List<Candidate>> byArea = group(cases, Candidate::areaId);
			List<Integer> areaCounts = SampleAllocation.strata(wanted.get(k), sizes(byArea), 0);
			int a = 0;
			for (List<Candidate> areaCases : byArea.values()) {
				Map<Long, List<Candidate>> byOffice = group(areaCases, Candidate::officeId);
				List<Integer> officeCounts = SampleAllocation.strata(areaCounts.get(a++), sizes(byOffice), 0);
				int o = 0;
				for (Map.Entry<Long, List<Candidate>> office : byOffice.entrySet()) {
					int officeWanted = officeCounts.get(o++);
					if (officeWanted == 0) {
						continue;
					}
					Map<Long, List<Candidate>> byOfficer = group(office.getValue(), Candidate::staffId);
					List<Long> officers = new ArrayList<>(byOfficer.keySet());
					List<Integer> counts = method == Method.HMIP_2018
							? capped(officeWanted, officers, byOfficer, perOfficer)
							: spread(officeWanted, officers, byOfficer, perOfficer);
					int given = counts.stream().mapToInt(Integer::intValue).sum();
					if (given < officeWanted) {
						shortBy += officeWanted - given;
						trail.add(names.get(k) + ", " + officeNames.getOrDefault(office.getKey(), "office")
								+ ": short by " + (officeWanted - given)
								+ " (no other officer in the office has cases to spare under the cap of "
								+ SampleAllocation.OFFICER_CAP + ").");
					}
					for (int i = 0; i < officers.size(); i++) {
						int count = counts.get(i);
						if (count == 0) {
							continue;
						}
						List<Candidate> bucket = new ArrayList<>(byOfficer.get(officers.get(i)));
						Collections.shuffle(bucket, random);
						chosen.addAll(bucket.subList(0, count));
						perOfficer.merge(officers.get(i), count, Integer::sum);
					}
				}
			}
			Collections.shuffle(chosen, random);
			int main = Math.min(base.get(k), chosen.size());
			for (int i = 0; i < chosen.size(); i++) {
				picks.add(new Pick(chosen.get(i), names.get(k), picks.size() + 1, i >= main));
			}
			double proportional = total == 0 ? 0 : (double) request.size() * populations.get(k) / total;
			figures.add(new StratumFigure(names.get(k), populations.get(k), proportional, main, chosen.size() - main));
		}
		long officers = picks.stream().map(p -> p.candidate().staffId()).distinct().count();
		trail.add("Drawn: " + picks.stream().filter(p -> !p.reserve()).count() + " cases and "
				+ picks.stream().filter(Pick::reserve).count() + " reserves across " + officers
				+ " responsible officers (at most " + SampleAllocation.OFFICER_CAP + " each)"
				+ (shortBy > 0 ? "; the sample is short by " + shortBy + "." : "."));
		return new Sample(picks, figures, trail, shortBy);
	}

	/** The proportional split by officer, then the cap of 6 in the whole sample. */
	private static List<Integer> capped(int wanted, List<Long> officers, Map<Long, List<Candidate>> byOfficer,
			Map<Long, Integer> perOfficer) {
		List<Integer> split = SampleAllocation.strata(wanted,
				officers.stream().map(o -> byOfficer.get(o).size()).toList(), 0);
		List<SampleAllocation.Officer> buckets = new ArrayList<>();
		for (int i = 0; i < officers.size(); i++) {
			int room = SampleAllocation.OFFICER_CAP - perOfficer.getOrDefault(officers.get(i), 0);
			buckets.add(new SampleAllocation.Officer(split.get(i),
					Math.max(0, Math.min(byOfficer.get(officers.get(i)).size(), room))));
		}
		return SampleAllocation.capOfficers(buckets).counts();
	}

	/**
	 * One case at a time to the officer with fewest cases so far in the sample, so that
	 * cases spread over as many officers as possible.
	 */
	private static List<Integer> spread(int wanted, List<Long> officers, Map<Long, List<Candidate>> byOfficer,
			Map<Long, Integer> perOfficer) {
		List<Integer> counts = new ArrayList<>(Collections.nCopies(officers.size(), 0));
		for (int given = 0; given < wanted; given++) {
			int best = -1;
			for (int i = 0; i < officers.size(); i++) {
				long officer = officers.get(i);
				int sofar = perOfficer.getOrDefault(officer, 0) + counts.get(i);
				if (counts.get(i) < byOfficer.get(officer).size() && sofar < SampleAllocation.OFFICER_CAP
						&& (best < 0 || sofar < perOfficer.getOrDefault(officers.get(best), 0) + counts.get(best))) {
					best = i;
				}
			}
			if (best < 0) {
				break;
			}
			counts.set(best, counts.get(best) + 1);
		}
		return counts;
	}

	/**
	 * Raises the strata matching {@code group} (smallest first) to a minimum, taking the
	 * cases from the other strata (largest first), so that the size stays the same.
	 */
	private static void holdMinimum(List<Integer> base, List<Integer> populations, List<String> names,
			java.util.function.Predicate<String> group, int minimum, String who, List<String> trail) {
		int available = 0;
		int have = 0;
		for (int k = 0; k < names.size(); k++) {
			if (group.test(names.get(k))) {
				available += populations.get(k);
				have += base.get(k);
			}
		}
		int target = Math.min(minimum, available);
		int moved = 0;
		while (have < target) {
			int to = -1;
			int from = -1;
			for (int k = 0; k < names.size(); k++) {
				boolean in = group.test(names.get(k));
				if (in && base.get(k) < populations.get(k) && (to < 0 || base.get(k) < base.get(to))) {
					to = k;
				}
				if (!in && base.get(k) > 0 && (from < 0 || base.get(k) > base.get(from))) {
					from = k;
				}
			}
			if (to < 0 || from < 0) {
				break;
			}
			base.set(to, base.get(to) + 1);
			base.set(from, base.get(from) - 1);
			have++;
			moved++;
		}
		if (moved > 0) {
			trail.add("Minimum of " + minimum + " " + who + ": " + moved
					+ " cases moved to them from the largest other strata.");
		}
		if (have < minimum) {
			trail.add("Minimum of " + minimum + " " + who + " cannot be met: " + have + " in the sample.");
		}
	}

	private static Map<Long, List<Candidate>> group(List<Candidate> cases, Function<Candidate, Long> key) {
		return cases.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
	}

	private static List<Integer> sizes(Map<Long, List<Candidate>> groups) {
		return groups.values().stream().map(List::size).toList();
	}

}
