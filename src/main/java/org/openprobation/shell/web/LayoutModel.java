package org.openprobation.shell.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.SignedInUser;

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

	LayoutModel(@Value("${openprobation.govuk-frontend-version}") String govukVersion,
			org.openprobation.shell.ThingsToDo thingsToDo) {
		this.govukVersion = govukVersion;
		this.thingsToDo = thingsToDo;
	}

	/**
	 * For views rendered by exception handlers, which do not get
	 * {@code @ModelAttribute}s.
	 */
	void addTo(org.springframework.ui.Model model, HttpServletRequest request) {
		model.addAttribute("govukVersion", govukVersion());
		model.addAttribute("currentUser", currentUser());
		model.addAttribute("currentUserRoles", currentUserRoles());
		model.addAttribute("navigation", navigation(request));
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
		items.add(new NavigationItem("Organisation", "/organisation", path.startsWith("/organisation")));
		if (user.has(Role.ADMIN)) {
			items.add(new NavigationItem("Audit", "/audit", path.startsWith("/audit")));
		}
		return items;
	}

}
