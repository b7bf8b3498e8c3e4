package org.openprobation.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CaseRestrictions;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.Users;
import org.openprobation.people.People;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators restrict cases to named users and exclude users from cases. */
@Controller
class CaseRestrictionController {

	private final CaseRestrictions restrictions;

	private final People people;

	private final Users users;

	private final org.openprobation.people.application.RestrictedAccess restrictedAccess;

	CaseRestrictionController(CaseRestrictions restrictions, People people, Users users,
			org.openprobation.people.application.RestrictedAccess restrictedAccess) {
		this.restrictedAccess = restrictedAccess;
		this.restrictions = restrictions;
		this.people = people;
		this.users = users;
	}

	@GetMapping("/settings/case-restrictions")
	String page(Model model) {
		return page(model, Map.of(), List.of());
	}

	private String page(Model model, Map<String, String> typed, List<FieldProblem> problems) {
		CurrentUser user = users.current();
		CaseRestrictions.Listed listed = restrictions.all(user);
		List<CaseRestrictions.Entry> entries = listed.entries();
		model.addAttribute("hiddenCases", listed.hiddenCases());
		Map<Long, String> crns = new LinkedHashMap<>();
		Map<Long, Boolean> restricted = new LinkedHashMap<>();
		entries.forEach(e -> {
			crns.computeIfAbsent(e.personId(), id -> people.crnOf(id).value());
			restricted.computeIfAbsent(e.personId(), people::restricted);
		});
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put(CaseRestrictions.ALLOWED, "Allowed on the case (when it is restricted)");
		kinds.put(CaseRestrictions.EXCLUDED, "Excluded from the case");
		model.addAttribute("entries", entries);
		model.addAttribute("crns", crns);
		model.addAttribute("restricted", restricted);
		model.addAttribute("kinds", kinds);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "people/case-restrictions";
	}

	record PutForm(@Nullable String crn, @Nullable String username, @Nullable String kind, @Nullable String reason,
			@Nullable String restrict) {
	}

	@PostMapping("/settings/case-restrictions")
	String put(PutForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		@Nullable String crn = form.crn();
		@Nullable String username = form.username();
		@Nullable String kind = form.kind();
		@Nullable String reason = form.reason();
		@Nullable String restrict = form.restrict();
		CurrentUser user = users.current();
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Restricted and excluded access is managed by administrators.");
		}
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("crn", crn == null ? "" : crn);
		typed.put("username", username == null ? "" : username);
		typed.put("kind", kind == null ? "" : kind);
		typed.put("reason", reason == null ? "" : reason);
		typed.put("restrict", restrict == null ? "" : restrict);
		try {
			String named = restrictedAccess.name(user, crn, username, kind, reason, "yes".equals(restrict));
			redirect.addFlashAttribute("success", "Access to " + named + " recorded.");
			return "redirect:/settings/case-restrictions";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, typed, bad.problems());
		}
	}

	record RemoveForm(@Nullable String crn, @Nullable String username) {
	}

	@PostMapping("/settings/case-restrictions/remove")
	String remove(RemoveForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		@Nullable String crn = form.crn();
		@Nullable String username = form.username();
		try {
			String from = restrictedAccess.remove(users.current(), crn, username);
			redirect.addFlashAttribute("success",
					(username == null ? "" : username.strip()) + " removed from " + from + ".");
			return "redirect:/settings/case-restrictions";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, Map.of(), bad.problems());
		}
	}

	record LiftForm(@Nullable String crn) {
	}

	@PostMapping("/settings/case-restrictions/lift")
	String lift(LiftForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		@Nullable String crn = form.crn();
		try {
			String lifted = restrictedAccess.lift(users.current(), crn);
			redirect.addFlashAttribute("success", "The restriction on " + lifted + " is lifted.");
			return "redirect:/settings/case-restrictions";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, Map.of(), bad.problems());
		}
	}

}
