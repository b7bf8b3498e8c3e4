package org.openprobation.access.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.Account;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.PasswordRules;
import org.openprobation.access.Role;
import org.openprobation.access.domain.AccountRules;
import org.openprobation.access.persistence.AccountRepository;
import org.openprobation.access.persistence.AccountRepository.AccountRow;
import org.openprobation.access.persistence.AccountRepository.Place;
import org.openprobation.organisation.AreaRef;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.TypedText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, edit, disable and reset accounts; every user changes their own
 * password. New and reset accounts get a one-time password that must be changed before
 * anything else is done. Every change is audited, never with a password.
 */
@Service
public class AccountAdministration {

	public static final String CREATE_USER = "CREATE_USER";

	public static final String UPDATE_USER = "UPDATE_USER";

	public static final String RESET_PASSWORD = "RESET_PASSWORD";

	public static final String CHANGE_OWN_PASSWORD = "CHANGE_OWN_PASSWORD";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

	/** Codes of the organisation, checked before any lookup. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

	/** No 0/O or 1/l/I, so a one-time password read out over the phone is typed right. */
	private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	public static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final Organisation organisation;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, Organisation organisation, PasswordEncoder passwords,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.organisation = organisation;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** An account to create, as typed: roles by name, places by code. */
	public record NewAccount(@Nullable String username, @Nullable String name, @Nullable String email, List<Role> roles,
			@Nullable String providerCode, @Nullable String areaCode, @Nullable String teamCode,
			@Nullable String staffCode) {
	}

	/**
	 * What to change on an account; a null field is left as it is, and a scope code given
	 * as blank text is removed.
	 */
	public record AccountChange(@Nullable String name, @Nullable String email, @Nullable Boolean enabled,
			@Nullable List<Role> roles, @Nullable String providerCode, @Nullable String areaCode,
			@Nullable String teamCode, @Nullable String staffCode, @Nullable Integer version) {
	}

	/** The account made and the one-time password to give its user, shown once. */
	public record Created(String username, String oneTimePassword) {
	}

	public static boolean mayAdminister(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	public void checkMayAdminister(CurrentUser user) {
		if (!mayAdminister(user)) {
			throw new AccessDeniedException("Only an administrator manages accounts.");
		}
	}

	@Transactional(readOnly = true)
	public PageOf<Account> page(CurrentUser user, @Nullable String search, int page) {
		checkMayAdminister(user);
		String text = Optional.ofNullable(TypedText.stripped(search)).orElse("");
		long total = accounts.count(text);
		int shown = PageOf.shownPage(page, total, PAGE_SIZE);
		List<AccountRow> rows = accounts.page(text, PAGE_SIZE, (long) (shown - 1) * PAGE_SIZE);
		Map<Long, String> providerCodes = organisation.providerCodes();
		Map<Long, StaffMember> staff = organisation
			.staffByIds(rows.stream().map(r -> r.place().staffId()).filter(Objects::nonNull).toList());
		List<Account> content = rows.stream().map(r -> account(r, providerCodes, staff)).toList();
		return new PageOf<>(content, shown, PAGE_SIZE, total);
	}

	@Transactional(readOnly = true)
	public Account account(CurrentUser user, String username) {
		checkMayAdminister(user);
		return account(row(username));
	}

	@Transactional
	public Created create(CurrentUser user, NewAccount typed) {
		checkMayAdminister(user);
		List<FieldProblem> problems = new ArrayList<>();
		String username = Optional.ofNullable(TypedText.stripped(typed.username()))
			.map(u -> u.toLowerCase(Locale.ROOT))
			.orElse("");
		if (username.isEmpty()) {
			problems.add(new FieldProblem("username", "Enter a username"));
		}
		else if (!USERNAME.matcher(username).matches() || username.equals("me")) {
			problems.add(new FieldProblem("username",
					"Enter a username of 3 to 60 letters, digits or . _ @ -, starting with a letter or digit"));
		}
		else if (accounts.find(username).isPresent()) {
			problems.add(new FieldProblem("username", "An account named " + username + " already exists"));
		}
		String name = name(typed.name(), problems);
		String email = email(typed.email(), null, problems, true);
		Set<Role> roles = roles(typed.roles());
		Place place = place(roles, typed.providerCode(), typed.areaCode(), typed.teamCode(), typed.staffCode(),
				problems);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		String oneTime = oneTimePassword();
		accounts.insert(username, name, email, roles, place, passwords.encode(oneTime), user.username(),
				clock.instant());
		audit.record(user, CREATE_USER, null,
				"Created account " + username + " with roles " + names(roles) + scopeText(account(row(username))));
		return new Created(username, oneTime);
	}

	@Transactional
	public Account change(CurrentUser user, String username, AccountChange typed) {
		checkMayAdminister(user);
		AccountRow was = row(username);
		List<FieldProblem> problems = new ArrayList<>();
		if (typed.version() == null) {
			problems.add(new FieldProblem("version", "is required: the version of the account you read"));
		}
		String name = typed.name() == null ? was.name() : name(typed.name(), problems);
		String email = typed.email() == null ? was.email() : email(typed.email(), was.username(), problems, false);
		Set<Role> roles = typed.roles() == null ? was.roles() : roles(typed.roles());
		Account before = account(was);
		boolean enabled = typed.enabled() == null ? was.enabled() : typed.enabled();
		Place place = place(roles, kept(typed.providerCode(), before.providerCode()),
				kept(typed.areaCode(), before.areaCode()), kept(typed.teamCode(), before.teamCode()),
				kept(typed.staffCode(), before.staffCode()), problems);
		if (was.id() == user.id() && (!enabled || !roles.contains(Role.ADMIN))) {
			problems.add(new FieldProblem(enabled ? "roles" : "enabled",
					"You cannot disable your own account or remove your own administrator role: ask another administrator"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!accounts.update(was, name, email, roles, place, enabled, typed.version(), user.username(),
				clock.instant())) {
			throw new Conflict("The account " + username
					+ " was changed by someone else since you read it: read it again and make your change to that");
		}
		Account after = account(row(username));
		audit.record(user, UPDATE_USER, null, "Changed account " + username + ": " + changes(before, after));
		return after;
	}

	/** A new one-time password for the user, who must change it when next signing in. */
	@Transactional
	public Created resetPassword(CurrentUser user, String username) {
		checkMayAdminister(user);
		AccountRow row = row(username);
		String oneTime = oneTimePassword();
		accounts.setPassword(row.id(), passwords.encode(oneTime), true, user.username(), clock.instant());
		audit.record(user, RESET_PASSWORD, null, "Reset the password of " + username + " to a one-time password");
		return new Created(row.username(), oneTime);
	}

	/** Problems with a password change, field by field; none when it was made. */
	@Transactional
	public void changeOwnPassword(CurrentUser user, @Nullable String currentPassword, @Nullable String newPassword) {
		AccountRow row = row(user.username());
		List<FieldProblem> problems = new ArrayList<>();
		String hash = accounts.passwordHash(row.id()).orElseThrow();
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add(new FieldProblem("currentPassword", "Enter your current password"));
		}
		else if (!passwords.matches(currentPassword, hash)) {
			problems.add(new FieldProblem("currentPassword", "Your current password is not right"));
		}
		if (newPassword == null || newPassword.isEmpty()) {
			problems.add(new FieldProblem("newPassword", "Enter a new password"));
		}
		else {
			PasswordRules.problem(user.username(), newPassword)
				.ifPresent(p -> problems.add(new FieldProblem("newPassword", p)));
			if (problems.isEmpty() && passwords.matches(newPassword, hash)) {
				problems.add(new FieldProblem("newPassword", "Choose a password you are not using now"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		accounts.setPassword(row.id(), passwords.encode(newPassword), false, user.username(), clock.instant());
		audit.record(user, CHANGE_OWN_PASSWORD, null, "Changed their own password");
	}

	private AccountRow row(String username) {
		return accounts.find(username.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new NotFound("There is no account of that name."));
	}

	private static String name(@Nullable String typed, List<FieldProblem> problems) {
		String name = TypedText.stripped(typed);
		if (name == null) {
			problems.add(new FieldProblem("name", "Enter the user's full name"));
			return "";
		}
		if (name.length() > 100) {
			problems.add(new FieldProblem("name", "Enter a name of 100 characters or fewer"));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem("name", "Enter a name without control characters"));
		}
		return name;
	}

	private @Nullable String email(@Nullable String typed, @Nullable String username, List<FieldProblem> problems,
			boolean required) {
		String email = TypedText.stripped(typed);
		if (email == null) {
			if (required) {
				problems.add(new FieldProblem("email", "Enter the user's work email address"));
			}
			return null;
		}
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			problems.add(new FieldProblem("email", "Enter an email address like name@example.org"));
		}
		else if (accounts.emailTaken(email, username)) {
			problems.add(new FieldProblem("email", "Another account has that email address"));
		}
		return email;
	}

	private static Set<Role> roles(@Nullable List<Role> typed) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (typed != null) {
			typed.stream().filter(Objects::nonNull).forEach(roles::add);
		}
		return roles;
	}

	/** A code to change to: null keeps the one there was, blank removes it. */
	private static @Nullable String kept(@Nullable String typed, @Nullable String was) {
		return typed == null ? was : TypedText.stripped(typed);
	}

	/**
	 * Where the user sits, from the codes given: a staff record's place wins, and every
	 * code given must agree with the others.
	 */
	private Place place(Set<Role> roles, @Nullable String providerCode, @Nullable String areaCode,
			@Nullable String teamCode, @Nullable String staffCode, List<FieldProblem> problems) {
		int before = problems.size();
		Long providerId = null;
		String provider = code(providerCode, "providerCode", problems);
		if (provider != null) {
			providerId = organisation.providerId(provider).orElse(null);
			if (providerId == null) {
				problems.add(new FieldProblem("providerCode", "There is no provider with code " + provider));
			}
		}
		AreaRef area = null;
		String areaTyped = code(areaCode, "areaCode", problems);
		if (areaTyped != null) {
			area = organisation.area(areaTyped).orElse(null);
			if (area == null) {
				problems.add(new FieldProblem("areaCode", "There is no area with code " + areaTyped));
			}
			else if (providerId != null && area.providerId() != providerId) {
				problems.add(new FieldProblem("areaCode", "Area " + areaTyped + " is not in provider " + provider));
			}
		}
		Team team = null;
		String teamTyped = code(teamCode, "teamCode", problems);
		if (teamTyped != null) {
			team = organisation.team(teamTyped).orElse(null);
			if (team == null) {
				problems.add(new FieldProblem("teamCode", "There is no team with code " + teamTyped));
			}
			else if (area != null && team.areaId() != area.id()) {
				problems.add(new FieldProblem("teamCode", "Team " + teamTyped + " is not in area " + areaTyped));
			}
			else if (providerId != null && team.providerId() != providerId) {
				problems.add(new FieldProblem("teamCode", "Team " + teamTyped + " is not in provider " + provider));
			}
		}
		StaffMember staff = null;
		String staffTyped = code(staffCode, "staffCode", problems);
		if (staffTyped != null) {
			staff = organisation.staffMember(staffTyped).orElse(null);
			if (staff == null) {
				problems.add(new FieldProblem("staffCode", "There is no member of staff with code " + staffTyped));
			}
			else if (providerId != null && staff.providerId() != providerId) {
				problems.add(new FieldProblem("staffCode", staffTyped + " works for another provider"));
			}
			else if (area != null && staff.areaId() != area.id()) {
				problems.add(new FieldProblem("staffCode", staffTyped + " works in another area"));
			}
			else if (team != null && !Objects.equals(staff.teamId(), team.id())) {
				problems.add(new FieldProblem("staffCode", staffTyped + " is in another team"));
			}
		}
		if (problems.size() == before) {
			problems.addAll(AccountRules.problems(roles,
					new AccountRules.Scope(providerId != null, area != null, team != null, staff != null)));
		}
		if (staff != null) {
			return new Place(staff.providerId(), staff.areaId(), staff.teamId(), staff.id());
		}
		if (team != null) {
			return new Place(team.providerId(), team.areaId(), team.id(), null);
		}
		return new Place(area != null ? Long.valueOf(area.providerId()) : providerId,
				area == null ? null : Long.valueOf(area.id()), null, null);
	}

	/**
	 * A code as typed, or null when blank or not a code at all (said in the problems).
	 */
	private static @Nullable String code(@Nullable String typed, String field, List<FieldProblem> problems) {
		String code = TypedText.stripped(typed);
		if (code != null && !CODE.matcher(code).matches()) {
			problems.add(new FieldProblem(field, "Enter a code of letters, digits, - or _"));
			return null;
		}
		return code;
	}

	private Account account(AccountRow row) {
		Place place = row.place();
		return account(row, organisation.providerCodes(),
				place.staffId() == null ? Map.of() : organisation.staffByIds(List.of(place.staffId())));
	}

	/**
	 * The account with its place named by codes; providers and staff looked up once for a
	 * whole page.
	 */
	private Account account(AccountRow row, Map<Long, String> providerCodes, Map<Long, StaffMember> staff) {
		Place place = row.place();
		String staffCode = place.staffId() == null || !staff.containsKey(place.staffId()) ? null
				: staff.get(place.staffId()).code();
		return new Account(row.username(), row.name(), row.email(), row.roles(),
				place.providerId() == null ? null : providerCodes.get(place.providerId()),
				place.areaId() == null ? null : organisation.areaCode(place.areaId()).orElse(null),
				place.teamId() == null ? null : organisation.teamCode(place.teamId()).orElse(null), staffCode,
				row.enabled(), row.passwordChangeRequired(), row.version(), row.createdAt(), row.updatedAt(),
				row.updatedBy());
	}

	private static String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < 4; i++) {
				password.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
			}
		}
		return password.toString();
	}

	private static String names(Set<Role> roles) {
		return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
	}

	private static String scopeText(Account a) {
		return (a.providerCode() == null ? "" : "; provider " + a.providerCode())
				+ (a.areaCode() == null ? "" : ", area " + a.areaCode())
				+ (a.teamCode() == null ? "" : ", team " + a.teamCode())
				+ (a.staffCode() == null ? "" : ", staff " + a.staffCode());
	}

	private static String changes(Account before, Account after) {
		List<String> changes = new ArrayList<>();
		if (!before.name().equals(after.name())) {
			changes.add("name");
		}
		if (!Objects.equals(before.email(), after.email())) {
			changes.add("email");
		}
		if (before.enabled() != after.enabled()) {
			changes.add(after.enabled() ? "enabled" : "disabled");
		}
		if (!before.roles().equals(after.roles())) {
			changes.add("roles " + names(before.roles()) + " to " + names(after.roles()));
		}
		if (!scopeText(before).equals(scopeText(after))) {
			changes.add("scope" + scopeText(before).replaceFirst("^;", "") + " to"
					+ scopeText(after).replaceFirst("^;", ""));
		}
		return changes.isEmpty() ? "nothing" : String.join("; ", changes);
	}

}
