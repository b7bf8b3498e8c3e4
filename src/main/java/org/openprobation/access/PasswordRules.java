package org.openprobation.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen by a person must be: at least {@value #MINIMUM_LENGTH}
 * characters, not their username, and not among the {@value #COMMON_PASSWORDS} most
 * common passwords (the ranked list shipped inside the zxcvbn library, MIT licensed), the
 * first ones an attacker tries. Length and a deny-list, as NCSC and NIST advise, rather
 * than rules about character classes.
 */
public final class PasswordRules {

	public static final int MINIMUM_LENGTH = 12;

	/** Long enough for any passphrase, short enough that BCrypt sees all of it. */
	public static final int MAXIMUM_LENGTH = 72;

	static final int COMMON_PASSWORDS = 10_000;

	private static final String RANKED_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private static final Set<String> COMMON = load();

	private PasswordRules() {
	}

	/** What is wrong with the password, or empty when it may be used. */
	public static Optional<String> problem(String username, String password) {
		if (password.length() < MINIMUM_LENGTH) {
			return Optional.of("Enter a password of at least " + MINIMUM_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_LENGTH) {
			return Optional.of("Enter a password of at most " + MAXIMUM_LENGTH + " characters");
		}
		if (password.strip().equalsIgnoreCase(username.strip())) {
			return Optional.of("Choose a password that is not your username");
		}
		if (isCommon(password)) {
			return Optional.of("Choose a less common password: this one is among the " + COMMON_PASSWORDS
					+ " most used, the first an attacker tries");
		}
		return Optional.empty();
	}

	static boolean isCommon(String password) {
		return COMMON.contains(password.toLowerCase(Locale.ROOT));
	}

	static int commonCount() {
		return COMMON.size();
	}

	private static Set<String> load() {
		Set<String> common = new HashSet<>(COMMON_PASSWORDS * 2);
		try (InputStream in = PasswordRules.class.getResourceAsStream(RANKED_LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; common.size() < COMMON_PASSWORDS && (line = lines.readLine()) != null;) {
				if (!line.isBlank()) {
					common.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(common);
	}

}
