package org.openprobation.access.web;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Secure random bytes from a generator of each thread's own (a DRBG seeded by the
 * operating system). The default generator reads the system's through one lock for the
 * whole JVM; drawn for every page's CSRF token and every form's submission token, it made
 * requests queue behind each other (JFR under load: 46 waits over 20 ms a minute, up to
 * 103 ms).
 */
final class PerThreadRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(PerThreadRandom::generator);

	static final PerThreadRandom INSTANCE = new PerThreadRandom();

	private PerThreadRandom() {
	}

	private static SecureRandom generator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	@Override
	public void nextBytes(byte[] bytes) {
		GENERATOR.get().nextBytes(bytes);
	}

	/** A random token in the form of a UUID (36 characters of hex and hyphens). */
	static String token() {
		byte[] bytes = new byte[16];
		GENERATOR.get().nextBytes(bytes);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong()).toString();
	}

}
