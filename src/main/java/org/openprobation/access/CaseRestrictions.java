package org.openprobation.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.persistence.CaseRestrictionRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricted and excluded access to cases: the users allowed on a restricted case, and
 * the users excluded from a case (a colleague who knows the person, a conflict of
 * interest), each with a reason. Managed by administrators; every change is audited.
 */
@Service
@Transactional
public class CaseRestrictions {

	public static final String ALLOWED = "ALLOWED";

	public static final String EXCLUDED = "EXCLUDED";

	private final CaseRestrictionRepository repository;

	private final Users users;

	private final AuditLog audit;

	CaseRestrictions(CaseRestrictionRepository repository, Users users, AuditLog audit) {
		this.repository = repository;
		this.users = users;
		this.audit = audit;
	}

	public record Lists(Set<String> allowed, Map<String, String> excluded) {
	}

	@Transactional(readOnly = true)
	public Lists of(long personId) {
		return lists(repository.of(personId));
	}

	/** The lists of each of these cases (none named: empty lists), in one query. */
	@Transactional(readOnly = true)
	public Map<Long, Lists> ofPeople(java.util.Collection<Long> personIds) {
		Map<Long, List<CaseRestrictionRepository.Entry>> byPerson = new HashMap<>();
		repository.ofPeople(personIds)
			.forEach(e -> byPerson.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e));
		Map<Long, Lists> lists = new HashMap<>();
		byPerson.forEach((personId, entries) -> lists.put(personId, lists(entries)));
		return lists;
	}

	private static Lists lists(List<CaseRestrictionRepository.Entry> entries) {
		Set<String> allowed = new HashSet<>();
		Map<String, String> excluded = new HashMap<>();
		for (CaseRestrictionRepository.Entry e : entries) {
			if (ALLOWED.equals(e.kind())) {
				allowed.add(e.username());
			}
			else {
				excluded.put(e.username(), e.reason());
			}
		}
		return new Lists(allowed, excluded);
	}

	public record Entry(long personId, String username, String kind, String reason, String addedBy,
			java.time.Instant addedAt) {
	}

	/**
	 * Every entry, for administrators, but those of the cases the reader is excluded from
	 * (which they may not manage either): {@code hiddenCases} says how many cases were
	 * left out.
	 */
	public record Listed(List<Entry> entries, int hiddenCases) {

		public Listed {
			entries = List.copyOf(entries);
		}

	}

	@Transactional(readOnly = true)
	public Listed all(CurrentUser user) {
		requireAdmin(user);
		Set<Long> excludedFrom = new HashSet<>();
		List<CaseRestrictionRepository.Entry> rows = repository.all();
		rows.stream()
			.filter(e -> EXCLUDED.equals(e.kind()) && e.username().equals(user.username()))
			.forEach(e -> excludedFrom.add(e.personId()));
		List<Entry> entries = new ArrayList<>();
		rows.stream()
			.filter(e -> !excludedFrom.contains(e.personId()))
			.forEach(e -> entries
				.add(new Entry(e.personId(), e.username(), e.kind(), e.reason(), e.addedBy(), e.addedAt())));
		return new Listed(entries, excludedFrom.size());
	}

	/** Names a user as allowed on, or excluded from, a case, with the reason. */
	public void put(CurrentUser user, long personId, String crn, @Nullable String username, @Nullable String kind,
			@Nullable String reason) {
		requireAdmin(user);
		List<FieldProblem> problems = new ArrayList<>();
		String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		if (name.isEmpty()) {
			problems.add(new FieldProblem("username", "Enter the user name"));
		}
		else if (users.find(name).isEmpty()) {
			problems.add(new FieldProblem("username", "There is no user " + name));
		}
		if (!ALLOWED.equals(kind) && !EXCLUDED.equals(kind)) {
			problems.add(new FieldProblem("kind", "Choose allowed or excluded"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Give the reason (it is shown to anyone refused)"));
		}
		else if (reason.length() > 500) {
			problems.add(new FieldProblem("reason", "The reason must be 500 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.put(personId, name, kind, reason.strip(), user.username());
		audit.record(user, "CASE_RESTRICTION", crn,
				name + " " + kind.toLowerCase(java.util.Locale.ROOT) + ": " + reason.strip());
	}

	public boolean remove(CurrentUser user, long personId, String crn, String username) {
		requireAdmin(user);
		boolean removed = repository.remove(personId, username);
		if (removed) {
			audit.record(user, "CASE_RESTRICTION", crn, username + " removed");
		}
		return removed;
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Restricted and excluded access is managed by administrators.");
		}
	}

}
