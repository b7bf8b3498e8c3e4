package org.openprobation.access.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Account;
import org.openprobation.access.Role;
import org.openprobation.access.Users;
import org.openprobation.access.application.AccountAdministration;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.RequestBodies;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users")
class UsersApi {

	private final AccountAdministration administration;

	private final Users users;

	UsersApi(AccountAdministration administration, Users users) {
		this.administration = administration;
		this.users = users;
	}

	record UserRequest(@Nullable String username, @Nullable String name, @Nullable String email,
			@NotNull(message = "is required: one or more role names, such as PRACTITIONER") @Nullable List<@NotNull(
					message = "must be a role name") Role> roles,
			@Nullable String providerCode, @Nullable String areaCode, @Nullable String teamCode,
			@Nullable String staffCode) {
	}

	record UserChangeRequest(@Nullable Boolean enabled,
			@Nullable List<@NotNull(message = "must be a role name") Role> roles, @Nullable String name,
			@Nullable String email, @Nullable String providerCode, @Nullable String areaCode, @Nullable String teamCode,
			@Nullable String staffCode,
			@NotNull(message = "is required: the version of the account you read") @Nullable Integer version) {
	}

	record PasswordChangeRequest(@Nullable String currentPassword,
			@Size(max = 200, message = "must be 200 characters or fewer") @Nullable String newPassword) {
	}

	record OneTimePassword(String username, String oneTimePassword) {
	}

	record UserView(String username, String name, @Nullable String email, List<String> roles,
			@Nullable String providerCode, @Nullable String areaCode, @Nullable String teamCode,
			@Nullable String staffCode, boolean enabled, boolean passwordChangeRequired, int version, Instant createdAt,
			@Nullable Instant updatedAt, @Nullable String updatedBy) {
	}

	record UserPage(List<UserView> content, int page, int size, long totalElements) {
	}

	@PostMapping("/api/v1/users")
	@Operation(summary = "Create an account",
			description = "Administrators only. Creates an account with roles (names such as PRACTITIONER) and its "
					+ "place: providerCode (required unless the only role is INSPECTOR), and optionally areaCode, "
					+ "teamCode and staffCode (required for PRACTITIONER and SPO). Answers 201 with a one-time "
					+ "password, shown only this once; until the user changes it every other call they make answers "
					+ "403 with a problem type ending password-change-required")
	ResponseEntity<OneTimePassword> create(@RequestBody UserRequest body) {
		administration.checkMayAdminister(users.current());
		UserRequest u = RequestBodies.checked(body);
		AccountAdministration.Created created = administration.create(users.current(),
				new AccountAdministration.NewAccount(u.username(), u.name(), u.email(), u.roles(), u.providerCode(),
						u.areaCode(), u.teamCode(), u.staffCode()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
			.body(new OneTimePassword(created.username(), created.oneTimePassword()));
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "List accounts",
			description = "Administrators only. Accounts in username order, 25 a page; q matches username, name or email")
	UserPage list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page) {
		PageOf<Account> accounts = administration.page(users.current(), q, page);
		return new UserPage(accounts.content().stream().map(UsersApi::view).toList(), accounts.page(), accounts.size(),
				accounts.totalElements());
	}

	@GetMapping("/api/v1/users/{username}")
	@Operation(summary = "Read an account",
			description = "Administrators only. The account with its roles, place, whether it may sign in, and the "
					+ "version to send back with a change")
	UserView read(@PathVariable String username) {
		return view(administration.account(users.current(), username));
	}

	@PatchMapping("/api/v1/users/{username}")
	@Operation(summary = "Change an account",
			description = "Administrators only. Changes the fields given (enabled, roles, name, email, providerCode, "
					+ "areaCode, teamCode, staffCode; a blank code removes it) of the version read, or 409 if it "
					+ "changed since. Disabling takes effect on the user's very next request")
	UserView change(@PathVariable String username, @RequestBody UserChangeRequest body) {
		administration.checkMayAdminister(users.current());
		UserChangeRequest c = RequestBodies.checked(body);
		return view(administration.change(users.current(), username,
				new AccountAdministration.AccountChange(c.name(), c.email(), c.enabled(), c.roles(), c.providerCode(),
						c.areaCode(), c.teamCode(), c.staffCode(), c.version())));
	}

	@PostMapping("/api/v1/users/{username}/password-reset")
	@Operation(summary = "Reset a password",
			description = "Administrators only. Gives the account a new one-time password, which the user must change "
					+ "when next signing in; their sessions end")
	OneTimePassword reset(@PathVariable String username) {
		AccountAdministration.Created reset = administration.resetPassword(users.current(), username);
		return new OneTimePassword(reset.username(), reset.oneTimePassword());
	}

	@PutMapping("/api/v1/users/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change your password",
			description = "Changes the signed-in user's own password: at least 12 characters, not the username and "
					+ "not among the 10,000 most common passwords. Answers 204; the old password stops working")
	void changeOwnPassword(@RequestBody PasswordChangeRequest body) {
		PasswordChangeRequest p = RequestBodies.checked(body);
		administration.changeOwnPassword(users.current(), p.currentPassword(), p.newPassword());
	}

	private static UserView view(Account a) {
		return new UserView(a.username(), a.name(), a.email(), a.roles().stream().map(Role::name).sorted().toList(),
				a.providerCode(), a.areaCode(), a.teamCode(), a.staffCode(), a.enabled(), a.passwordChangeRequired(),
				a.version(), a.createdAt(), a.updatedAt(), a.updatedBy());
	}

}
