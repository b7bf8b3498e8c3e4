package org.openprobation.shell.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.SignedInUser;

import org.openprobation.shared.CasePage;
import org.openprobation.shared.Crn;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the signed-in user, the navigation and asset versions.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	record NavigationItem(String label, String href, boolean active) {
	}

	private final String govukVersion;

	private final org.openprobation.shell.ThingsToDo thingsToDo;

	private final org.openprobation.shell.CaseHeaders headers;

	private final java.time.Clock clock;

	LayoutModel(@Value("${openprobation.govuk-frontend-version}") String govukVersion,
			org.openprobation.shell.ThingsToDo thingsToDo, org.openprobation.shell.CaseHeaders headers,
			java.time.Clock clock) {
		this.clock = clock;
		this.govukVersion = govukVersion;
		this.thingsToDo = thingsToDo;
		this.headers = headers;
	}

	/**
	 * For views rendered by exception handlers, which do not get
	 * {@code @ModelAttribute}s.
	 */
	void addTo(org.springframework.ui.Model model, HttpServletRequest request) {
		model.addAttribute("govukVersion", govukVersion());
		model.addAttribute("today", today());
		model.addAttribute("currentUser", currentUser());
		model.addAttribute("currentUserRoles", currentUserRoles());
		model.addAttribute("navigation", navigation(request));
		model.addAttribute("caseWarrant", caseWarrant(request));
		model.addAttribute("caseHeader", caseHeader(request));
		model.addAttribute("caseSections", caseSections());
		model.addAttribute("caseSection", caseSection(request));
	}

	/** Today by the platform's clock, for pages that judge dates (overdue, due soon). */
	@ModelAttribute("today")
	java.time.LocalDate today() {
		return java.time.LocalDate.now(clock);
	}

	@ModelAttribute("govukVersion")
	String govukVersion() {
		return govukVersion;
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn)
				? signedIn.user() : null;
	}

	@ModelAttribute("currentUserRoles")
	String currentUserRoles() {
		CurrentUser user = currentUser();
		return user == null ? "" : user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
	}

	private static final java.util.regex.Pattern CASE_PATH = java.util.regex.Pattern
		.compile("^/cases/([A-Za-z][0-9]{6})(/.*)?$");

	/**
	 * An outstanding warrant of the case a page is about, shown on every page of it to a
	 * user who may read the case; looked up only when the page is rendered.
	 */
	@ModelAttribute("caseWarrant")
	@Nullable Object caseWarrant(HttpServletRequest request) {
		CurrentUser user = currentUser();
		if (user == null) {
			return null;
		}
		return new LazyContextVariable<org.openprobation.enforcement.Enforcement.@Nullable Warrant>() {
			@Override
			protected org.openprobation.enforcement.Enforcement.@Nullable Warrant loadValue() {
				Crn crn = caseOf(request);
				return crn == null || refused() ? null : headers.warrant(user, crn).orElse(null);
			}
		};
	}

	/**
	 * The header of a page about a case (who, tier, risk, flags) for the layout to show
	 * above a page that does not show the case's own; looked up only if it is shown.
	 */
	@ModelAttribute("caseHeader")
	@Nullable Object caseHeader(HttpServletRequest request) {
		CurrentUser user = currentUser();
		if (user == null) {
			return null;
		}
		return new LazyContextVariable<org.openprobation.shell.@Nullable CaseHeader>() {
			@Override
			protected org.openprobation.shell.@Nullable CaseHeader loadValue() {
				Crn crn = caseOf(request);
				return crn == null || refused() ? null : headers.of(user, crn).orElse(null);
			}
		};
	}

	/**
	 * A refusal names nobody: a page answering 401, 403 or 404 (a change refused on a
	 * case the user may read, say) shows no case header or warrant.
	 */
	private static boolean refused() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
				&& attributes.getResponse() != null) {
			int status = attributes.getResponse().getStatus();
			return status == 401 || status == 403 || status == 404;
		}
		return false;
	}

	/**
	 * The case a page is about: by its address, or as its controller marked it
	 * ({@link CasePage}); read when the page is rendered, after the controller ran.
	 */
	private static @Nullable Crn caseOf(HttpServletRequest request) {
		if (request.getAttribute(CasePage.ATTRIBUTE) instanceof String marked) {
			return Crn.parse(marked).orElse(null);
		}
		var matcher = CASE_PATH.matcher(request.getRequestURI());
		return matcher.matches() ? Crn.parse(matcher.group(1).toUpperCase(java.util.Locale.ROOT)).orElse(null) : null;
	}

	/** The sections of a case, in the order of its sub-navigation. */
	public record CaseSection(String key, String label, String path) {
	}

	static final List<CaseSection> CASE_SECTIONS = List.of(new CaseSection("overview", "Overview", ""),
			new CaseSection("personal", "Personal details", "/personal-details"),
			new CaseSection("risk", "Risk and needs", "/risk"),
			new CaseSection("sentence", "Sentence and requirements", "/sentence"),
			new CaseSection("plan", "Plan", "/plan"), new CaseSection("contacts", "Contacts", "/contacts"),
			new CaseSection("enforcement", "Enforcement", "/enforcement"),
			new CaseSection("unpaid-work", "Unpaid work", "/unpaid-work"),
			new CaseSection("documents", "Documents", "/documents"));

	private static final Map<String, String> SECTION_OF_FIRST_SEGMENT = Map.ofEntries(
			Map.entry("personal-details", "personal"), Map.entry("risk", "risk"), Map.entry("rosh", "risk"),
			Map.entry("rsr", "risk"), Map.entry("registrations", "risk"), Map.entry("needs", "risk"),
			Map.entry("scoring-sex", "risk"), Map.entry("women-factors", "risk"), Map.entry("safeguarding", "risk"),
			Map.entry("sentence", "sentence"), Map.entry("sentences", "sentence"),
			Map.entry("requirements", "sentence"), Map.entry("release", "sentence"), Map.entry("plan", "plan"),
			Map.entry("contacts", "contacts"), Map.entry("appointments", "contacts"),
			Map.entry("case-notes", "contacts"), Map.entry("referrals", "contacts"),
			Map.entry("enforcement", "enforcement"), Map.entry("first-sanction", "enforcement"),
			Map.entry("escalation", "enforcement"), Map.entry("unpaid-work", "unpaid-work"),
			Map.entry("documents", "documents"), Map.entry("subject-access", "documents"));

	@ModelAttribute("caseSections")
	List<CaseSection> caseSections() {
		return CASE_SECTIONS;
	}

	/** Which section of the case the page belongs to, for the sub-navigation. */
	@ModelAttribute("caseSection")
	@Nullable String caseSection(HttpServletRequest request) {
		var matcher = CASE_PATH.matcher(request.getRequestURI());
		if (!matcher.matches()) {
			return null;
		}
		String rest = matcher.group(2);
		if (rest == null || rest.isEmpty() || "/".equals(rest)) {
			return "overview";
		}
		String first = rest.substring(1).split("/", 2)[0];
		return SECTION_OF_FIRST_SEGMENT.get(first);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		CurrentUser user = currentUser();
		List<NavigationItem> items = new ArrayList<>();
		if (user == null) {
			return items;
		}
		String path = request.getRequestURI();
		items.add(new NavigationItem("Home", "/", "/".equals(path)));
		items.add(new NavigationItem("Find a person", "/people",
				path.startsWith("/people") || path.startsWith("/cases")));
		if (user.staffId() != null && user.has(Role.PRACTITIONER)) {
			items.add(new NavigationItem("My caseload", "/caseload", "/caseload".equals(path)));
		}
		Integer tasks = thingsToDo.count(user);
		if (tasks != null) {
			items.add(new NavigationItem("Things to do (" + tasks + ")", "/tasks", path.startsWith("/tasks")));
		}
		if (user.staffId() != null && user.hasAny(Role.PRACTITIONER, Role.SPO)) {
			items.add(new NavigationItem("Diary", "/diary", path.startsWith("/diary")));
		}
		if (user.has(Role.SPO) && user.teamId() != null) {
			items.add(new NavigationItem("Team caseload", "/team", path.startsWith("/team")));
		}
		if (user.has(Role.UNPAID_WORK)) {
			items.add(new NavigationItem("Unpaid work", "/unpaid-work/sessions", path.startsWith("/unpaid-work")));
		}
		if (user.hasAny(Role.INSPECTOR, Role.QUALITY, Role.AREA_MANAGER, Role.SPO, Role.ADMIN)) {
			items.add(new NavigationItem("Oversight", "/oversight", path.startsWith("/oversight")));
			items.add(new NavigationItem("Inspections", "/inspections", path.startsWith("/inspections")));
		}
		items.add(new NavigationItem("Organisation", "/organisation", path.startsWith("/organisation")));
		if (user.has(Role.ADMIN)) {
			items.add(new NavigationItem("Audit", "/audit", path.startsWith("/audit")));
		}
		return items;
	}

}
