package org.openprobation.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.inspection.domain.CaseDealing;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.inspection.application.InspectionResults;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.inspection.persistence.InspectionRepository.AnswerRow;
import org.openprobation.inspection.persistence.InspectionRepository.CaseRow;
import org.openprobation.organisation.Organisation;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running an inspection or a self-inspection: drawing the sample from the record, the
 * inspectors' answers with moderation and interviews, the organisational judgements, the
 * ratings and the recommendations carried into the next inspection.
 */
@Service
@Transactional
public class Inspections {

	public static final List<String> ANSWERS = List.of("YES", "NO", "NOT_APPLICABLE");

	/** Every tenth case of the sample is double-marked for moderation (inspection.md). */

	private final InspectionRepository repository;

	private final Frameworks frameworks;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	private final CaseGate gate;

	private final InspectionResults results;

	Inspections(InspectionRepository repository, Frameworks frameworks, Organisation organisation, AuditLog audit,
			Clock clock, CaseGate gate, InspectionResults results) {
		this.results = results;
		this.gate = gate;
		this.repository = repository;
		this.frameworks = frameworks;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the person drawing a sample asks for; anything null takes its default. */
	public record NewInspection(@Nullable Long providerId, @Nullable String framework, @Nullable String method,
			@Nullable String title, @Nullable LocalDate fieldworkOn, @Nullable LocalDate windowFrom,
			@Nullable LocalDate windowTo, @Nullable Double confidence, @Nullable Double margin, @Nullable Integer size,
			@Nullable String sizeReason, @Nullable Integer bufferPercent, @Nullable Integer minimumWomen,
			@Nullable Integer minimumMinority, @Nullable Long seed) {
	}

	/**
	 * Whether the user may draw samples and answer: inspectors, quality and area
	 * managers.
	 */
	public static boolean mayInspect(CurrentUser user) {
		return user.hasAny(Role.INSPECTOR, Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN);
	}

	/**
	 * Refuses anyone else, naming what they tried ("draw inspection samples").
	 */
	public static void requireMayInspect(CurrentUser user, String what) {
		if (!mayInspect(user)) {
			throw new AccessDeniedException("Only inspectors, quality and area managers " + what + ".");
		}
	}

	/**
	 * Whether the user may read inspections (those above, and senior probation officers).
	 */
	public static boolean mayRead(CurrentUser user) {
		return mayInspect(user) || user.has(Role.SPO);
	}

	public Map<Long, String> providersFor(CurrentUser user) {
		Map<Long, String> all = organisation.providers();
		if (user.readsEveryProvider()) {
			return all;
		}
		Map<Long, String> own = new LinkedHashMap<>();
		if (user.providerId() != null && all.containsKey(user.providerId())) {
			own.put(user.providerId(), all.get(user.providerId()));
		}
		return own;
	}

	public String providerName(long providerId) {
		return organisation.providerName(providerId).orElse("Provider " + providerId);
	}

	@Transactional(readOnly = true)
	public List<Inspection> list(CurrentUser user) {
		requireRead(user);
		return repository.list(user.readsEveryProvider() ? null : user.providerId());
	}

	@Transactional(readOnly = true)
	public Inspection find(CurrentUser user, long id) {
		requireRead(user);
		Inspection inspection = repository.find(id).orElseThrow(() -> new NotFound("No inspection " + id));
		if (!user.readsEveryProvider() && !Long.valueOf(inspection.providerId()).equals(user.providerId())) {
			throw new NotFound("No inspection " + id);
		}
		return inspection;
	}

	public Framework framework(Inspection inspection) {
		return frameworks.find(inspection.framework()).orElseThrow();
	}

	/** The sample's make-up against the population, and how it was drawn. */
	public record Makeup(List<InspectionRepository.StratumRow> strata, List<String> trail) {
	}

	@Transactional(readOnly = true)
	public Makeup makeup(CurrentUser user, long id) {
		find(user, id);
		return new Makeup(repository.strata(id), repository.trail(id));
	}

	/**
	 * An inspection's sample as the user may see it: the cases they are excluded from, or
	 * that are restricted without naming them, are left out and counted; which cases are
	 * double-marked is decided on the whole sample, so it is the same for every reader.
	 */
	public record Sample(List<CaseRow> cases, int hidden, Set<Long> forModeration) {

		public Sample {
			cases = List.copyOf(cases);
			forModeration = Set.copyOf(forModeration);
		}

	}

	public Sample sample(CurrentUser user, long id) {
		find(user, id);
		List<CaseRow> all = repository.cases(id);
		CaseGate.Shown<CaseRow> shown = gate.shown(user, all, CaseRow::personId);
		audit.recordShown(user, "VIEW_INSPECTION_SAMPLE", "Inspection " + id + ": " + shown.rows().size() + " cases"
				+ (shown.hidden() == 0 ? "" : ", " + shown.hidden() + " not shown"), shown.crns());
		return new Sample(shown.rows(), shown.hidden(), forModeration(all));
	}

	/** Main cases selected for double-marking: every tenth in pick order. */
	public static Set<Long> forModeration(List<CaseRow> cases) {
		return CaseDealing.forModeration(cases.stream().filter(c -> !c.reserve()).map(CaseRow::personId).toList());
	}

	/**
	 * Refuses (audited) a sampled case the user may not see, before the answers are read;
	 * a case outside the sample is left for {@link #answer} to explain.
	 */
	public void checkMayAnswer(CurrentUser user, long id, String crn) {
		find(user, id);
		repository.sampleCase(id, crn)
			.ifPresent(row -> gate.openPerson(user, row.personId(), CaseUse.READ,
					"answer for the case in inspection " + id));
	}

	/** A case of the sample, through the case gate. */
	public CaseRow sampleCase(CurrentUser user, long id, String crn) {
		find(user, id);
		CaseRow row = repository.sampleCase(id, crn)
			.orElseThrow(() -> new NotFound("Case " + crn + " is not in the sample of inspection " + id));
		gate.openPerson(user, row.personId(), CaseUse.READ, "inspect the case in inspection " + id);
		return row;
	}

	/**
	 * One case's answers by question: the inspector's, and the moderator's when there.
	 */
	public record CaseAnswers(Map<String, AnswerRow> answers, Map<String, AnswerRow> moderation,
			InspectionRepository.@Nullable InterviewRow interview) {
	}

	public CaseAnswers answersOf(CurrentUser user, long id, CaseRow sampled) {
		find(user, id);
		long personId = gate.openPerson(user, sampled.personId(), CaseUse.READ, "inspection answers").personId();
		Map<String, AnswerRow> answers = new TreeMap<>();
		Map<String, AnswerRow> moderation = new TreeMap<>();
		for (AnswerRow row : repository.answers(id)) {
			if (row.personId() == personId) {
				(row.moderation() ? moderation : answers).put(row.question(), row);
			}
		}
		return new CaseAnswers(answers, moderation, repository.interview(id, personId).orElse(null));
	}

	/** A typed answer and its evidence note. */
	/**
	 * {@code example}: the inspector offers the note, anonymised, as a practice example
	 * for the report.
	 */
	public record TypedAnswer(@Nullable String answer, @Nullable String note, boolean example) {

		public TypedAnswer(@Nullable String answer, @Nullable String note) {
			this(answer, note, false);
		}

	}

	/**
	 * Saves the answers for one case (all or none): every question must belong to the
	 * framework's case supervision standards and every answer be yes, no or not
	 * applicable; the case must be in the sample (not a reserve). A moderator must be
	 * someone other than the inspector who answered.
	 */
	public int answer(CurrentUser user, long id, @Nullable String crn, Map<String, TypedAnswer> answers,
			boolean moderation) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		List<FieldProblem> problems = new ArrayList<>();
		CaseRow sampled = crn == null ? null : repository.sampleCase(id, crn.strip().toUpperCase()).orElse(null);
		if (sampled == null) {
			problems.add(new FieldProblem("crn", "Case " + crn + " is not in the sample of this inspection"));
		}
		else if (sampled.reserve()) {
			problems.add(
					new FieldProblem("crn", "Case " + crn + " is a reserve: swap it into the sample before answering"));
		}
		if (sampled != null) {
			gate.openPerson(user, sampled.personId(), CaseUse.READ, "answer for the case in inspection " + id);
		}
		Set<String> questions = framework(inspection).caseSupervision()
			.stream()
			.flatMap(s -> s.keyQuestions().stream())
			.collect(Collectors.toSet());
		Map<String, TypedAnswer> valid = new TreeMap<>();
		answers.forEach((question, typed) -> {
			String field = "answers." + question;
			if (!questions.contains(question)) {
				problems.add(new FieldProblem(field,
						question + " is not a case supervision key question of " + inspection.framework()));
			}
			else if (typed.answer() == null || typed.answer().isBlank()) {
				return;
			}
			else if (!ANSWERS.contains(typed.answer())) {
				problems.add(new FieldProblem(field, "Answer " + question + " yes, no or not applicable"));
			}
			else if (typed.note() != null && typed.note().length() > 4000) {
				problems.add(new FieldProblem(field + ".note", "The note must be 4,000 characters or fewer"));
			}
			else {
				valid.put(question, typed);
			}
		});
		if (problems.isEmpty() && valid.isEmpty()) {
			problems.add(new FieldProblem("answers", "Answer at least one key question"));
		}
		if (problems.isEmpty() && moderation) {
			boolean ownCase = repository.answers(id)
				.stream()
				.anyMatch(a -> a.personId() == sampled.personId() && !a.moderation()
						&& a.answeredBy().equals(user.username()));
			if (ownCase) {
				problems
					.add(new FieldProblem("answers", "You answered this case: moderation needs a second inspector"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		valid.forEach((question, typed) -> repository.saveAnswer(id, sampled.personId(), question, moderation,
				typed.answer(), typed.note() == null || typed.note().isBlank() ? null : typed.note().strip(),
				typed.example() && !moderation && typed.note() != null && !typed.note().isBlank(), user.username()));
		repository.assign(id, sampled.personId(), moderation ? null : user.username(),
				moderation ? user.username() : null);
		audit.record(user, "INSPECTION_ANSWER", sampled.crn(), inspection.kindLabel() + " " + id + ": " + valid.size()
				+ (moderation ? " moderation answers" : " answers"));
		return valid.size();
	}

	public void interview(CurrentUser user, long id, String crn, @Nullable LocalDate heldOn, @Nullable String note) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		CaseRow sampled = sampleCase(user, id, crn);
		List<FieldProblem> problems = new ArrayList<>();
		if (heldOn == null) {
			problems.add(new FieldProblem("heldOn", "Enter the date of the interview"));
		}
		else if (heldOn.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("heldOn", "The interview cannot be in the future"));
		}
		if (note == null || note.isBlank()) {
			problems.add(new FieldProblem("note", "Note what the officer said"));
		}
		else if (note.length() > 4000) {
			problems.add(new FieldProblem("note", "The note must be 4,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.saveInterview(id, sampled.personId(), heldOn, note.strip(), user.username());
		audit.record(user, "INSPECTION_INTERVIEW", sampled.crn(), inspection.kindLabel() + " " + id);
	}

	/**
	 * Swaps a reserve from the same stratum in place of a case that cannot be inspected.
	 */
	public String replace(CurrentUser user, long id, String crn, @Nullable String reason) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		CaseRow out = sampleCase(user, id, crn);
		if (reason == null || reason.isBlank()) {
			throw new BadRequest(List.of(new FieldProblem("reason", "Give the reason the case cannot be inspected")));
		}
		if (out.reserve()) {
			throw new BadRequest(List.of(new FieldProblem("crn", "Case " + crn + " is already a reserve")));
		}
		List<CaseRow> cases = repository.cases(id);
		CaseRow in = cases.stream()
			.filter(c -> c.reserve() && c.stratum().equals(out.stratum()))
			.findFirst()
			.orElseThrow(() -> new Conflict("No reserve is left in the stratum " + out.stratum()));
		repository.swap(id, out.personId(), in.personId());
		List<String> trail = repository.trail(id);
		repository.insertStep(id, trail.size(), "Replaced " + out.crn() + " by reserve " + in.crn() + " ("
				+ out.stratum() + "): " + reason.strip() + " (" + user.username() + ").");
		return in.crn();
	}

	/** Counts per key question over the main sample's answers. */
	public record QuestionCount(String code, String text, int yes, int no, int notApplicable) {

		public int relevant() {
			return yes + no;
		}

	}

	public record Judgement(String standard, @Nullable Rating rating, @Nullable String rationale,
			@Nullable Map<String, RatingsEngine.Count> counts) {
	}

	/**
	 * Where an inspection stands: progress, counts, moderation and the ratings so far.
	 */
	public record Results(Inspection inspection, Framework framework, int cases, int casesAnswered,
			List<QuestionCount> questions, Map<String, Judgement> judgements, RatingsEngine.Partial ratings,
			int moderated, int disagreements, List<InspectionRepository.OverrideRow> overrides) {

		public QuestionCount question(String code) {
			return questions.stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
		}

		/**
		 * A key question's percentage, band and interval on the cases answered so far;
		 * null while it has no relevant case.
		 */
		public RatingsEngine.@Nullable QuestionResult ratedQuestion(String code) {
			QuestionCount count = question(code);
			return count.relevant() == 0 ? null
					: RatingsEngine.question(framework, code, count.yes(), count.relevant());
		}

		public RatingsEngine.@Nullable StandardResult rated(String standard) {
			return ratings.rated().stream().filter(s -> s.code().equals(standard)).findFirst().orElse(null);
		}

		/**
		 * The fewest relevant cases among a case-based standard's key questions (those
		 * not optional); null for a standard rated by judgement.
		 */
		public @Nullable Integer relevantCases(String standard) {
			Framework.Standard s = framework.standard(standard).orElse(null);
			if (s == null || !s.caseBased()) {
				return null;
			}
			// the main sample's answers, or the counts of a separately sampled standard
			Judgement judgement = judgements.get(standard);
			Map<String, RatingsEngine.Count> separate = judgement == null || judgement.counts() == null ? Map.of()
					: judgement.counts();
			return s.keyQuestions()
				.stream()
				.filter(q -> !s.optionalQuestions().contains(q))
				.mapToInt(q -> separate.containsKey(q) ? separate.get(q).relevant()
						: questions.stream().filter(c -> c.code().equals(q)).mapToInt(QuestionCount::relevant).sum())
				.min()
				.orElse(0);
		}

		/**
		 * A case-based standard rated on fewer relevant cases than the framework's
		 * minimum: its rating is provisional, and reports show its counts, not its bands.
		 */
		public boolean provisional(String standard) {
			Integer relevant = relevantCases(standard);
			return framework.minimumCases() != null && relevant != null && relevant < framework.minimumCases();
		}

		/**
		 * The overall rating is provisional while any standard that counts towards it is.
		 */
		public boolean overallProvisional() {
			return framework.standards()
				.stream()
				.filter(Framework.Standard::contributes)
				.anyMatch(s -> provisional(s.code()));
		}

		/** "Provisional: 12 of the 30 cases needed", for a provisional standard. */
		public String provisionalLabel(String standard) {
			return "Provisional: " + relevantCases(standard) + " of the " + framework.minimumCases()
					+ " relevant cases needed";
		}

	}

	/**
	 * The newest inspection by the Inspectorate of a provider, and its overall rating so
	 * far.
	 */
	public record Latest(long id, String title, LocalDate fieldworkOn, @Nullable String overall) {
	}

	/** Each provider's newest inspection by the Inspectorate (for the national view). */
	@Transactional(readOnly = true)
	public Map<Long, Latest> latestInspections() {
		Map<Long, Latest> latest = new java.util.HashMap<>();
		for (Inspection i : repository.list(null)) {
			if (i.selfInspection() || latest.containsKey(i.providerId())) {
				continue;
			}
			Rating overall = results.of(i).ratings().overall();
			latest.put(i.providerId(),
					new Latest(i.id(), i.title(), i.fieldworkOn(), overall == null ? null : overall.label()));
		}
		return latest;
	}

	/** The code an override of the overall rating is recorded under. */
	public static final String OVERALL = "OVERALL";

	public static final Map<String, String> PROGRESS = Map.of("NOT_STARTED", "Not started", "IN_PROGRESS",
			"In progress", "DONE", "Done");

	private static void requireRead(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("Inspections are read by inspectors, managers and quality staff.");
		}
	}

	/** Refuses a user who may not answer or rate this inspection. */
	public static void requireAssessor(CurrentUser user, Inspection inspection) {
		boolean allowed = inspection.selfInspection() ? user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN)
				: user.hasAny(Role.INSPECTOR, Role.ADMIN);
		if (!allowed) {
			throw new AccessDeniedException(inspection.selfInspection()
					? "A self-inspection is answered by the provider's quality team and managers."
					: "An inspection is answered by inspectors.");
		}
	}

}
