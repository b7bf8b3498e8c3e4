package org.openprobation.access;

import java.util.Optional;

import org.openprobation.access.persistence.UserRepository;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in, for use cases that need the user. */
@Service
public class Users {

	private final UserRepository repository;

	Users(UserRepository repository) {
		this.repository = repository;
	}

	/**
	 * The user of the current request; every request is authenticated, so one is always
	 * there.
	 */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			return signedIn.user();
		}
		throw new IllegalStateException("No signed-in user in this request");
	}

	public Optional<CurrentUser> find(String username) {
		return repository.findByUsername(username).map(UserRepository.StoredUser::user);
	}

	/** A colleague a task can be set for. */
	public record Colleague(String username, String name) {
	}

	/**
	 * The user and the enabled accounts of their team, by name: those a user sets tasks
	 * for.
	 */
	public java.util.List<Colleague> colleagues(CurrentUser user) {
		java.util.List<Colleague> colleagues = new java.util.ArrayList<>();
		colleagues.add(new Colleague(user.username(), user.displayName()));
		if (user.providerId() != null && user.teamId() != null) {
			repository.teamAccounts(user.providerId(), user.teamId())
				.stream()
				.filter(a -> !a.username().equals(user.username()))
				.forEach(a -> colleagues.add(new Colleague(a.username(), a.displayName())));
		}
		return colleagues;
	}

}
