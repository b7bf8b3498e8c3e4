package org.openprobation.inspection.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.inspection.application.InspectionRecommendations;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.inspection.InspectionReports;
import org.openprobation.inspection.Inspections;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.PdfDocument;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspection report as a page and a PDF, and the recommendations tracker. */
@Controller
class ReportController {

	private final InspectionReports reports;

	private final Inspections inspections;

	private final Users users;

	private final InspectionRecommendations recommendations;

	ReportController(InspectionReports reports, Inspections inspections, Users users,
			InspectionRecommendations recommendations) {
		this.recommendations = recommendations;
		this.reports = reports;
		this.inspections = inspections;
		this.users = users;
	}

	@GetMapping("/inspections/{id}/report")
	String report(@PathVariable long id, Model model) {
		InspectionReports.Report report = reports.report(users.current(), id);
		model.addAttribute("report", report);
		model.addAttribute("inspection", report.inspection());
		model.addAttribute("results", report.results());
		model.addAttribute("charts", Charts.questionBars(report.results()));
		return "inspection/report";
	}

	@GetMapping("/inspections/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		InspectionReports.Report report = reports.report(users.current(), id);
		byte[] bytes = render(report);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inspection-" + id + "-report.pdf").build().toString())
			.body(bytes);
	}

	static byte[] render(InspectionReports.Report report) {
		var i = report.inspection();
		var r = report.results();
		try (PdfDocument pdf = new PdfDocument(i.title())) {
			pdf.heading(i.title(), 18).gap(6);
			pdf.heading("Key facts", 13);
			pdf.paragraph(i.kindLabel() + " of " + report.providerName() + " against the framework " + i.framework()
					+ "; fieldwork " + org.openprobation.shared.Dates.inWords(i.fieldworkOn()) + ".");
			pdf.paragraph("Cases starting between " + i.windowFrom() + " and " + i.windowTo() + ": " + i.population()
					+ " eligible; sample of " + i.requestedSize() + " drawn with seed " + i.seed() + ", across "
					+ report.officers() + " responsible officers; " + r.casesAnswered() + " of " + r.cases()
					+ " cases fully answered, " + r.moderated() + " moderated.");
			pdf.heading("Ratings", 13);
			pdf.paragraph(r.overallProvisional()
					? "Overall: provisional. Too few cases were read for every standard to be rated (the framework needs "
							+ r.framework().minimumCases() + " relevant cases); counts are given, not bands."
					: r.ratings().overall() == null ? "Overall: not yet rated (every standard must be rated first)."
							: "Overall: " + r.ratings().overall().label() + " (" + r.ratings().score() + " points).");
			for (InspectionReports.Finding f : report.findings()) {
				pdf.heading(f.standard() + " " + f.name() + ": " + f.rating(), 11);
				if (!f.text().isEmpty()) {
					pdf.paragraph(f.text());
				}
			}
			if (!r.overrides().isEmpty()) {
				pdf.heading("Panel overrides", 13);
				r.overrides()
					.forEach(o -> pdf.paragraph(("OVERALL".equals(o.standard()) ? "Overall" : o.standard()) + ": "
							+ o.fromRating() + " to " + o.toRating() + " by " + o.overriddenBy() + " on "
							+ org.openprobation.shared.Dates
								.inWords(o.overriddenAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
							+ ", because " + o.reason()));
			}
			pdf.heading("Strengths", 13);
			pdf.paragraph(report.strengths().isEmpty() ? "None rated Good or better yet."
					: String.join("; ", report.strengths()) + ".");
			pdf.heading("Areas for improvement", 13);
			pdf.paragraph(report.improvements().isEmpty() ? "None rated below Good."
					: String.join("; ", report.improvements()) + ".");
			pdf.heading("Case data: yes and no answers per key question", 13);
			int max = r.questions().stream().mapToInt(Inspections.QuestionCount::relevant).max().orElse(0);
			r.questions().forEach(q -> pdf.bar(q.code(), q.yes(), q.no(), max));
			pdf.gap(8);
			pdf.heading("Practice examples", 13);
			if (report.examples().isEmpty()) {
				pdf.paragraph("None noted yet.");
			}
			report.examples().forEach(e -> pdf.paragraph(e.question() + " (" + e.stratum() + "): " + e.note()));
			pdf.heading("Recommendations", 13);
			if (report.recommendations().isEmpty()) {
				pdf.paragraph("None made yet.");
			}
			report.recommendations()
				.forEach(rec -> pdf.paragraph(rec.text() + " Owner: " + rec.owner()
						+ (rec.dueOn() == null ? "" : "; due " + rec.dueOn()) + "; "
						+ Inspections.PROGRESS.get(rec.progress()).toLowerCase(java.util.Locale.ROOT) + "."));
			return pdf.bytes();
		}
	}

	@GetMapping("/inspections/{id}/recommendations")
	String recommendations(@PathVariable long id, Model model) {
		return page(id, model, Map.of(), List.of());
	}

	private String page(long id, Model model, Map<String, String> typed, List<FieldProblem> problems) {
		model.addAttribute("inspection", inspections.find(users.current(), id));
		model.addAttribute("recommendations", recommendations.recommendations(users.current(), id));
		model.addAttribute("progress", Inspections.PROGRESS);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "inspection/recommendations";
	}

	record RecommendationForm(@Nullable String text, @Nullable String owner, @Nullable String action,
			@DateInput.Real(label = "due date", optional = true) @Nullable DateInput dueOn) {
	}

	@PostMapping("/inspections/{id}/recommendations")
	String recommend(@PathVariable long id, @Valid RecommendationForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			recommendations.recommend(users.current(), id, stripped(form.text()), stripped(form.owner()),
					stripped(form.action()), DateInput.date(form.dueOn()));
			redirect.addFlashAttribute("success", "Recommendation added.");
			return "redirect:/inspections/" + id + "/recommendations";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return page(id, model, Forms.typed(form), all);
		}
	}

	record ProgressForm(@Nullable String version, @Nullable String progress, @Nullable String note) {
	}

	@PostMapping("/inspections/{id}/recommendations/{recommendation}")
	String progress(@PathVariable long id, @PathVariable long recommendation, ProgressForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			recommendations.progress(users.current(), id, recommendation,
					stripped(form.version()).matches("\\d{1,9}") ? Integer.parseInt(form.version().strip()) : -1,
					stripped(form.progress()), stripped(form.note()), null, null);
			redirect.addFlashAttribute("success", "Progress recorded.");
			return "redirect:/inspections/" + id + "/recommendations";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, model, Forms.typed(form),
					bad.problems()
						.stream()
						.map(p -> new FieldProblem(p.field() + "-" + recommendation, p.message()))
						.toList());
		}
	}

	private static String stripped(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

}
