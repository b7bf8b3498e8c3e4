package org.openprobation.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.CaseScoring;
import org.openprobation.assessment.domain.TierChange;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.assessment.persistence.AssessmentRepository;
import org.openprobation.assessment.persistence.AssessmentRepository.TierRow;
import org.openprobation.people.Gender;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.people.People;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.ScoringFacts;
import org.openprobation.sentences.Sentences;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's assessments, registrations and tier. The tier is recomputed from the record in
 * the same transaction as any change to its inputs, and every change is kept in its
 * history. Access checks and auditing are the calling use case's job.
 */
@Service
@Transactional
public class Assessments {

	private static final int CHUNK = 5_000;

	private final AssessmentRepository repository;

	private final People people;

	private final Sentences sentences;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<InitialAssessment.Settings> initialAssessmentPolicy;

	private final Policy<org.openprobation.assessment.domain.Countersigning.Settings> countersigningPolicy;

	Assessments(AssessmentRepository repository, People people, Sentences sentences, Clock clock,
			ProviderPolicies policies, Policy<InitialAssessment.Settings> initialAssessmentPolicy,
			Policy<org.openprobation.assessment.domain.Countersigning.Settings> countersigningPolicy) {
		this.policies = policies;
		this.countersigningPolicy = countersigningPolicy;
		this.initialAssessmentPolicy = initialAssessmentPolicy;
		this.repository = repository;
		this.people = people;
		this.sentences = sentences;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AssessmentSummary summary(long personId) {
		List<Long> id = List.of(personId);
		Inputs inputs = inputs(id);
		CaseScoring.Facts facts = facts(id, inputs).get(personId);
		return new AssessmentSummary(inputs.rosh().get(personId), facts == null ? null : CaseScoring.ogrs(facts),
				facts == null ? null : CaseScoring.ogrsGap(facts), inputs.rsr().get(personId),
				inputs.needs().get(personId), inputs.registrations().getOrDefault(personId, List.of()),
				repository.tiers(id).get(personId), repository.tierHistory(personId), inputs.women().get(personId),
				LocalDate.now(clock));
	}

	/**
	 * What a case's header shows (tier, risk of serious harm, registrations), in three
	 * queries; the rest of the summary is left empty.
	 */
	@Transactional(readOnly = true)
	public AssessmentSummary headline(long personId) {
		List<Long> id = List.of(personId);
		return new AssessmentSummary(repository.latestRosh(id).get(personId), null, null, null, null,
				repository.activeRegistrations(id).getOrDefault(personId, List.of()),
				repository.tiers(id).get(personId), List.of(), null, LocalDate.now(clock));
	}

	/** Current tier codes, for case lists, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> tierCodes(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.tierCodes(personIds);
	}

	/** Each person's latest RoSH assessment, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, RoshAssessment> latestRosh(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.latestRosh(personIds);
	}

	/**
	 * Each person's latest RoSH assessment as lists use it (date and overall level), in
	 * one query that leaves its free text unread.
	 */
	@Transactional(readOnly = true)
	public Map<Long, RoshOverall> latestRoshOverall(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.latestRoshOverall(personIds);
	}

	/** Each person's latest needs assessment, in one query. */
	public Map<Long, NeedsAssessment> latestNeeds(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.latestNeeds(personIds);
	}

	/**
	 * Each person's latest needs assessment with only the needs linked to offending or to
	 * risk of harm, which are all a plan's gaps are found from.
	 */
	public Map<Long, NeedsAssessment> latestLinkedNeeds(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.latestLinkedNeeds(personIds);
	}

	/** Active registrations of each person, for flag bars and lists, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, List<Registration>> registrations(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.activeRegistrations(personIds);
	}

	/**
	 * Recomputes one case's tier from its record now, keeping the history with the
	 * reason.
	 */
	public CaseTier recomputeTier(long personId, String reason) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		TierRow row = score(facts(List.of(personId), inputs(List.of(personId))).get(personId), personId, now,
				now.toLocalDate(), reason);
		repository.saveTier(row);
		return new CaseTier(row.tier(), row.protectPoints(), row.changePoints(), row.ogrsTwoYear(), now, reason);
	}

	/**
	 * Recomputes the tiers of every case of a provider (or all) as at a date; answers how
	 * many.
	 */
	public int recomputeAllTiers(@Nullable Long providerScope, LocalDate asOf, String reason) {
		return recompute(people.allIds(providerScope), asOf, reason);
	}

	/**
	 * Computes the tier of each of a provider's cases that has none (a case imported from
	 * a system that kept no tier), from its record as at today; answers how many.
	 */
	public int computeMissingTiers(long providerId, String reason) {
		List<Long> all = people.allIds(providerId);
		java.util.Set<Long> tiered = repository.tiered(all);
		return recompute(all.stream().filter(id -> !tiered.contains(id)).toList(), LocalDate.now(clock), reason);
	}

	/**
	 * Brings the stored tiers of these cases up to the tier rule applied to their record
	 * as at {@code asOf}: only those that differ are written, each with why (what changed
	 * with time, or the record), and only if nothing recomputed it meanwhile. Answers how
	 * many changed.
	 */
	public int refreshTiers(List<Long> personIds, LocalDate asOf, String trigger) {
		OffsetDateTime at = OffsetDateTime.now(clock);
		Map<Long, AssessmentRepository.StoredTier> stored = repository.storedTiers(personIds);
		Map<Long, CaseScoring.Facts> now = facts(personIds, inputs(personIds, asOf));
		Map<LocalDate, List<Long>> changedSince = new java.util.TreeMap<>();
		Map<Long, CaseScoring.Outcome> outcomes = new HashMap<>();
		for (Long person : personIds) {
			CaseScoring.Facts facts = now.get(person);
			if (facts == null) {
				continue;
			}
			CaseScoring.Outcome outcome = CaseScoring.score(facts, asOf);
			AssessmentRepository.StoredTier was = stored.get(person);
			if (was == null || !was.tier().equals(outcome.tier().code())) {
				outcomes.put(person, outcome);
				changedSince.computeIfAbsent(was == null ? asOf : was.calculatedOn(), d -> new ArrayList<>())
					.add(person);
			}
		}
		int changed = 0;
		for (Map.Entry<LocalDate, List<Long>> since : changedSince.entrySet()) {
			Map<Long, CaseScoring.Facts> then = facts(since.getValue(), inputs(since.getValue(), since.getKey()));
			for (Long person : since.getValue()) {
				AssessmentRepository.StoredTier was = stored.get(person);
				CaseScoring.Outcome outcome = outcomes.get(person);
				String why = was == null ? "no tier had been computed"
						: String.join("; ",
								TierChange.why(was.tier(), then.get(person), since.getKey(), now.get(person), asOf))
								+ " (was " + was.tier() + ")";
				TierRow row = new TierRow(person, outcome.tier().code(), outcome.tier().protectPoints(),
						outcome.tier().changePoints(), outcome.ogrs() == null ? null : outcome.ogrs().twoYearPercent(),
						at, trigger + ": " + why);
				if (repository.refreshTier(row, was == null ? null : was.version())) {
					changed++;
				}
			}
		}
		return changed;
	}

	/** Every case's id, for a job that goes through them all in parts. */
	@Transactional(readOnly = true)
	public List<Long> allCases() {
		return people.allIds(null);
	}

	private int recompute(List<Long> all, LocalDate asOf, String reason) {
		OffsetDateTime at = OffsetDateTime.now(clock);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			Map<Long, CaseScoring.Facts> facts = facts(chunk, inputs(chunk, asOf));
			List<TierRow> rows = new ArrayList<>(chunk.size());
			for (Long person : chunk) {
				rows.add(score(facts.get(person), person, at, asOf, reason));
			}
			repository.replaceTiers(rows);
		}
		return all.size();
	}

	/**
	 * Records one need as now assessed: a new version of the needs assessment, dated
	 * today, with the other needs as they were; the tier is recomputed in the same
	 * transaction. Refused when nothing about the need is different from the current
	 * assessment, unless the officer says it was reviewed and nothing has changed (a
	 * needs assessment saved again is not a new one: issue 29).
	 */
	public NeedsAssessment recordNeed(long personId, TierRule.Need need, TierRule.NeedSeverity severity,
			boolean linkedToOffending, boolean linkedToHarm, String author, boolean reviewedNoChange) {
		NeedsAssessment latest = repository.latestNeeds(List.of(personId)).get(personId);
		Map<TierRule.Need, NeedsAssessment.AssessedNeed> needs = new EnumMap<>(TierRule.Need.class);
		for (TierRule.Need each : TierRule.Need.values()) {
			needs.put(each, new NeedsAssessment.AssessedNeed(each, TierRule.NeedSeverity.NO_NEED, false, false));
		}
		if (latest != null) {
			latest.needs().forEach(n -> needs.put(n.need(), n));
		}
		boolean noNeed = severity == TierRule.NeedSeverity.NO_NEED;
		NeedsAssessment.AssessedNeed assessed = new NeedsAssessment.AssessedNeed(need, severity,
				!noNeed && linkedToOffending, !noNeed && linkedToHarm);
		if (latest != null && !reviewedNoChange && assessed.equals(needs.get(need))) {
			throw new org.openprobation.shared.BadRequest(List.of(new org.openprobation.shared.FieldProblem(
					"reviewedNoChange", "Nothing is different from the current assessment of this need: change what "
							+ "has changed, or confirm you reviewed it and nothing has changed")));
		}
		needs.put(need, assessed);
		LocalDate today = LocalDate.now(clock);
		List<NeedsAssessment.AssessedNeed> all = List.copyOf(needs.values());
		long id = repository.insertNeedsAssessment(personId, today, author, all);
		recomputeTier(personId, "Need reassessed: " + need.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		return new NeedsAssessment(id, today, author, all);
	}

	/** What was assessed, for a new risk of serious harm assessment. */
	public record NewRosh(Map<RoshAssessment.RiskGroup, TierRule.RoshLevel> levels, String whoIsAtRisk,
			String natureOfHarm, String imminence, String increasesRisk, String reducesRisk, String riskManagementPlan,
			boolean reviewedNoChange) {

		/** Whether it says what the assessment it would replace says, word for word. */
		public boolean sameAs(@Nullable RoshAssessment current) {
			return current != null && levels.equals(current.levels()) && same(whoIsAtRisk, current.whoIsAtRisk())
					&& same(natureOfHarm, current.natureOfHarm()) && same(imminence, current.imminence())
					&& same(increasesRisk, current.increasesRisk()) && same(reducesRisk, current.reducesRisk())
					&& same(riskManagementPlan, current.riskManagementPlan());
		}

		private static boolean same(String typed, @Nullable String held) {
			return typed.strip().equals(held == null ? "" : held.strip());
		}

	}

	/** The dates of a case's risk of serious harm assessments, newest first. */
	@Transactional(readOnly = true)
	public List<LocalDate> roshDates(long personId) {
		return repository.roshHistory(personId);
	}

	/**
	 * Why the RoSH assessment needs reviewing now, if it does: none yet, older than the
	 * provider's review interval, or a trigger since (a registration added, a move to the
	 * address the person has lived at since {@code addressFrom}).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> roshReviewPrompt(long personId, @Nullable Long providerId,
			@Nullable LocalDate addressFrom) {
		List<LocalDate> history = repository.roshHistory(personId);
		if (history.isEmpty()) {
			return java.util.Optional.of("No risk of serious harm assessment has been completed");
		}
		LocalDate last = history.get(0);
		InitialAssessment.Settings timescales = initialAssessment(providerId);
		if (InitialAssessment.reviewDue(last, timescales).isBefore(LocalDate.now(clock))) {
			return java.util.Optional
				.of("The last assessment is over " + timescales.reviewMonths() + " months old: a review is due");
		}
		boolean registrationSince = repository.activeRegistrations(List.of(personId))
			.getOrDefault(personId, List.of())
			.stream()
			.anyMatch(r -> r.startDate().isAfter(last));
		if (registrationSince) {
			return java.util.Optional.of("A registration has been added since the last assessment: review the risk");
		}
		return addressFrom != null && addressFrom.isAfter(last)
				? java.util.Optional.of("The person moved address on "
						+ addressFrom.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
						+ ", after the last assessment: review the risk and the sentence plan")
				: java.util.Optional.empty();
	}

	private TierRow score(CaseScoring.@Nullable Facts facts, long personId, OffsetDateTime at, LocalDate asOf,
			String reason) {
		if (facts == null) {
			throw new IllegalArgumentException("No person " + personId);
		}
		CaseScoring.Outcome outcome = CaseScoring.score(facts, asOf);
		return new TierRow(personId, outcome.tier().code(), outcome.tier().protectPoints(),
				outcome.tier().changePoints(), outcome.ogrs() == null ? null : outcome.ogrs().twoYearPercent(), at,
				reason);
	}

	/**
	 * What the tier reads for a set of people, each looked up once, in a fixed number of
	 * queries.
	 */
	private record Inputs(Map<Long, PersonSummary> persons, Map<Long, ScoringFacts> scoring,
			Map<Long, RoshAssessment> rosh, Map<Long, RsrScore> rsr, Map<Long, NeedsAssessment> needs,
			Map<Long, List<Registration>> registrations, Map<Long, WomenFactorsRecord> women,
			Map<Long, Sex> scoringSexes, LocalDate asOf) {
	}

	private Inputs inputs(Collection<Long> personIds) {
		return inputs(personIds, LocalDate.now(clock));
	}

	private Inputs inputs(Collection<Long> personIds, LocalDate asOf) {
		return new Inputs(people.byIds(personIds), sentences.scoringFacts(personIds, asOf),
				repository.latestRosh(personIds), repository.latestRsr(personIds), repository.latestNeeds(personIds),
				repository.activeRegistrations(personIds), repository.latestWomenFactors(personIds),
				repository.scoringSexes(personIds), asOf);
	}

	private static TierRule.WomenFactors womenFactors(Inputs inputs, long personId) {
		WomenFactorsRecord women = inputs.women().get(personId);
		return women == null ? TierRule.WomenFactors.none()
				: new TierRule.WomenFactors(women.parentingResponsibilities(), women.impulsivityOrTemper(),
						women.breachOrRecallWithinYearOf(inputs.asOf()));
	}

	/**
	 * The model the scores use: the gender when it is male or female, else the sex for
	 * scoring recorded, else none (never male by default).
	 */
	static @Nullable Sex sexForScoring(Gender gender, @Nullable Sex recorded) {
		return switch (gender) {
			case MALE -> Sex.MALE;
			case FEMALE -> Sex.FEMALE;
			case OTHER, NOT_KNOWN -> recorded;
		};
	}

	/** Every input of the tier for each of a set of people. */
	private Map<Long, CaseScoring.Facts> facts(Collection<Long> personIds, Inputs inputs) {
		Map<Long, PersonSummary> persons = inputs.persons();
		Map<Long, ScoringFacts> scoring = inputs.scoring();
		Map<Long, RoshAssessment> rosh = inputs.rosh();
		Map<Long, RsrScore> rsr = inputs.rsr();
		Map<Long, NeedsAssessment> needs = inputs.needs();
		Map<Long, List<Registration>> registrations = inputs.registrations();
		Map<Long, CaseScoring.Facts> facts = new HashMap<>();
		for (Long id : personIds) {
			PersonSummary person = persons.get(id);
			if (person == null) {
				continue;
			}
			Set<TierRule.ComplexityFactor> complexity = EnumSet.noneOf(TierRule.ComplexityFactor.class);
			TierRule.MappaLevel mappa = null;
			boolean iom = false;
			boolean unsupervised = false;
			for (Registration r : registrations.getOrDefault(id, List.of())) {
				if (r.type().complexityFactor() != null) {
					complexity.add(r.type().complexityFactor());
				}
				if (r.type() == RegistrationType.MAPPA && r.mappaLevel() != null) {
					TierRule.MappaLevel level = TierRule.MappaLevel.valueOf("M" + r.mappaLevel());
					mappa = (mappa == null || level.compareTo(mappa) > 0) ? level : mappa;
				}
				iom |= r.type() == RegistrationType.IOM_NOMINAL;
				unsupervised |= r.type() == RegistrationType.UNSUPERVISED;
			}
			NeedsAssessment assessed = needs.get(id);
			Map<TierRule.Need, TierRule.NeedSeverity> needMap = new EnumMap<>(TierRule.Need.class);
			if (assessed != null) {
				assessed.needs().forEach(n -> needMap.put(n.need(), n.severity()));
			}
			RoshAssessment r = rosh.get(id);
			RsrScore score = rsr.get(id);
			facts.put(id,
					new CaseScoring.Facts(sexForScoring(person.gender(), inputs.scoringSexes().get(id)),
							person.dateOfBirth(), scoring.get(id), r == null ? null : r.overall(),
							score == null ? null : score.percent(), complexity, mappa, iom, unsupervised,
							assessed == null ? null : assessed.assessedOn(), needMap, womenFactors(inputs, id)));
		}
		return facts;
	}

	/**
	 * The provider's rule for when the initial assessment and plan are due (the defaults
	 * for no provider).
	 */
	@Transactional(readOnly = true)
	public InitialAssessment.Settings initialAssessment(@Nullable Long providerId) {
		return policies.current(initialAssessmentPolicy, providerId);
	}

	/**
	 * When a case's initial assessment and plan are due, from its allocation to its
	 * officer: before release for a case in custody, otherwise by the provider's rule.
	 */
	@Transactional(readOnly = true)
	public LocalDate initialAssessmentDue(long personId, @Nullable Long providerId, LocalDate allocatedOn) {
		org.openprobation.sentences.CurrentSentence current = sentences.current(List.of(personId)).get(personId);
		return InitialAssessment.dueBy(allocatedOn,
				current != null && current.kind() == org.openprobation.sentences.SentenceKind.PRE_RELEASE
						? current.expectedEndDate() : null,
				initialAssessment(providerId));
	}

	/** The provider's rule for which assessments and plans a manager countersigns. */
	@Transactional(readOnly = true)
	public org.openprobation.assessment.domain.Countersigning.Settings countersigning(@Nullable Long providerId) {
		return policies.current(countersigningPolicy, providerId);
	}

	/**
	 * Each case's latest RoSH assessment under management oversight (countersigned,
	 * returned, awaiting, or not needed under its provider's policy), in two queries.
	 */
	@Transactional(readOnly = true)
	public Map<Long, RoshOversight> roshOversight(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, AssessmentRepository.RoshDecided> latest = repository.latestRoshDecided(personIds);
		Map<Long, Long> providers = people.providersOf(latest.keySet());
		Map<Long, org.openprobation.assessment.domain.Countersigning.Settings> settings = new java.util.HashMap<>();
		Map<Long, RoshOversight> result = new java.util.HashMap<>();
		latest.forEach((personId, r) -> {
			var rule = settings.computeIfAbsent(providers.getOrDefault(personId, -1L),
					provider -> countersigning(provider < 0 ? null : provider));
			result.put(personId,
					new RoshOversight(personId, r.rosh(), r.author(), org.openprobation.assessment.domain.Countersigning
						.stateOf(rule.requiredFor(r.rosh().overall()), r.rosh().assessedOn(), r.decided(), rule)));
		});
		return result;
	}

	/**
	 * When each case's review triggers last happened and its needs were last assessed, in
	 * one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ReviewFacts> reviewFacts(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.reviewFacts(personIds);
	}

}
