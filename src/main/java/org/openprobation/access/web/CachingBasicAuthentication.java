package org.openprobation.access.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every API call, and checking a BCrypt hash costs
 * tens of milliseconds, more than answering most calls. This remembers a successful check
 * for a minute, keyed by a SHA-256 digest of the user name and password (never the
 * password itself); failures are never remembered. A password change or a disabled
 * account therefore takes up to a minute to reach the API.
 */
final class CachingBasicAuthentication implements AuthenticationManager {

	static final Duration REMEMBER_FOR = Duration.ofMinutes(1);

	private static final int MOST_ENTRIES = 10_000;

	private record Remembered(Authentication authentication, Instant until) {
	}

	private final AuthenticationManager delegate;

	private final Clock clock;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final java.util.concurrent.locks.ReentrantLock[] stripes = new java.util.concurrent.locks.ReentrantLock[64];

	{
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new java.util.concurrent.locks.ReentrantLock();
		}
	}

	CachingBasicAuthentication(AuthenticationManager delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication request) throws AuthenticationException {
		if (!(request instanceof UsernamePasswordAuthenticationToken) || request.getCredentials() == null) {
			return delegate.authenticate(request);
		}
		String key = digest(request.getName() + '\u0000' + request.getCredentials());
		Instant now = clock.instant();
		Remembered hit = remembered.get(key);
		if (hit != null && hit.until().isAfter(now)) {
			return hit.authentication();
		}
		// the same credentials sent at once (a client's burst of calls) are checked once:
		// the others wait, then find the first's answer remembered
		java.util.concurrent.locks.ReentrantLock stripe = stripes[Math.floorMod(key.hashCode(), stripes.length)];
		stripe.lock();
		try {
			Remembered first = remembered.get(key);
			if (first != null && first.until().isAfter(clock.instant())) {
				return first.authentication();
			}
			Authentication authenticated = delegate.authenticate(request);
			if (remembered.size() >= MOST_ENTRIES) {
				remembered.clear();
			}
			remembered.put(key, new Remembered(authenticated, clock.instant().plus(REMEMBER_FOR)));
			return authenticated;
		}
		finally {
			stripe.unlock();
		}
	}

	private static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
