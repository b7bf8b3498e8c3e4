package org.openprobation.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.openprobation.inspection.application.DrawSample;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;
import org.openprobation.shared.Crn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's rolling self-inspection: a monthly sample judged the Inspectorate's way,
 * and the projected rating of each case supervision standard with its confidence
 * interval, month by month and per area and team, from the answers of the last three
 * months.
 */
@Service
@Transactional
public class SelfInspections {

	/** Months of self-inspection pooled into the projection. */
	public static final int POOLED_MONTHS = 3;

	/** The monthly sample's size and margin: 80% confidence, plus or minus 10%. */
	static final double MONTHLY_MARGIN = 0.10;

	private final Inspections inspections;

	private final InspectionRepository repository;

	private final CaseEvidence evidence;

	private final Organisation organisation;

	private final People people;

	private final Clock clock;

	private final DrawSample drawSample;

	SelfInspections(Inspections inspections, InspectionRepository repository, CaseEvidence evidence,
			Organisation organisation, People people, Clock clock, DrawSample drawSample) {
		this.drawSample = drawSample;
		this.inspections = inspections;
		this.repository = repository;
		this.evidence = evidence;
		this.organisation = organisation;
		this.people = people;
		this.clock = clock;
	}

	/** One key question projected: the share judged sufficient with its 95% interval. */
	public record QuestionProjection(String code, int yes, int relevant, int percent, String band, double low,
			double high) {
	}

	/** One standard projected, or not yet (no relevant case for a key question). */
	public record StandardProjection(String code, String name, @Nullable String rating,
			List<QuestionProjection> questions) {

		/** The key question that sets the rating: the lowest share sufficient. */
		public @Nullable QuestionProjection limiting() {
			return questions.stream().min(java.util.Comparator.comparingInt(QuestionProjection::percent)).orElse(null);
		}

		/** "Good (62–85%)": the rating with the 95% interval of its limiting question. */
		public String shown() {
			QuestionProjection q = limiting();
			if (rating == null || q == null) {
				return "–";
			}
			return rating + " (" + Math.round(q.low() * 100) + "–" + Math.round(q.high() * 100) + "%)";
		}

		StandardProjection withheld() {
			return new StandardProjection(code, name, null, questions);
		}

	}

	public record Month(YearMonth month, long inspectionId, int cases, int answered,
			List<StandardProjection> standards) {
	}

	/**
	 * An area or team: below {@link #MINIMUM_UNIT_CASES} cases its ratings are withheld
	 * (one case says nothing about a team), and its counts still shown.
	 */
	public record Unit(String name, int cases, List<StandardProjection> standards) {

		public boolean withheld() {
			return cases < MINIMUM_UNIT_CASES;
		}

	}

	/** The fewest cases an area or team is rated on in the self-inspection. */
	public static final int MINIMUM_UNIT_CASES = 10;

	public record Dashboard(long providerId, String providerName, List<Month> months,
			List<StandardProjection> projected, int pooledCases, List<Unit> areas, List<Unit> teams, boolean mayDraw) {
	}

	/** A row of the pooled answers: which case, where it sits, what was answered. */
	private record Answer(long inspectionId, YearMonth month, long personId, @Nullable String area,
			@Nullable String team, String question, String answer) {
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(CurrentUser user, long providerId) {
		if (!Inspections.mayRead(user)
				|| (!user.readsEveryProvider() && !Long.valueOf(providerId).equals(user.providerId()))) {
			throw new AccessDeniedException(
					"Self-inspection is for the provider's managers, quality team and inspectors.");
		}
		YearMonth now = YearMonth.now(clock);
		List<Inspection> selfInspections = repository.list(providerId)
			.stream()
			.filter(Inspection::selfInspection)
			.filter(i -> !YearMonth.from(i.fieldworkOn()).isBefore(now.minusMonths(11)))
			.toList();
		Framework framework = null;
		List<Answer> answers = new ArrayList<>();
		Map<Long, StaffMember> officers = new HashMap<>();
		List<Month> months = new ArrayList<>();
		for (Inspection i : selfInspections) {
			framework = inspections.framework(i);
			List<InspectionRepository.CaseRow> cases = repository.cases(i.id())
				.stream()
				.filter(c -> !c.reserve())
				.toList();
			officers.putAll(organisation
				.staffByIds(cases.stream().map(InspectionRepository.CaseRow::staffId).distinct().toList()));
			Map<Long, InspectionRepository.CaseRow> byPerson = new HashMap<>();
			cases.forEach(c -> byPerson.put(c.personId(), c));
			YearMonth month = YearMonth.from(i.fieldworkOn());
			for (InspectionRepository.AnswerRow a : repository.answers(i.id())) {
				InspectionRepository.CaseRow c = byPerson.get(a.personId());
				if (c == null || a.moderation()) {
					continue;
				}
				StaffMember officer = officers.get(c.staffId());
				answers.add(new Answer(i.id(), month, a.personId(), officer == null ? null : areaName(officer),
						officer == null ? null : officer.teamName(), a.question(), a.answer()));
			}
			List<Answer> ofMonth = answers.stream().filter(a -> a.inspectionId() == i.id()).toList();
			int answered = (int) ofMonth.stream().map(Answer::personId).distinct().count();
			months.add(new Month(month, i.id(), cases.size(), answered, project(framework, ofMonth)));
		}
		months.sort(java.util.Comparator.comparing(Month::month));
		List<Answer> pooled = answers.stream()
			.filter(a -> !a.month().isBefore(now.minusMonths(POOLED_MONTHS - 1)))
			.toList();
		List<StandardProjection> projected = framework == null ? List.of() : project(framework, pooled);
		List<Unit> areas = framework == null ? List.of() : units(framework, pooled, Answer::area);
		List<Unit> teams = framework == null ? List.of() : units(framework, pooled, Answer::team);
		return new Dashboard(providerId, inspections.providerName(providerId), months, projected,
				(int) pooled.stream().map(a -> a.inspectionId() + "/" + a.personId()).distinct().count(), areas, teams,
				user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN));
	}

	private String areaName(StaffMember officer) {
		return "Area " + organisation.areaCode(officer.areaId()).orElse(String.valueOf(officer.areaId()));
	}

	private List<Unit> units(Framework framework, List<Answer> pooled, Function<Answer, @Nullable String> key) {
		Map<String, List<Answer>> groups = new TreeMap<>();
		for (Answer a : pooled) {
			String name = key.apply(a);
			if (name != null) {
				groups.computeIfAbsent(name, k -> new ArrayList<>()).add(a);
			}
		}
		List<Unit> units = new ArrayList<>();
		groups.forEach((name, answers) -> {
			int cases = (int) answers.stream().map(a -> a.inspectionId() + "/" + a.personId()).distinct().count();
			List<StandardProjection> projected = project(framework, answers);
			units.add(new Unit(name, cases, cases < MINIMUM_UNIT_CASES
					? projected.stream().map(StandardProjection::withheld).toList() : projected));
		});
		return units;
	}

	private static List<StandardProjection> project(Framework framework, List<Answer> answers) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (Answer a : answers) {
			int[] c = counts.computeIfAbsent(a.question(), k -> new int[2]);
			if ("YES".equals(a.answer())) {
				c[0]++;
				c[1]++;
			}
			else if ("NO".equals(a.answer())) {
				c[1]++;
			}
		}
		List<StandardProjection> result = new ArrayList<>();
		for (Framework.Standard standard : framework.caseSupervision()) {
			List<QuestionProjection> questions = new ArrayList<>();
			Map<String, RatingsEngine.Count> input = new LinkedHashMap<>();
			for (String q : standard.keyQuestions()) {
				int[] c = counts.getOrDefault(q, new int[2]);
				input.put(q, new RatingsEngine.Count(c[1], c[0]));
				if (c[1] > 0) {
					RatingsEngine.QuestionResult r = RatingsEngine.question(framework, q, c[0], c[1]);
					questions.add(new QuestionProjection(q, c[0], c[1], r.percent(), r.band().label(),
							r.confidenceLow(), r.confidenceHigh()));
				}
			}
			RatingsEngine.Partial partial = RatingsEngine.ratePartial(framework,
					Map.of(standard.code(), new RatingsEngine.StandardInput(null, input)));
			String rating = partial.rated()
				.stream()
				.filter(s -> s.code().equals(standard.code()))
				.findFirst()
				.map(s -> s.rating().label())
				.orElse(null);
			result.add(new StandardProjection(standard.code(), standard.name(), rating, questions));
		}
		return result;
	}

	/**
	 * Draws this month's self-inspection sample: the cases that started in the month six
	 * months ago, sized for 80% confidence and plus or minus 10%.
	 */
	public Inspection drawMonthly(CurrentUser user, long providerId) {
		YearMonth month = YearMonth.now(clock);
		YearMonth started = month.minusMonths(7);
		Inspections.requireMayInspect(user, "draw inspection samples");
		// one sample a month: drawing again (a second click, a colleague) finds the one
		// drawn
		java.util.Optional<Inspection> drawn = repository.list(providerId)
			.stream()
			.filter(Inspection::selfInspection)
			.filter(i -> YearMonth.from(i.fieldworkOn()).equals(month))
			.findFirst();
		if (drawn.isPresent()) {
			return drawn.get();
		}
		return drawSample.draw(user,
				new Inspections.NewInspection(providerId, null, null,
						"Self-inspection "
								+ month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
								+ " " + month.getYear(),
						LocalDate.now(clock), started.atDay(1), started.atEndOfMonth(), 0.8, MONTHLY_MARGIN, null, null,
						10, null, null, null));
	}

	/**
	 * Demo data only: six months of self-inspection, each case answered from the evidence
	 * the record gives (a concern in a standard's evidence makes "no" likelier).
	 */
	public int generateDemo(long providerId, long seed, CurrentUser quality) {
		SplittableRandom random = new SplittableRandom(seed * 53 + providerId);
		YearMonth now = YearMonth.now(clock);
		int answered = 0;
		for (int back = 5; back >= 0; back--) {
			YearMonth month = now.minusMonths(back);
			YearMonth started = month.minusMonths(7);
			Inspection i = drawSample.draw(quality, new Inspections.NewInspection(providerId, null, null,
					"Self-inspection "
							+ month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
							+ " " + month.getYear(),
					month.atDay(1).isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : month.atDay(1),
					started.atDay(1), started.atEndOfMonth(), null, null, 12, "Demo monthly sample", 0, null, null,
					seed + back));
			Framework framework = inspections.framework(i);
			for (InspectionRepository.CaseRow c : repository.cases(i.id())) {
				var person = people.require(Crn.parse(c.crn()).orElseThrow());
				Map<String, Long> concerns = new HashMap<>();
				for (CaseEvidence.Group g : evidence.of(quality, person, c.startedOn())) {
					concerns.put(g.standard(), g.items().stream().filter(CaseEvidence.Item::concern).count());
				}
				Map<String, Inspections.TypedAnswer> answers = new LinkedHashMap<>();
				for (Framework.Standard s : framework.caseSupervision()) {
					double yes = Math.max(0.2, 0.9 - 0.2 * concerns.getOrDefault(s.code(), 0L));
					for (String q : s.keyQuestions()) {
						answers.put(q, new Inspections.TypedAnswer(random.nextDouble() < yes ? "YES" : "NO", null));
					}
				}
				answered += inspections.answer(quality, i.id(), c.crn(), answers, false);
			}
		}
		return answered;
	}

}
