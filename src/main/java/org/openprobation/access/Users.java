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

}
