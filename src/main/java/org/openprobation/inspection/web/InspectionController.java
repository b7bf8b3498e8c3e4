package org.openprobation.inspection.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.inspection.application.DealCases;
import org.openprobation.inspection.application.InspectionRatings;
import org.openprobation.inspection.application.DrawSample;
import org.openprobation.shared.Forms;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.inspection.CaseEvidence;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.domain.CaseSampler;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspection pages: drawing a sample, the sample and its make-up, the case assessment
 * tool with evidence from the record, and the ratings with the organisational judgements.
 */
@Controller
class InspectionController {

	static final Map<String, String> ANSWER_LABELS = answerLabels();

	static final Map<String, String> RATINGS = ratings();

	private static Map<String, String> answerLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("YES", "Yes");
		labels.put("NO", "No");
		labels.put("NOT_APPLICABLE", "Not applicable");
		return labels;
	}

	private static Map<String, String> ratings() {
		Map<String, String> ratings = new LinkedHashMap<>();
		for (Rating rating : Rating.values()) {
			ratings.put(rating.name(), rating.label());
		}
		return ratings;
	}

	private final Inspections inspections;

	private final CaseEvidence evidence;

	private final People people;

	private final Organisation organisation;

	private final Users users;

	private final DrawSample drawSample;

	private final InspectionRatings ratings;

	private final java.time.Clock clock;

	private final DealCases dealCases;

	InspectionController(Inspections inspections, CaseEvidence evidence, People people, Organisation organisation,
			Users users, DrawSample drawSample, InspectionRatings ratings, java.time.Clock clock, DealCases dealCases) {
		this.dealCases = dealCases;
		this.clock = clock;
		this.ratings = ratings;
		this.drawSample = drawSample;
		this.inspections = inspections;
		this.evidence = evidence;
		this.people = people;
		this.organisation = organisation;
		this.users = users;
	}

	@GetMapping("/inspections")
	String list(Model model) {
		CurrentUser user = users.current();
		model.addAttribute("inspections", inspections.list(user));
		model.addAttribute("mayInspect", Inspections.mayInspect(user));
		model.addAttribute("providerNames", inspections.providersFor(user));
		return "inspection/list";
	}

	@GetMapping("/inspections/new")
	String form(Model model) {
		CurrentUser user = users.current();
		if (!Inspections.mayInspect(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Your role does not draw samples.");
		}
		LocalDate today = LocalDate.now(clock);
		boolean inspectorate = user.readsEveryProvider();
		Map<String, String> typed = new LinkedHashMap<>();
		putDate(typed, "fieldworkOn", today);
		putDate(typed, "windowFrom", inspectorate ? today.minusMonths(9) : today.minusMonths(7));
		putDate(typed, "windowTo", today.minusMonths(6));
		typed.put("confidence", "80");
		typed.put("margin", "5");
		typed.put("bufferPercent", "20");
		typed.put("method", "HMIP_2018");
		return newPage(model, typed, List.of());
	}

	private static void putDate(Map<String, String> typed, String field, LocalDate date) {
		typed.put(field + ".day", String.valueOf(date.getDayOfMonth()));
		typed.put(field + ".month", String.valueOf(date.getMonthValue()));
		typed.put(field + ".year", String.valueOf(date.getYear()));
	}

	private String newPage(Model model, Map<String, String> typed, List<FieldProblem> problems) {
		CurrentUser user = users.current();
		Map<String, String> providers = new LinkedHashMap<>();
		inspections.providersFor(user).forEach((id, name) -> providers.put(String.valueOf(id), name));
		Map<String, String> methods = new LinkedHashMap<>();
		for (CaseSampler.Method method : CaseSampler.Method.values()) {
			methods.put(method.name(), method.label());
		}
		model.addAttribute("providers", providers);
		model.addAttribute("methods", methods);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("inspectorate", user.readsEveryProvider());
		return "inspection/new";
	}

	record NewInspectionForm(@Nullable String providerId,
			@Size(max = 200, message = "The title must be 200 characters or fewer") @Nullable String title,
			@Nullable String method, @DateInput.Real(label = "fieldwork date") @Nullable DateInput fieldworkOn,
			@DateInput.Real(label = "start of the window") @Nullable DateInput windowFrom,
			@DateInput.Real(label = "end of the window") @Nullable DateInput windowTo,
			@Pattern(regexp = "\\s*(\\d{1,3}(\\.\\d{1,4})?\\s*%?)?\\s*",
					message = "The confidence must be a number, like 80 for 80%") @Nullable String confidence,
			@Pattern(regexp = "\\s*(\\d{1,3}(\\.\\d{1,4})?\\s*%?)?\\s*",
					message = "The margin must be a number, like 80 for 80%") @Nullable String margin,
			@Pattern(regexp = "\\s*\\d{0,6}\\s*",
					message = "The sample size must be a whole number") @Nullable String size,
			@Size(max = 1000, message = "The reason must be 1000 characters or fewer") @Nullable String sizeReason,
			@Pattern(regexp = "\\s*\\d{0,6}\\s*",
					message = "The buffer must be a whole number") @Nullable String bufferPercent,
			@Pattern(regexp = "\\s*\\d{0,6}\\s*",
					message = "The minimum of women must be a whole number") @Nullable String minimumWomen,
			@Pattern(regexp = "\\s*\\d{0,6}\\s*",
					message = "The minimum of minority ethnic people must be a whole number") @Nullable String minimumMinority,
			@Pattern(regexp = "\\s*\\d{0,18}\\s*",
					message = "The seed must be a whole number, or leave it empty") @Nullable String seed) {

		Inspections.NewInspection inspection() {
			return new Inspections.NewInspection(whole(providerId) == null ? null : Long.valueOf(providerId.strip()),
					null, Forms.text(method), Forms.text(title), DateInput.date(fieldworkOn),
					DateInput.date(windowFrom), DateInput.date(windowTo), fraction(confidence), fraction(margin),
					whole(size), Forms.text(sizeReason), whole(bufferPercent), whole(minimumWomen),
					whole(minimumMinority), seed == null || seed.isBlank() ? null : Long.valueOf(seed.strip()));
		}

		/** A percentage typed as 80 or 80% (or a fraction like 0.8), as a fraction. */
		private static @Nullable Double fraction(@Nullable String typed) {
			if (typed == null || typed.isBlank()) {
				return null;
			}
			double number = Double.parseDouble(typed.replace("%", "").strip());
			return number >= 1 ? number / 100 : number;
		}

		private static @Nullable Integer whole(@Nullable String typed) {
			return typed == null || !typed.strip().matches("\\d{1,9}") ? null : Integer.valueOf(typed.strip());
		}

	}

	@PostMapping("/inspections")
	String create(@Valid NewInspectionForm form, BindingResult binding, HttpServletResponse response, Model model) {
		Inspections.requireMayInspect(users.current(), "draw inspection samples");
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Inspection created = drawSample.draw(users.current(), form.inspection());
			return "redirect:/inspections/" + created.id();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return newPage(model, Forms.typed(form), all);
		}
	}

	@GetMapping("/inspections/{id}")
	String inspection(@PathVariable long id, Model model) {
		CurrentUser user = users.current();
		Inspection inspection = inspections.find(user, id);
		Inspections.Sample sample = inspections.sample(user, id);
		var cases = sample.cases();
		model.addAttribute("inspection", inspection);
		model.addAttribute("hiddenCases", sample.hidden());
		model.addAttribute("providerName", inspections.providerName(inspection.providerId()));
		model.addAttribute("makeup", inspections.makeup(user, id));
		model.addAttribute("cases", cases);
		model.addAttribute("forModeration", sample.forModeration());
		model.addAttribute("officers",
				organisation.staffByIds(cases.stream()
					.map(org.openprobation.inspection.persistence.InspectionRepository.CaseRow::staffId)
					.distinct()
					.toList()));
		model.addAttribute("results", ratings.results(user, id));
		model.addAttribute("questionCount",
				inspections.framework(inspection)
					.caseSupervision()
					.stream()
					.mapToInt(s -> s.keyQuestions().size())
					.sum());
		return "inspection/inspection";
	}

	record DealForm(@Nullable String inspectors) {
	}

	@PostMapping("/inspections/{id}/deal")
	String deal(@PathVariable long id, DealForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		@Nullable String inspectors = form.inspectors();
		String typed = inspectors == null ? "" : inspectors.strip();
		try {
			Map<String, Integer> dealt = dealCases.deal(users.current(), id,
					typed.isEmpty() ? List.of() : List.of(typed.split("[,\\s]+")));
			redirect.addFlashAttribute("success", "Cases dealt: " + dealt);
			return "redirect:/inspections/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", bad.problems());
			model.addAttribute("errors", FieldProblem.byField(bad.problems()));
			model.addAttribute("typedInspectors", typed);
			return inspection(id, model);
		}
	}

	@GetMapping("/inspections/{id}/cases/{crn}")
	String assessCase(@PathVariable long id, @PathVariable String crn, Model model) {
		return casePage(id, crn, model, Map.of(), List.of(), false);
	}

	private String casePage(long id, String crn, Model model, Map<String, String> typed, List<FieldProblem> problems,
			boolean moderationForm) {
		CurrentUser user = users.current();
		Inspection inspection = inspections.find(user, id);
		var sampled = inspections.sampleCase(user, id, crn.toUpperCase(java.util.Locale.ROOT));
		PersonRecord person = people.find(Crn.parse(sampled.crn()).orElseThrow())
			.orElseThrow(() -> new NotFound("No case " + crn));
		Framework framework = inspections.framework(inspection);
		Inspections.CaseAnswers answers = inspections.answersOf(user, id, sampled);
		Map<String, String> values = new LinkedHashMap<>();
		answers.answers().forEach((q, a) -> {
			values.put("q" + q.replace('.', '_'), a.answer());
			values.put("q" + q.replace('.', '_') + "-note", a.note() == null ? "" : a.note());
		});
		answers.moderation().forEach((q, a) -> {
			values.put("m" + q.replace('.', '_'), a.answer());
			values.put("m" + q.replace('.', '_') + "-note", a.note() == null ? "" : a.note());
		});
		values.putAll(typed);
		model.addAttribute("inspection", inspection);
		model.addAttribute("sampled", sampled);
		model.addAttribute("person", person);
		model.addAttribute("officer", organisation.staffMember(sampled.staffId()).map(StaffMember::name).orElse(""));
		model.addAttribute("framework", framework);
		model.addAttribute("standards", framework.caseSupervision());
		model.addAttribute("evidence",
				evidence.of(user, person, sampled.startedOn())
					.stream()
					.collect(java.util.stream.Collectors.toMap(CaseEvidence.Group::standard, g -> g)));
		model.addAttribute("answers", answers);
		model.addAttribute("typed", values);
		model.addAttribute("answerLabels", ANSWER_LABELS);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("moderationForm", moderationForm);
		model.addAttribute("forModeration", inspections.sample(user, id).forModeration().contains(sampled.personId()));
		return "inspection/case";
	}

	/** Answers to key questions (and notes), by question code: {@code answer[2.1.1]}. */
	record AnswersForm(@Nullable Map<String, String> answer, @Nullable Map<String, String> note,
			@Nullable Map<String, String> example) {
	}

	@PostMapping("/inspections/{id}/cases/{crn}")
	String answer(@PathVariable long id, @PathVariable String crn, AnswersForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return saveAnswers(id, crn, form, response, model, redirect, false);
	}

	@PostMapping("/inspections/{id}/cases/{crn}/moderation")
	String moderate(@PathVariable long id, @PathVariable String crn, AnswersForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return saveAnswers(id, crn, form, response, model, redirect, true);
	}

	private String saveAnswers(long id, String crn, AnswersForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect, boolean moderation) {
		CurrentUser user = users.current();
		Framework framework = inspections.framework(inspections.find(user, id));
		String prefix = moderation ? "m" : "q";
		Map<String, Inspections.TypedAnswer> answers = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		for (Framework.Standard standard : framework.caseSupervision()) {
			for (String q : standard.keyQuestions()) {
				String field = prefix + q.replace('.', '_');
				String answer = form.answer() == null ? null : form.answer().get(q);
				String note = form.note() == null ? null : form.note().get(q);
				typed.put(field, answer == null ? "" : answer);
				boolean example = form.example() != null && "yes".equals(form.example().get(q));
				typed.put(field + "-note", note == null ? "" : note);
				typed.put(field + "-example", example ? "yes" : "");
				answers.put(q, new Inspections.TypedAnswer(answer, note, example));
			}
		}
		try {
			int saved = inspections.answer(user, id, crn, answers, moderation);
			redirect.addFlashAttribute("success", saved + (moderation ? " moderation answers" : " answers")
					+ " saved for " + crn.toUpperCase(java.util.Locale.ROOT) + ".");
			return "redirect:/inspections/" + id + "/cases/" + crn.toUpperCase(java.util.Locale.ROOT);
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> problems = bad.problems()
				.stream()
				.map(p -> p.field().startsWith("answers.")
						? new FieldProblem(prefix + p.field().substring(8).replace('.', '_'), p.message())
						: new FieldProblem(moderation ? "m2_1_1" : "q2_1_1", p.message()))
				.toList();
			return casePage(id, crn, model, typed, problems, moderation);
		}
	}

	record InterviewForm(@DateInput.Real(label = "date of the interview") @Nullable DateInput heldOn,
			@Nullable String interviewNote) {
	}

	@PostMapping("/inspections/{id}/cases/{crn}/interview")
	String interview(@PathVariable long id, @PathVariable String crn, @Valid InterviewForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			inspections.interview(users.current(), id, crn, DateInput.date(form.heldOn()),
					form.interviewNote() == null ? "" : form.interviewNote().strip());
			redirect.addFlashAttribute("success", "Interview with the responsible officer noted.");
			return "redirect:/inspections/" + id + "/cases/" + crn.toUpperCase(java.util.Locale.ROOT);
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems()
				.stream()
				.map(p -> "note".equals(p.field()) ? new FieldProblem("interviewNote", p.message()) : p)
				.filter(p -> !all.contains(p))
				.forEach(all::add);
			return casePage(id, crn, model, Forms.typed(form), all, false);
		}
	}

	record ReplaceForm(@Nullable String reason) {
	}

	@PostMapping("/inspections/{id}/cases/{crn}/replace")
	String replace(@PathVariable long id, @PathVariable String crn, ReplaceForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		@Nullable String reason = form.reason();
		try {
			String in = inspections.replace(users.current(), id, crn, reason);
			redirect.addFlashAttribute("success", crn + " replaced by reserve " + in + ".");
			return "redirect:/inspections/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return casePage(id, crn, model, Map.of("reason", reason == null ? "" : reason), bad.problems(), false);
		}
	}

	@GetMapping("/inspections/{id}/ratings")
	String ratings(@PathVariable long id, Model model) {
		return ratingsPage(id, model, Map.of(), List.of());
	}

	private String ratingsPage(long id, Model model, Map<String, String> typed, List<FieldProblem> problems) {
		CurrentUser user = users.current();
		Inspections.Results results = ratings.results(user, id);
		Map<String, String> values = new LinkedHashMap<>();
		results.judgements().forEach((code, j) -> {
			String f = "s" + code.replace('.', '_');
			values.put(f + "-rating", j.rating() == null ? "" : j.rating().name());
			values.put(f + "-rationale", j.rationale() == null ? "" : j.rationale());
			if (j.counts() != null) {
				j.counts().forEach((q, c) -> {
					values.put(f + "-" + q.replace('.', '_') + "-yes", String.valueOf(c.yes()));
					values.put(f + "-" + q.replace('.', '_') + "-relevant", String.valueOf(c.relevant()));
				});
			}
		});
		values.putAll(typed);
		model.addAttribute("results", results);
		model.addAttribute("inspection", results.inspection());
		model.addAttribute("typed", values);
		model.addAttribute("ratingLabels", RATINGS);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("charts", Charts.questionBars(results));
		Map<String, String> overridable = new LinkedHashMap<>();
		results.ratings().rated().forEach(r -> overridable.put(r.code(), r.code() + " " + r.name()));
		if (results.ratings().overall() != null) {
			overridable.put(Inspections.OVERALL, "Overall rating");
		}
		model.addAttribute("overridable", overridable);
		return "inspection/ratings";
	}

	/**
	 * A standard's judgement: its rating and rationale, or the counts of its separate
	 * sample by key question ({@code yes[2.1.1]}, {@code relevant[2.1.1]}).
	 */
	record JudgementForm(@Nullable String rating, @Nullable String rationale, @Nullable Map<String, String> yes,
			@Nullable Map<String, String> relevant) {
	}

	@PostMapping("/inspections/{id}/judgements/{standard}")
	String judge(@PathVariable long id, @PathVariable String standard, JudgementForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		String f = "s" + standard.replace('.', '_');
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put(f + "-rating", stripped(form.rating()));
		typed.put(f + "-rationale", stripped(form.rationale()));
		Map<String, String[]> counts = new LinkedHashMap<>();
		if (form.yes() != null) {
			form.yes().forEach((q, yes) -> {
				String relevant = form.relevant() == null ? null : form.relevant().get(q);
				String qf = f + "-" + q.replace('.', '_');
				typed.put(qf + "-yes", stripped(yes));
				typed.put(qf + "-relevant", stripped(relevant));
				counts.put(q, new String[] { stripped(yes), stripped(relevant) });
			});
		}
		try {
			ratings.judge(users.current(), id, standard, typed.get(f + "-rating"), typed.get(f + "-rationale"), counts);
			redirect.addFlashAttribute("success", "Standard " + standard + " recorded.");
			return "redirect:/inspections/" + id + "/ratings";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ratingsPage(id, model, typed, bad.problems());
		}
	}

	record OverrideForm(@Nullable String overrideStandard, @Nullable String overrideRating,
			@Nullable String overrideReason) {
	}

	@PostMapping("/inspections/{id}/overrides")
	String override(@PathVariable long id, OverrideForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			ratings.overrideRating(users.current(), id, stripped(form.overrideStandard()),
					stripped(form.overrideRating()), stripped(form.overrideReason()));
			redirect.addFlashAttribute("success", "The panel's rating is recorded and will be shown in the report.");
			return "redirect:/inspections/" + id + "/ratings";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ratingsPage(id, model, Forms.typed(form), bad.problems());
		}
	}

	private static String stripped(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

}
