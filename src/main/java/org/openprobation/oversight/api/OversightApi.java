package org.openprobation.oversight.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.oversight.Oversight;
import org.openprobation.oversight.Scope;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Oversight")
class OversightApi {

	private final Oversight oversight;

	private final Users users;

	OversightApi(Oversight oversight, Users users) {
		this.oversight = oversight;
		this.users = users;
	}

	record Month(String month, int count, int denominator) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Figure(String label, int count, int denominator, String of, @Nullable Double percent,
			@Nullable Integer target, @Nullable Boolean meetsTarget, boolean flow, String cases, List<Month> trend) {
	}

	record TeamFigures(String code, String name, LocalDate asOf, Map<String, Figure> figures) {
	}

	@GetMapping("/api/v1/oversight/teams/{code}")
	@Operation(summary = "A team's oversight figures",
			description = "A team's oversight figures: each a count with its denominator, percentage, target, the last "
					+ "12 months and the page listing the cases it counts")
	TeamFigures team(@PathVariable String code) {
		Scope scope = oversight.team(users.current(), code);
		Oversight.Dashboard dashboard = oversight.dashboard(users.current(), scope);
		Map<String, Figure> figures = new LinkedHashMap<>();
		for (Oversight.Figure f : dashboard.figures()) {
			figures.put(f.metric().name(), new Figure(f.metric().label(), f.count(), f.denominator(),
					f.metric().denominator(), f.percent() == null ? null : Math.round(f.percent() * 10) / 10.0,
					f.target(), f.meetsTarget(), f.metric().flow(), scope.path() + "/cases/" + f.metric().slug(),
					f.trend().stream().map(p -> new Month(p.month().toString(), p.count(), p.denominator())).toList()));
		}
		return new TeamFigures(scope.code(), scope.name(), dashboard.asOf(), figures);
	}

}
