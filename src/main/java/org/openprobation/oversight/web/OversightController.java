package org.openprobation.oversight.web;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openprobation.oversight.application.FigureCases;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.oversight.Metric;
import org.openprobation.oversight.Oversight;
import org.openprobation.oversight.Scope;
import org.openprobation.shared.Csv;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.SortDirection;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The oversight dashboards of a provider, an area and a team, the cases behind every
 * figure, and their CSV exports.
 */
@Controller
class OversightController {

	static final int PAGE_SIZE = 50;

	private final Oversight oversight;

	private final Users users;

	private final FigureCases figureCases;

	OversightController(Oversight oversight, Users users, FigureCases figureCases) {
		this.figureCases = figureCases;
		this.oversight = oversight;
		this.users = users;
	}

	@GetMapping("/oversight")
	String home() {
		return "redirect:" + oversight.home(users.current()).path();
	}

	private Scope scope(String level, String code) {
		CurrentUser user = users.current();
		return switch (level) {
			case "providers" -> oversight.providerByCode(user, code);
			case "areas" -> oversight.area(user, code);
			case "teams" -> oversight.team(user, code);
			default -> throw new NotFound("No such oversight page");
		};
	}

	@GetMapping("/oversight/{level:providers|areas|teams}/{code}")
	String dashboard(@PathVariable String level, @PathVariable String code, Model model) {
		Scope scope = scope(level, code);
		Oversight.Dashboard dashboard = oversight.dashboard(users.current(), scope);
		Map<Metric, Sparkline> sparklines = new EnumMap<>(Metric.class);
		dashboard.figures().forEach(f -> sparklines.put(f.metric(), Sparkline.of(f.trend())));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("scope", scope);
		model.addAttribute("sparklines", sparklines);
		model.addAttribute("national", users.current().readsEveryProvider());
		java.time.Instant gathered = oversight.gatheredAt(scope.providerId());
		model.addAttribute("gatheredAt",
				gathered == null ? null : gathered.atZone(java.time.ZoneId.of("Europe/London")).toLocalTime());
		model.addAttribute("headline", List.of(Metric.OVER_CAPACITY, Metric.CONTACT_OVERDUE, Metric.ROSH_LATE,
				Metric.PLAN_GAPS, Metric.ENFORCEMENT_ON_TIME, Metric.COMPLETION_COMMUNITY));
		return "oversight/dashboard";
	}

	@GetMapping("/oversight/{level:providers|areas|teams}/{code}/figures.csv")
	ResponseEntity<String> figuresCsv(@PathVariable String level, @PathVariable String code) {
		Scope scope = scope(level, code);
		Oversight.Dashboard dashboard = oversight.dashboard(users.current(), scope);
		YearMonth last = YearMonth.from(dashboard.asOf());
		String[] header = new String[17];
		String[] fixed = { "figure", "count", "denominator", "percent", "target" };
		System.arraycopy(fixed, 0, header, 0, fixed.length);
		for (int i = 0; i < 12; i++) {
			header[5 + i] = "percent " + last.minusMonths(11 - i);
		}
		Csv csv = new Csv(header);
		for (Oversight.Figure f : dashboard.figures()) {
			Object[] row = new Object[17];
			row[0] = f.metric().label();
			row[1] = f.count();
			row[2] = f.denominator();
			row[3] = f.percent() == null ? null : Math.round(f.percent() * 10) / 10.0;
			row[4] = f.target();
			for (Oversight.Point p : f.trend()) {
				int index = 5 + 11 - (int) p.month().until(last, java.time.temporal.ChronoUnit.MONTHS);
				row[index] = p.percent() == null ? null : Math.round(p.percent() * 10) / 10.0;
			}
			csv.row(row);
		}
		return csvResponse(csv, "oversight-" + scope.code().toLowerCase(Locale.ROOT) + ".csv");
	}

	@GetMapping("/oversight/{level:providers|areas|teams}/{code}/cases/{metric}")
	String cases(@PathVariable String level, @PathVariable String code, @PathVariable String metric,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Scope scope = scope(level, code);
		Metric m = Metric.ofSlug(metric).orElseThrow(() -> new NotFound("No figure " + metric));
		Oversight.Cases cases = figureCases.cases(users.current(), scope, m, all);
		model.addAttribute("hiddenCases", cases.hidden());
		int pages = Math.max(1, (cases.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = page.matches("\\d{1,6}") ? Math.min(Math.max(1, Integer.parseInt(page)), pages) : 1;
		int from = (current - 1) * PAGE_SIZE;
		model.addAttribute("scope", scope);
		model.addAttribute("metric", m);
		model.addAttribute("cases", cases);
		model.addAttribute("entries", cases.entries()
			.subList(Math.min(from, cases.entries().size()), Math.min(from + PAGE_SIZE, cases.entries().size())));
		model.addAttribute("practitioners",
				cases.practitioners()
					.subList(Math.min(from, cases.practitioners().size()),
							Math.min(from + PAGE_SIZE, cases.practitioners().size())));
		model.addAttribute("links", new ListLinks(scope.path() + "/cases/" + m.slug(),
				all ? Map.of("all", "true") : Map.of(), "", SortDirection.ASCENDING, current, pages));
		model.addAttribute("all", all);
		return "oversight/cases";
	}

	@GetMapping("/oversight/{level:providers|areas|teams}/{code}/cases/{metric}.csv")
	ResponseEntity<String> casesCsv(@PathVariable String level, @PathVariable String code, @PathVariable String metric,
			@RequestParam(defaultValue = "false") boolean all) {
		Scope scope = scope(level, code);
		Metric m = Metric.ofSlug(metric).orElseThrow(() -> new NotFound("No figure " + metric));
		Oversight.Cases cases = figureCases.cases(users.current(), scope, m, all);
		Csv csv;
		if (m.countsPractitioners()) {
			csv = new Csv("practitioner", "grade", "team", "cases", "capacity_percent");
			cases.practitioners()
				.forEach(p -> csv.row(p.staff().name(), p.staff().grade().label(), p.staff().teamName(), p.cases(),
						p.capacityPercent()));
		}
		else {
			csv = new Csv("crn", "name", "officer", "team", "date", "detail");
			cases.entries()
				.forEach(e -> csv.row(e.crn(), e.name(), e.officer(), e.team(),
						e.on() == null ? null : e.on().toString(), e.detail()));
			if (cases.hidden() > 0) {
				csv.row(null, hiddenNote(cases.hidden()), null, null, null, null);
			}
		}
		return csvResponse(csv, scope.code().toLowerCase(Locale.ROOT) + "-" + m.slug() + ".csv");
	}

	/** The last row of an export that left cases out, so its reader knows. */
	static String hiddenNote(int hidden) {
		return hidden + (hidden == 1 ? " case is" : " cases are")
				+ " not listed: you are excluded from them, or they are restricted to named staff";
	}

	static ResponseEntity<String> csvResponse(Csv csv, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv.toString());
	}

}
