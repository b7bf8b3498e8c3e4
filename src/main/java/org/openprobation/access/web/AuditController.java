package org.openprobation.access.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditEvent;
import org.openprobation.access.AuditFilter;
import org.openprobation.shared.Crn;
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

/** The audit trail for administrators: who read or changed which case, and when. */
@Controller
class AuditController {

	private static final Pattern DATE = Pattern
		.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private final org.openprobation.access.application.AuditTrail audit;

	private final org.openprobation.access.Users users;

	AuditController(org.openprobation.access.application.AuditTrail audit, org.openprobation.access.Users users) {
		this.audit = audit;
		this.users = users;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String username, @RequestParam(required = false) String crn,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			HttpServletResponse response, Model model) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("username", username == null ? "" : username.strip());
		typed.put("crn", crn == null ? "" : crn.strip());
		typed.put("action", action == null ? "" : action.strip());
		typed.put("from", from == null ? "" : from.strip());
		typed.put("to", to == null ? "" : to.strip());
		model.addAttribute("typed", typed);
		model.addAttribute("actions", audit.actions());
		List<FieldProblem> problems = new ArrayList<>();
		if (typed.get("username").length() > 100) {
			problems.add(new FieldProblem("username", "Username must be 100 characters or fewer"));
		}
		String crnValue = null;
		if (!typed.get("crn").isEmpty()) {
			Optional<Crn> parsed = Crn.parse(typed.get("crn"));
			if (parsed.isEmpty()) {
				problems.add(new FieldProblem("crn", "Enter a CRN as one letter and six digits, like X123456"));
			}
			else {
				crnValue = parsed.get().value();
			}
		}
		LocalDate fromDate = date(typed.get("from"), "from", "Date from", problems);
		LocalDate toDate = date(typed.get("to"), "to", "Date to", problems);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			problems.add(new FieldProblem("to", "Date to must be the same as or after date from"));
		}
		Optional<Integer> pageNumber = PageNumber.parse(page);
		if (pageNumber.isEmpty()) {
			problems.add(new FieldProblem("username", "The page number must be a whole number from 1"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems);
			return "access/audit";
		}
		AuditFilter filter = new AuditFilter(typed.get("username").toLowerCase(java.util.Locale.ROOT), crnValue,
				typed.get("action"), fromDate, toDate);
		PageOf<AuditEvent> events = audit.search(users.current(), filter, new PageRequest(pageNumber.get(), 50));
		model.addAttribute("events", events);
		model.addAttribute("links",
				new ListLinks("/audit", typed, "at", SortDirection.DESCENDING, events.page(), events.totalPages()));
		return "access/audit";
	}

	private static @Nullable LocalDate date(String text, String field, String label, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher m = DATE.matcher(text);
		if (!m.matches()) {
			problems.add(new FieldProblem(field, label + " must be a date, like 23/11/2026"));
			return null;
		}
		try {
			return m.group(1) != null
					? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(1)))
					: LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
							Integer.parseInt(m.group(6)));
		}
		catch (DateTimeException ex) {
			problems.add(new FieldProblem(field, label + " must be a real date"));
			return null;
		}
	}

}
