package org.openprobation.oversight.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.oversight.EqualityMonitoring;
import org.openprobation.oversight.Oversight;
import org.openprobation.oversight.Scope;
import org.openprobation.oversight.WorkforceInformation;
import org.openprobation.shared.Csv;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Equality monitoring and workforce information for a provider, an area or a team. */
@Controller
class MonitoringController {

	private final Oversight oversight;

	private final EqualityMonitoring equality;

	private final WorkforceInformation workforce;

	private final Users users;

	MonitoringController(Oversight oversight, EqualityMonitoring equality, WorkforceInformation workforce,
			Users users) {
		this.oversight = oversight;
		this.equality = equality;
		this.workforce = workforce;
		this.users = users;
	}

	@GetMapping("/oversight/equality")
	String equality(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String code, Model model) {
		Scope s = oversight.scope(users.current(), scope, code);
		EqualityMonitoring.Report report = equality.report(users.current(), s);
		model.addAttribute("scope", s);
		model.addAttribute("report", report);
		model.addAttribute("outcomes", EqualityMonitoring.byOutcome(report.outcomes()));
		model.addAttribute("staff", EqualityMonitoring.byOutcome(report.staff()));
		return "oversight/equality";
	}

	@GetMapping("/oversight/equality.csv")
	ResponseEntity<String> equalityCsv(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String code) {
		Scope s = oversight.scope(users.current(), scope, code);
		EqualityMonitoring.Report report = equality.report(users.current(), s);
		Csv csv = new Csv("outcome", "population", "characteristic", "group", "people", "with_outcome", "rate_percent",
				"rest_people", "rest_with_outcome", "rest_rate_percent", "z", "finding");
		for (var tables : java.util.List.of(report.outcomes(), report.staff())) {
			for (EqualityMonitoring.Table t : tables) {
				for (EqualityMonitoring.Group g : t.groups()) {
					csv.row(t.outcome(), t.population(), t.characteristic(), g.name(), g.peopleShown(),
							g.withOutcomeShown(), round(g.rateShown()), g.restPeople(), g.restWithOutcome(),
							round(g.restRate()), Math.round(g.z() * 100) / 100.0, g.finding());
				}
			}
		}
		return OversightController.csvResponse(csv, "equality-" + s.code().toLowerCase(Locale.ROOT) + ".csv");
	}

	@GetMapping("/oversight/workforce")
	String workforce(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String code, Model model) {
		Scope s = oversight.scope(users.current(), scope, code);
		model.addAttribute("scope", s);
		model.addAttribute("report", workforce.report(users.current(), s));
		return "oversight/workforce";
	}

	@GetMapping("/oversight/workforce.csv")
	ResponseEntity<String> workforceCsv(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String code) {
		Scope s = oversight.scope(users.current(), scope, code);
		WorkforceInformation.Report report = workforce.report(users.current(), s);
		Csv csv = new Csv("grade", "in_post", "fte", "agency", "posts", "vacancies", "on_sickness",
				"training_completed_12_months", "training_due_90_days", "training_expired", "average_caseload",
				"largest_caseload");
		for (WorkforceInformation.GradeRow g : report.grades()) {
			csv.row(g.grade(), g.inPost(), g.fullTimeEquivalent(), report.shown(g.agency()), g.posts(), g.vacancies(),
					report.shown(g.onSickness()), g.trainingCompleted(), g.trainingDue(), g.trainingExpired(),
					round(g.averageCaseload()), g.largestCaseload());
		}
		return OversightController.csvResponse(csv, "workforce-" + s.code().toLowerCase(Locale.ROOT) + ".csv");
	}

	private static @Nullable Double round(@Nullable Double value) {
		return value == null ? null : Math.round(value * 10) / 10.0;
	}

}
