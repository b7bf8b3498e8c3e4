package org.openprobation.inspection;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.inspection.domain.CaseSampler;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.inspection.domain.SampleAllocation;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.inspection.persistence.InspectionRepository.AnswerRow;
import org.openprobation.inspection.persistence.InspectionRepository.CaseRow;
import org.openprobation.inspection.persistence.InspectionRepository.FrameRow;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.ProviderType;
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
	public static final int MODERATE_EVERY = 10;

	private final InspectionRepository repository;

	private final Frameworks frameworks;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.access.Users users;

	private final CaseGate gate;

	Inspections(InspectionRepository repository, Frameworks frameworks, Organisation organisation, AuditLog audit,
			Clock clock, org.openprobation.access.Users users, CaseGate gate) {
		this.users = users;
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

	/**
	 * Draws the sample and records the inspection, its strata, cases and allocation trail
	 * in one transaction; nothing is saved when any input is wrong.
	 */
	public Inspection create(CurrentUser user, NewInspection request) {
		requireMayInspect(user, "draw inspection samples");
		List<FieldProblem> problems = new ArrayList<>();
		boolean inspectorate = user.hasAny(Role.INSPECTOR, Role.ADMIN);
		Long providerId = request.providerId();
		if (providerId == null) {
			providerId = inspectorate ? (organisation.providers().size() == 1
					? organisation.providers().keySet().iterator().next() : null) : user.providerId();
		}
		if (providerId == null || !organisation.providers().containsKey(providerId)) {
			problems.add(new FieldProblem("providerId", "Choose the provider to inspect"));
		}
		else if (!inspectorate && !providerId.equals(user.providerId())) {
			problems.add(new FieldProblem("providerId", "You can inspect only your own provider"));
		}
		String frameworkCode = request.framework() != null && !request.framework().isBlank() ? request.framework()
				: providerId == null ? null : defaultFramework(providerId);
		Framework framework = frameworkCode == null ? null : frameworks.find(frameworkCode).orElse(null);
		if (framework == null && providerId != null) {
			problems.add(new FieldProblem("framework", "Choose one of " + String.join(", ", frameworks.codes())));
		}
		CaseSampler.Method method = CaseSampler.Method.HMIP_2018;
		if (request.method() != null && !request.method().isBlank()) {
			try {
				method = CaseSampler.Method.valueOf(request.method());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("method", "Choose HMIP_2018 or QUALITY_AND_IMPACT"));
			}
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate fieldwork = request.fieldworkOn() == null ? today : request.fieldworkOn();
		LocalDate from = request.windowFrom() == null
				? (inspectorate ? fieldwork.minusMonths(9) : fieldwork.minusMonths(7)) : request.windowFrom();
		LocalDate to = request.windowTo() == null ? fieldwork.minusMonths(6) : request.windowTo();
		if (from.isAfter(to)) {
			problems.add(new FieldProblem("windowFrom", "The window must start on or before its end"));
		}
		if (to.isAfter(fieldwork)) {
			problems.add(new FieldProblem("windowTo", "The window must end on or before the fieldwork date"));
		}
		double confidence = request.confidence() == null ? 0.8 : request.confidence();
		if (!(confidence > 0 && confidence < 1)) {
			problems.add(new FieldProblem("confidence", "The confidence must be between 0 and 1, like 0.8 for 80%"));
		}
		double margin = request.margin() == null ? 0.05 : request.margin();
		if (!(margin > 0 && margin < 0.5)) {
			problems.add(new FieldProblem("margin", "The margin must be between 0 and 0.5, like 0.05 for \u00b15%"));
		}
		int buffer = request.bufferPercent() == null ? 20 : request.bufferPercent();
		if (buffer < 0 || buffer > 100) {
			problems.add(new FieldProblem("bufferPercent", "The buffer must be between 0 and 100 per cent"));
		}
		int women = request.minimumWomen() == null ? 0 : request.minimumWomen();
		int minority = request.minimumMinority() == null ? 0 : request.minimumMinority();
		if (women < 0) {
			problems.add(new FieldProblem("minimumWomen", "The minimum cannot be negative"));
		}
		if (minority < 0) {
			problems.add(new FieldProblem("minimumMinority", "The minimum cannot be negative"));
		}
		if (request.size() != null && request.size() < 1) {
			problems.add(new FieldProblem("size", "The sample size must be at least 1"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		List<FrameRow> frame = repository.frame(providerId, from, to, today);
		int population = frame.size();
		if (population == 0) {
			throw new BadRequest(List.of(new FieldProblem("windowFrom",
					"No eligible case started between " + from + " and " + to + ": choose another window")));
		}
		int computed = SampleAllocation.size(confidence, margin, population);
		int size = request.size() == null ? computed : request.size();
		String reason = request.sizeReason() == null || request.sizeReason().isBlank() ? null
				: request.sizeReason().strip();
		if (size > population) {
			problems.add(new FieldProblem("size",
					"The sample of " + size + " is larger than the " + population + " eligible cases in the window"));
		}
		else if (size != computed && reason == null) {
			problems.add(new FieldProblem("sizeReason", "Give the reason for a sample of " + size + " instead of the "
					+ computed + " the confidence and margin need"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long seed = request.seed() == null ? new SecureRandom().nextLong() & Long.MAX_VALUE : request.seed();
		Map<Long, String> officeNames = new TreeMap<>();
		frame.forEach(f -> officeNames.put(f.officeId(), f.officeName()));
		List<CaseSampler.Candidate> candidates = frame.stream().map(Inspections::candidate).toList();
		CaseSampler.Sample sample = CaseSampler.draw(candidates,
				new CaseSampler.Request(method, size, buffer, women, minority, seed), officeNames);
		String title = request.title() == null || request.title().isBlank()
				? (inspectorate ? "Inspection" : "Self-inspection") + " of " + providerName(providerId) + ", "
						+ fieldwork
				: request.title().strip();
		if (title.length() > 200) {
			throw new BadRequest(List.of(new FieldProblem("title", "The title must be 200 characters or fewer")));
		}
		int unallocated = repository.unallocated(providerId, from, to, today);
		Inspection inspection = new Inspection(0, providerId, inspectorate ? "INSPECTORATE" : "SELF", framework.code(),
				method.name(), title, fieldwork, from, to, BigDecimal.valueOf(confidence), BigDecimal.valueOf(margin),
				population, computed, size, reason, buffer, women, minority, seed, sample.shortBy(), unallocated,
				user.username(), java.time.Instant.now(clock));
		long id = repository.insert(inspection);
		int position = 0;
		for (CaseSampler.StratumFigure figure : sample.strata()) {
			repository.insertStratum(id, position++, figure.name(), figure.population(), figure.proportional(),
					figure.sampled(), figure.reserves());
		}
		Map<Long, FrameRow> byPerson = frame.stream()
			.collect(Collectors.toMap(FrameRow::personId, Function.identity()));
		for (CaseSampler.Pick pick : sample.picks()) {
			repository.insertCase(id, byPerson.get(pick.candidate().personId()), pick.stratum(), pick.pick(),
					pick.reserve());
		}
		List<String> trail = new ArrayList<>();
		trail.add("Eligible: " + population + " cases (community orders, suspended sentence orders and licences)"
				+ " starting between " + from + " and " + to + ", one per person, restricted cases left out"
				+ (unallocated > 0 ? "; " + unallocated + " without a responsible officer also left out" : "") + ".");
		trail.add("Size: " + computed + " for " + Math.round(confidence * 100) + "% confidence and \u00b1"
				+ BigDecimal.valueOf(margin * 100).stripTrailingZeros().toPlainString() + "% margin"
				+ (size != computed ? "; set to " + size + " because " + reason : "") + ".");
		trail.addAll(sample.trail());
		for (int i = 0; i < trail.size(); i++) {
			repository.insertStep(id, i, trail.get(i));
		}
		for (InspectionRepository.RecommendationRow open : repository.openRecommendationsBefore(providerId, id)) {
			repository.addRecommendation(id, open.text(), open.owner(), open.action(), open.dueOn(), open.id(),
					user.username());
		}
		audit.record(user, "INSPECTION_SAMPLE", null, inspection.kindLabel() + " " + id + ": " + sample.picks().size()
				+ " cases drawn from " + population + " with seed " + seed);
		return repository.find(id).orElseThrow();
	}

	private String defaultFramework(long providerId) {
		ProviderType type = organisation.providerType(providerId).orElse(ProviderType.CRC);
		return type == ProviderType.CRC ? "HMIP_2018_CRC" : "HMIP_2018_NPS";
	}

	private static CaseSampler.Candidate candidate(FrameRow f) {
		String ethnicity = f.ethnicity();
		boolean minority = !ethnicity.startsWith("W") && !"NS".equals(ethnicity);
		return new CaseSampler.Candidate(f.personId(), "FEMALE".equals(f.gender()), minority,
				"LICENCE".equals(f.sentenceKind()), f.roshMediumOrAbove(), f.areaId(), f.officeId(), f.staffId());
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
		List<CaseRow> main = cases.stream().filter(c -> !c.reserve()).toList();
		Set<Long> chosen = new java.util.HashSet<>();
		for (int i = MODERATE_EVERY - 1; i < main.size(); i += MODERATE_EVERY) {
			chosen.add(main.get(i).personId());
		}
		if (!main.isEmpty() && chosen.isEmpty()) {
			chosen.add(main.get(main.size() - 1).personId());
		}
		return chosen;
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
	public record TypedAnswer(@Nullable String answer, @Nullable String note) {
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
		valid.forEach(
				(question, typed) -> repository.saveAnswer(id, sampled.personId(), question, moderation, typed.answer(),
						typed.note() == null || typed.note().isBlank() ? null : typed.note().strip(), user.username()));
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
	 * Deals the sample's cases to inspectors, balanced by office (each office's cases
	 * spread across them, fewest first), never to someone who manages the case's officer
	 * (their senior probation officer or area manager); every tenth case is double-marked
	 * by a second inspector for moderation.
	 * @return the number of cases each inspector was dealt
	 */
	public Map<String, Integer> deal(CurrentUser user, long id, List<String> usernames) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		List<FieldProblem> problems = new ArrayList<>();
		List<CurrentUser> assessors = new ArrayList<>();
		for (String name : new java.util.LinkedHashSet<>(usernames)) {
			CurrentUser assessor = users.find(name.strip()).orElse(null);
			if (assessor == null) {
				problems.add(new FieldProblem("inspectors", "There is no user " + name.strip()));
			}
			else if (!mayAssess(assessor, inspection)) {
				problems.add(new FieldProblem("inspectors", name.strip() + " cannot answer this "
						+ inspection.kindLabel().toLowerCase(java.util.Locale.ROOT)));
			}
			else {
				assessors.add(assessor);
			}
		}
		if (problems.isEmpty() && assessors.isEmpty()) {
			problems.add(new FieldProblem("inspectors", "Name at least one inspector"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		List<CaseRow> main = repository.cases(id)
			.stream()
			.filter(c -> !c.reserve())
			.sorted(java.util.Comparator.comparing((CaseRow c) -> c.officeId() == null ? 0L : c.officeId())
				.thenComparing(CaseRow::pick))
			.toList();
		Set<Long> moderated = forModeration(main);
		Map<Long, org.openprobation.organisation.StaffMember> officers = organisation
			.staffByIds(main.stream().map(CaseRow::staffId).distinct().toList());
		Map<String, Integer> dealt = new LinkedHashMap<>();
		Map<String, Integer> moderating = new java.util.HashMap<>();
		Map<String, Integer> fromOffice = new java.util.HashMap<>();
		assessors.forEach(a -> dealt.put(a.username(), 0));
		int undealt = 0;
		for (CaseRow c : main) {
			org.openprobation.organisation.StaffMember officer = officers.get(c.staffId());
			List<CurrentUser> eligible = assessors.stream().filter(a -> !manages(a, officer)).toList();
			if (eligible.isEmpty()) {
				undealt++;
				continue;
			}
			CurrentUser chosen = eligible.stream()
				.min(java.util.Comparator
					.comparing((CurrentUser a) -> fromOffice.getOrDefault(a.username() + "/" + c.officeId(), 0))
					.thenComparing(a -> dealt.get(a.username())))
				.orElseThrow();
			String moderator = null;
			if (moderated.contains(c.personId())) {
				moderator = eligible.stream()
					.filter(a -> !a.username().equals(chosen.username()))
					.min(java.util.Comparator.comparing((CurrentUser a) -> moderating.getOrDefault(a.username(), 0)))
					.map(CurrentUser::username)
					.orElse(null);
				if (moderator != null) {
					moderating.merge(moderator, 1, Integer::sum);
				}
			}
			repository.deal(id, c.personId(), chosen.username(), moderator);
			dealt.merge(chosen.username(), 1, Integer::sum);
			fromOffice.merge(chosen.username() + "/" + c.officeId(), 1, Integer::sum);
		}
		List<String> trail = repository.trail(id);
		repository.insertStep(id, trail.size(),
				"Dealt to " + dealt.size() + " inspectors by office: " + dealt + (undealt > 0
						? "; " + undealt + " cases left undealt (every inspector named manages their officer)" : "")
						+ " (" + user.username() + ").");
		return dealt;
	}

	private static boolean mayAssess(CurrentUser user, Inspection inspection) {
		return inspection.selfInspection() ? user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN)
				&& (user.readsEveryProvider() || Long.valueOf(inspection.providerId()).equals(user.providerId()))
				: user.hasAny(Role.INSPECTOR, Role.ADMIN);
	}

	/**
	 * Whether an assessor manages a case's officer (their team's SPO or their area's
	 * manager).
	 */
	static boolean manages(CurrentUser assessor, org.openprobation.organisation.@Nullable StaffMember officer) {
		if (officer == null) {
			return false;
		}
		return (assessor.has(Role.SPO) && java.util.Objects.equals(assessor.teamId(), officer.teamId()))
				|| (assessor.has(Role.AREA_MANAGER) && java.util.Objects.equals(assessor.areaId(), officer.areaId()));
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

	}

	@Transactional(readOnly = true)
	public Results results(CurrentUser user, long id) {
		return resultsOf(find(user, id));
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
			Rating overall = resultsOf(i).ratings().overall();
			latest.put(i.providerId(),
					new Latest(i.id(), i.title(), i.fieldworkOn(), overall == null ? null : overall.label()));
		}
		return latest;
	}

	private Results resultsOf(Inspection inspection) {
		long id = inspection.id();
		Framework framework = framework(inspection);
		List<CaseRow> cases = repository.cases(id);
		Set<Long> main = cases.stream().filter(c -> !c.reserve()).map(CaseRow::personId).collect(Collectors.toSet());
		List<AnswerRow> answers = repository.answers(id).stream().filter(a -> main.contains(a.personId())).toList();
		Map<String, int[]> tally = new LinkedHashMap<>();
		framework.caseSupervision().forEach(s -> s.keyQuestions().forEach(q -> tally.put(q, new int[3])));
		Map<String, AnswerRow> firstMarks = new java.util.HashMap<>();
		int disagreements = 0;
		Set<Long> moderated = new java.util.HashSet<>();
		for (AnswerRow a : answers) {
			if (a.moderation()) {
				moderated.add(a.personId());
				continue;
			}
			firstMarks.put(a.personId() + "/" + a.question(), a);
			int[] t = tally.get(a.question());
			if (t != null) {
				t[ANSWERS.indexOf(a.answer())]++;
			}
		}
		for (AnswerRow a : answers) {
			AnswerRow first = firstMarks.get(a.personId() + "/" + a.question());
			if (a.moderation() && first != null && !first.answer().equals(a.answer())) {
				disagreements++;
			}
		}
		List<QuestionCount> counts = new ArrayList<>();
		tally.forEach((q, t) -> counts.add(new QuestionCount(q, framework.questionText(q), t[0], t[1], t[2])));
		long answeredCases = answers.stream()
			.filter(a -> !a.moderation())
			.collect(Collectors.groupingBy(AnswerRow::personId, Collectors.counting()))
			.values()
			.stream()
			.filter(n -> n >= tally.size())
			.count();
		Map<String, Judgement> judgements = judgements(id);
		Map<String, RatingsEngine.StandardInput> inputs = new LinkedHashMap<>();
		for (Framework.Standard standard : framework.standards()) {
			if (standard.caseBased() && standard.code().startsWith("2.")) {
				Map<String, RatingsEngine.Count> keyQuestions = new LinkedHashMap<>();
				for (String q : standard.keyQuestions()) {
					int[] t = tally.get(q);
					keyQuestions.put(q, new RatingsEngine.Count(t[0] + t[1], t[0]));
				}
				inputs.put(standard.code(), new RatingsEngine.StandardInput(null, keyQuestions));
			}
			else if (judgements.containsKey(standard.code())) {
				Judgement j = judgements.get(standard.code());
				inputs.put(standard.code(), new RatingsEngine.StandardInput(j.rating(), j.counts()));
			}
		}
		List<InspectionRepository.OverrideRow> overrides = repository.overrides(id);
		return new Results(inspection, framework, main.size(), (int) answeredCases, counts, judgements,
				withOverrides(framework, RatingsEngine.ratePartial(framework, inputs), overrides), moderated.size(),
				disagreements, overrides);
	}

	/**
	 * The ratings with the panel's latest override of each standard, and of the overall,
	 * applied.
	 */
	static RatingsEngine.Partial withOverrides(Framework framework, RatingsEngine.Partial partial,
			List<InspectionRepository.OverrideRow> overrides) {
		if (overrides.isEmpty()) {
			return partial;
		}
		Map<String, Rating> latest = new java.util.HashMap<>();
		overrides.forEach(o -> latest.put(o.standard(), Rating.valueOf(o.toRating())));
		List<RatingsEngine.StandardResult> rated = partial.rated()
			.stream()
			.map(r -> latest.containsKey(r.code())
					? new RatingsEngine.StandardResult(r.code(), r.name(), latest.get(r.code()),
							latest.get(r.code()).score(), r.contributes(), r.limitingKeyQuestion(), r.keyQuestions())
					: r)
			.toList();
		Integer score = partial.unrated().isEmpty()
				? rated.stream().filter(RatingsEngine.StandardResult::contributes).mapToInt(r -> r.score()).sum()
				: null;
		Rating overall = score == null ? null : RatingsEngine.overall(framework, score);
		if (overall != null && latest.containsKey(OVERALL)) {
			overall = latest.get(OVERALL);
		}
		return new RatingsEngine.Partial(rated, partial.unrated(), score, overall);
	}

	/** The code an override of the overall rating is recorded under. */
	public static final String OVERALL = "OVERALL";

	/**
	 * The panel overrides a rated standard's rating, or the overall rating, with a
	 * reason; the override is kept with who, when, from and to, and shown in the report.
	 */
	public void overrideRating(CurrentUser user, long id, @Nullable String standard, @Nullable String rating,
			@Nullable String reason) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		Results results = resultsOf(inspection);
		List<FieldProblem> problems = new ArrayList<>();
		Rating to = null;
		try {
			to = rating == null || rating.isBlank() ? null : Rating.valueOf(rating);
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (to == null) {
			problems.add(new FieldProblem("overrideRating", "Choose the rating the panel gives"));
		}
		Rating from = null;
		if (OVERALL.equals(standard)) {
			from = results.ratings().overall();
			if (from == null) {
				problems.add(new FieldProblem("overrideStandard", "The overall rating is not yet rated"));
			}
		}
		else if (standard == null || results.framework().standard(standard).isEmpty()) {
			problems.add(new FieldProblem("overrideStandard", "Choose a standard of " + inspection.framework()));
		}
		else {
			RatingsEngine.StandardResult current = results.rated(standard);
			if (current == null) {
				problems.add(new FieldProblem("overrideStandard", "Standard " + standard + " is not yet rated"));
			}
			else {
				from = current.rating();
			}
		}
		if (from != null && from == to) {
			problems.add(new FieldProblem("overrideRating", "The rating is already " + to.label()));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("overrideReason", "Give the panel's reason"));
		}
		else if (reason.length() > 2000) {
			problems.add(new FieldProblem("overrideReason", "The reason must be 2,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.addOverride(id, standard, from.name(), to.name(), reason.strip(), user.username());
		audit.record(user, "INSPECTION_OVERRIDE", null,
				inspection.kindLabel() + " " + id + ": " + standard + " " + from + " to " + to);
	}

	private Map<String, Judgement> judgements(long id) {
		Map<String, Judgement> judgements = new LinkedHashMap<>();
		for (InspectionRepository.JudgementRow row : repository.judgements(id)) {
			Map<String, RatingsEngine.Count> counts = null;
			if (row.counts() != null) {
				counts = new LinkedHashMap<>();
				for (String part : row.counts().split(";")) {
					String[] kv = part.split("[=/]");
					counts.put(kv[0], new RatingsEngine.Count(Integer.parseInt(kv[2]), Integer.parseInt(kv[1])));
				}
			}
			judgements.put(row.standard(), new Judgement(row.standard(),
					row.rating() == null ? null : Rating.valueOf(row.rating()), row.rationale(), counts));
		}
		return judgements;
	}

	/**
	 * Records an organisational standard's rating (with its rationale), or a standard's
	 * key question counts from its separate case sample (domains 3 and 4).
	 */
	public void judge(CurrentUser user, long id, String standardCode, @Nullable String rating,
			@Nullable String rationale, Map<String, String[]> counts) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		Framework framework = framework(inspection);
		Framework.Standard standard = framework.standard(standardCode)
			.orElseThrow(() -> new BadRequest(
					List.of(new FieldProblem("standard", standardCode + " is not a standard of " + framework.code()))));
		List<FieldProblem> problems = new ArrayList<>();
		String f = "s" + standard.code().replace('.', '_');
		if (standard.caseBased() && standard.code().startsWith("2.")) {
			// rated from the case sample: the inspectors record their findings (enablers
			// and barriers)
			if (rationale == null || rationale.isBlank()) {
				throw new BadRequest(
						List.of(new FieldProblem(f + "-rationale", "Write the findings for " + standard.code())));
			}
			if (rationale.length() > 4000) {
				throw new BadRequest(
						List.of(new FieldProblem(f + "-rationale", "The findings must be 4,000 characters or fewer")));
			}
			repository.saveJudgement(id, standard.code(), null, rationale.strip(), null, user.username());
			return;
		}
		if (!standard.caseBased()) {
			Rating parsed = null;
			try {
				parsed = rating == null || rating.isBlank() ? null : Rating.valueOf(rating);
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			if (parsed == null) {
				problems.add(new FieldProblem(f + "-rating", "Choose the rating of " + standard.code()));
			}
			if (rationale == null || rationale.isBlank()) {
				problems.add(
						new FieldProblem(f + "-rationale", "Write the rationale for the rating of " + standard.code()));
			}
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			repository.saveJudgement(id, standard.code(), parsed.name(), rationale.strip(), null, user.username());
			return;
		}
		List<String> parts = new ArrayList<>();
		for (String q : standard.keyQuestions()) {
			String[] typed = counts.getOrDefault(q, new String[] { "", "" });
			String field = f + "-" + q.replace('.', '_');
			Integer yes = number(typed[0]);
			Integer relevant = number(typed[1]);
			if (yes == null || relevant == null) {
				problems.add(new FieldProblem(field, "Enter whole numbers of sufficient and relevant cases for " + q));
			}
			else if (yes > relevant) {
				problems.add(new FieldProblem(field, "Sufficient cases cannot be more than relevant ones for " + q));
			}
			else if (relevant == 0) {
				problems.add(new FieldProblem(field, q + " needs at least one relevant case to be rated"));
			}
			else {
				parts.add(q + "=" + yes + "/" + relevant);
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.saveJudgement(id, standard.code(), null,
				rationale == null || rationale.isBlank() ? null : rationale.strip(), String.join(";", parts),
				user.username());
	}

	private static @Nullable Integer number(@Nullable String typed) {
		return typed != null && typed.strip().matches("\\d{1,5}") ? Integer.valueOf(typed.strip()) : null;
	}

	public List<InspectionRepository.RecommendationRow> recommendations(CurrentUser user, long id) {
		find(user, id);
		return repository.recommendations(id);
	}

	public static final Map<String, String> PROGRESS = Map.of("NOT_STARTED", "Not started", "IN_PROGRESS",
			"In progress", "DONE", "Done");

	public long recommend(CurrentUser user, long id, @Nullable String text, @Nullable String owner,
			@Nullable String action, @Nullable LocalDate dueOn) {
		Inspection inspection = find(user, id);
		requireAssessor(user, inspection);
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "Write the recommendation"));
		}
		if (owner == null || owner.isBlank()) {
			problems.add(new FieldProblem("owner", "Name who owns the recommendation"));
		}
		if (dueOn != null && dueOn.isBefore(inspection.fieldworkOn())) {
			problems.add(new FieldProblem("dueOn", "The due date cannot be before the fieldwork"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		return repository.addRecommendation(id, text.strip(), owner.strip(),
				action == null || action.isBlank() ? null : action.strip(), dueOn, null, user.username());
	}

	/** The provider's progress on a recommendation (its managers and quality team). */
	public void progress(CurrentUser user, long id, long recommendationId, int version, @Nullable String progress,
			@Nullable String note, @Nullable String action, @Nullable LocalDate dueOn) {
		Inspection inspection = find(user, id);
		if (!user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Progress is recorded by the provider's managers and quality team.");
		}
		if (progress == null || !PROGRESS.containsKey(progress)) {
			throw new BadRequest(List.of(new FieldProblem("progress", "Choose not started, in progress or done")));
		}
		if (!repository.updateProgress(inspection.id(), recommendationId, version, progress,
				note == null || note.isBlank() ? null : note.strip(), action, dueOn, user.username())) {
			throw new Conflict("The recommendation was changed by someone else: reload it and try again");
		}
	}

	private static void requireRead(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("Inspections are read by inspectors, managers and quality staff.");
		}
	}

	private static void requireAssessor(CurrentUser user, Inspection inspection) {
		boolean allowed = inspection.selfInspection() ? user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN)
				: user.hasAny(Role.INSPECTOR, Role.ADMIN);
		if (!allowed) {
			throw new AccessDeniedException(inspection.selfInspection()
					? "A self-inspection is answered by the provider's quality team and managers."
					: "An inspection is answered by inspectors.");
		}
	}

}
