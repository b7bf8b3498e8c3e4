package org.openprobation.access.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.openprobation.access.persistence.RequestGuardRepository;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows password guessing: after {@code attempts} failed sign-ins for a username within
 * {@code window}, that username is refused (even with the right password) until the
 * oldest of those failures is older than the window; after {@code attemptsPerAddress}
 * failures from one client address, every sign-in from it is, so one address can neither
 * lock out every account nor spend the server's time on password checks. Each attempt is
 * claimed, and counted as a failure, before its password is checked (so guesses sent in
 * parallel cannot all pass the count first), and given back when the password was right.
 * Within an instance, one username's attempts are checked one at a time (so a burst of
 * right passwords is not refused for the attempts still being checked), waiting before
 * any database work, so no connection is held by a waiting request. Failures are kept in
 * the database, so every instance counts them; a successful sign-in clears the
 * username's.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ZoneId.of("Europe/London"));

	private final AuthenticationProvider delegate;

	private final RequestGuardRepository repository;

	private final Clock clock;

	private final int attempts;

	private final int attemptsPerAddress;

	private final Duration window;

	/** One lock for many usernames, so an attacker's names cannot grow a map. */
	private final java.util.concurrent.locks.ReentrantLock[] stripes = new java.util.concurrent.locks.ReentrantLock[64];

	ThrottledAuthentication(AuthenticationProvider delegate, RequestGuardRepository repository, Clock clock,
			int attempts, int attemptsPerAddress, Duration window) {
		this.delegate = delegate;
		this.repository = repository;
		this.clock = clock;
		this.attempts = attempts;
		this.attemptsPerAddress = attemptsPerAddress;
		this.window = window;
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new java.util.concurrent.locks.ReentrantLock();
		}
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().strip();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		java.util.concurrent.locks.ReentrantLock stripe = stripes[Math
			.floorMod(username.toLowerCase(java.util.Locale.ROOT).hashCode(), stripes.length)];
		stripe.lock();
		try {
			return authenticate(authentication, username, address);
		}
		finally {
			stripe.unlock();
		}
	}

	private Authentication authenticate(Authentication authentication, String username, String address) {
		Instant now = clock.instant();
		RequestGuardRepository.SignInClaim claim = repository.claimSignIn(username, address, now, now.minus(window),
				attempts, attemptsPerAddress);
		if (claim instanceof RequestGuardRepository.SignInClaim.Refused refused) {
			throw new LockedException(
					(refused.byAddress() ? "Too many failed sign-ins from your network" : "Too many failed sign-ins")
							+ ": try again after " + TIME.format(refused.until()));
		}
		long attempt = ((RequestGuardRepository.SignInClaim.Claimed) claim).id();
		Authentication result = delegate.authenticate(authentication);
		repository.giveBack(attempt);
		repository.clearFailures(username);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

}
