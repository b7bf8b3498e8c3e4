package org.openprobation.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.PersonQuery;
import org.openprobation.people.PersonSearches;
import org.openprobation.people.PersonSort;
import org.openprobation.people.PersonSummary;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.PageNumber;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;
import org.openprobation.shared.SortDirection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FindPersonController {

	static final int PAGE_SIZE = 25;

	private final PersonSearches searches;

	private final Organisation organisation;

	private final Users users;

	FindPersonController(PersonSearches searches, Organisation organisation, Users users) {
		this.searches = searches;
		this.organisation = organisation;
		this.users = users;
	}

	/** A row of the results: the person and their responsible officer's name. */
	record Row(PersonSummary person, String officer) {
	}

	@GetMapping("/people")
	String find(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			HttpServletResponse response, Model model) {
		String typed = q == null ? "" : q;
		model.addAttribute("q", typed);
		model.addAttribute("mayRegister", org.openprobation.people.application.Intake.mayRegister(users.current()));
		if (q == null) {
			model.addAttribute("searched", false);
			return "people/find";
		}
		List<FieldProblem> problems = new ArrayList<>();
		PersonQuery.Reading reading = PersonQuery.read(typed);
		if (reading instanceof PersonQuery.NotUnderstood notUnderstood) {
			problems.add(new FieldProblem("q", notUnderstood.message()));
		}
		Optional<Integer> pageNumber = PageNumber.parse(page);
		if (pageNumber.isEmpty()) {
			problems.add(new FieldProblem("q", "The page number must be a whole number from 1"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems);
			model.addAttribute("searched", false);
			return "people/find";
		}
		PersonSort personSort = PersonSort.parse(sort);
		SortDirection direction = SortDirection.parse(dir);
		PersonQuery query = ((PersonQuery.Understood) reading).query();
		PageOf<PersonSummary> results = searches.search(users.current(), query, typed,
				new PageRequest(pageNumber.get(), PAGE_SIZE), personSort, direction, "page");
		Map<Long, StaffMember> officers = organisation.staffByIds(results.content()
			.stream()
			.map(PersonSummary::officerStaffId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		model.addAttribute("searched", true);
		model.addAttribute("results", results);
		model.addAttribute("rows",
				results.content()
					.stream()
					.map(p -> new Row(p,
							p.officerStaffId() != null && officers.containsKey(p.officerStaffId())
									? officers.get(p.officerStaffId()).name() : "Unallocated"))
					.toList());
		model.addAttribute("links", new ListLinks("/people", Map.of("q", typed), personSort.param(), direction,
				results.page(), results.totalPages()));
		return "people/find";
	}

}
