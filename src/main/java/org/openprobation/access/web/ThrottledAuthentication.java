package org.openprobation.access.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.openprobation.access.persistence.RequestGuardRepository;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Slows password guessing: after {@code attempts} failed sign-ins for a username within
 * {@code window}, that username is refused (even with the right password) until the
 * oldest of those failures is older than the window. Failures are kept in the database,
 * so every instance counts them; a successful sign-in clears them.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final RequestGuardRepository repository;

	private final Clock clock;

	private final int attempts;

	private final Duration window;

	ThrottledAuthentication(AuthenticationProvider delegate, RequestGuardRepository repository, Clock clock,
			int attempts, Duration window) {
		this.delegate = delegate;
		this.repository = repository;
		this.clock = clock;
		this.attempts = attempts;
		this.window = window;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().strip();
		Instant now = clock.instant();
		Instant since = now.minus(window);
		int failures = repository.failuresSince(username, since);
		if (failures >= attempts) {
			Instant until = repository.oldestFailureSince(username, since).orElse(now).plus(window);
			throw new LockedException("Too many failed sign-ins: try again after "
					+ DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London")).format(until));
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			if (failures > 0) {
				repository.clearFailures(username);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			repository.recordFailure(username, now);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

}
