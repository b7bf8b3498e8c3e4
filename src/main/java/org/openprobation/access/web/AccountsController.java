package org.openprobation.access.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Account;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.SignedInUser;
import org.openprobation.access.Users;
import org.openprobation.access.application.AccountAdministration;
import org.openprobation.access.persistence.UserRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.SortDirection;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators list, create, edit, disable and reset accounts; every user changes their
 * own password here, and must when they signed in with a one-time password.
 */
@Controller
class AccountsController {

	private final AccountAdministration administration;

	private final Users users;

	private final UserRepository stored;

	AccountsController(AccountAdministration administration, Users users, UserRepository stored) {
		this.administration = administration;
		this.users = users;
		this.stored = stored;
	}

	@GetMapping("/settings/users")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
			Model model) {
		PageOf<Account> accounts = administration.page(users.current(), q, page);
		Map<String, String> filters = new LinkedHashMap<>();
		if (q != null && !q.isBlank()) {
			filters.put("q", q.strip());
		}
		model.addAttribute("accounts", accounts);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("links", new ListLinks("/settings/users", filters, "username", SortDirection.ASCENDING,
				accounts.page(), accounts.totalPages()));
		return "access/users";
	}

	@GetMapping("/settings/users/new")
	String newAccount(Model model) {
		administration.checkMayAdminister(users.current());
		return form(model, null,
				typed(new AccountForm(null, null, null, List.of(), null, null, null, null, null, null)), List.of());
	}

	record AccountForm(@Nullable String username, @Nullable String name, @Nullable String email,
			@Nullable List<String> roles, @Nullable String providerCode, @Nullable String areaCode,
			@Nullable String teamCode, @Nullable String staffCode, @Nullable String enabled, @Nullable String version) {
	}

	@PostMapping("/settings/users")
	String create(AccountForm form, HttpServletResponse response, Model model) {
		CurrentUser user = users.current();
		administration.checkMayAdminister(user);
		List<FieldProblem> problems = new ArrayList<>();
		List<Role> roles = roles(form.roles(), problems);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			AccountAdministration.Created created = administration.create(user,
					new AccountAdministration.NewAccount(form.username(), form.name(), form.email(), roles,
							form.providerCode(), form.areaCode(), form.teamCode(), form.staffCode()));
			response.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("created", created);
			model.addAttribute("reset", false);
			return "access/one-time-password";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !problems.contains(p)).forEach(all::add);
			return form(model, null, typed(form), all);
		}
	}

	@GetMapping("/settings/users/{username}")
	String edit(@PathVariable String username, Model model) {
		Account account = administration.account(users.current(), username);
		return form(model, account, typed(account), List.of());
	}

	@PostMapping("/settings/users/{username}")
	String change(@PathVariable String username, AccountForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = users.current();
		Account account = administration.account(user, username);
		List<FieldProblem> problems = new ArrayList<>();
		List<Role> roles = roles(form.roles(), problems);
		Integer version = null;
		try {
			version = Integer.valueOf(form.version() == null ? "" : form.version().strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("version", "Open the account again and make your change"));
		}
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			// every field of the form is sent, so blank codes remove the place they named
			administration.change(user, username,
					new AccountAdministration.AccountChange(text(form.name()), text(form.email()),
							!"no".equals(form.enabled()), roles, text(form.providerCode()), text(form.areaCode()),
							text(form.teamCode()), text(form.staffCode()), version));
			redirect.addFlashAttribute("success", "Account " + account.username() + " saved.");
			return "redirect:/settings/users/" + account.username();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !problems.contains(p)).forEach(all::add);
			return form(model, account, typed(form), all);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			Account now = administration.account(user, username);
			return form(model, now, typed(now), List.of(new FieldProblem("version", conflict.getMessage())));
		}
	}

	@PostMapping("/settings/users/{username}/password-reset")
	String reset(@PathVariable String username, Model model) {
		AccountAdministration.Created reset = administration.resetPassword(users.current(), username);
		model.addAttribute("created", reset);
		model.addAttribute("reset", true);
		return "access/one-time-password";
	}

	@GetMapping(CurrentAccountFilter.CHANGE_PASSWORD_PAGE)
	String password(Model model) {
		return passwordPage(model, List.of());
	}

	record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword,
			@Nullable String confirmPassword) {
	}

	@PostMapping(CurrentAccountFilter.CHANGE_PASSWORD_PAGE)
	String changePassword(PasswordForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = users.current();
		try {
			if (form.newPassword() != null && !form.newPassword().isEmpty()
					&& !form.newPassword().equals(form.confirmPassword())) {
				throw new BadRequest(List.of(new FieldProblem("confirmPassword", "Type the same new password twice")));
			}
			administration.changeOwnPassword(user, form.currentPassword(), form.newPassword());
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return passwordPage(model, bad.problems());
		}
		keepSignedIn(user, request, response);
		redirect.addFlashAttribute("success", "Your password is changed.");
		return "redirect:/";
	}

	/**
	 * A changed password ends every sign-in made with the old one; this one carries on,
	 * as the new password's, in a new session id.
	 */
	private void keepSignedIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		UserRepository.StoredUser now = stored.findByUsername(user.username()).orElseThrow();
		SignedInUser principal = new SignedInUser(now.user(), "", now.enabled(), now.passwordGeneration());
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
	}

	private String passwordPage(Model model, List<FieldProblem> problems) {
		model.addAttribute("required",
				stored.findByUsername(users.current().username())
					.map(UserRepository.StoredUser::passwordChangeRequired)
					.orElse(false));
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "access/password";
	}

	private String form(Model model, @Nullable Account account, Map<String, Object> typed,
			List<FieldProblem> problems) {
		Map<String, String> roleLabels = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			roleLabels.put(role.name(), role.label());
		}
		model.addAttribute("account", account);
		model.addAttribute("typed", typed);
		model.addAttribute("roleLabels", roleLabels);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "access/user-form";
	}

	private static Map<String, Object> typed(AccountForm form) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("username", form.username() == null ? "" : form.username());
		typed.put("name", form.name() == null ? "" : form.name());
		typed.put("email", form.email() == null ? "" : form.email());
		typed.put("roles", form.roles() == null ? List.of() : form.roles());
		typed.put("providerCode", form.providerCode() == null ? "" : form.providerCode());
		typed.put("areaCode", form.areaCode() == null ? "" : form.areaCode());
		typed.put("teamCode", form.teamCode() == null ? "" : form.teamCode());
		typed.put("staffCode", form.staffCode() == null ? "" : form.staffCode());
		typed.put("enabled", form.enabled() == null ? "yes" : form.enabled());
		typed.put("version", form.version() == null ? "" : form.version());
		return typed;
	}

	private static Map<String, Object> typed(Account a) {
		return typed(new AccountForm(a.username(), a.name(), a.email(), a.roles().stream().map(Role::name).toList(),
				a.providerCode(), a.areaCode(), a.teamCode(), a.staffCode(), a.enabled() ? "yes" : "no",
				String.valueOf(a.version())));
	}

	private static List<Role> roles(@Nullable List<String> typed, List<FieldProblem> problems) {
		List<Role> roles = new ArrayList<>();
		for (String name : typed == null ? List.<String>of() : typed) {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("roles", "Choose roles from the list"));
			}
		}
		return roles;
	}

	/** Blank as blank (to remove a code), absent as blank: the form always sends all. */
	private static String text(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

}
