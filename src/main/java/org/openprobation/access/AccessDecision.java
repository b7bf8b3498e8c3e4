package org.openprobation.access;

/**
 * The answer to "may this user do this to this case?": granted, or refused on one
 * {@link Ground} with a reason that can be shown to the user (it never names the person).
 */
public sealed interface AccessDecision {

	static AccessDecision granted() {
		return Granted.INSTANCE;
	}

	static AccessDecision refused(Ground ground, String reason) {
		return new Refused(ground, reason);
	}

	default boolean isGranted() {
		return this instanceof Granted;
	}

	/** Why a case is refused, in the order the rule asks. */
	enum Ground {

		/** The user is named as excluded from the case. */
		EXCLUDED,
		/** The case is restricted to named users, and the user is not one of them. */
		RESTRICTED,
		/** Another provider holds the case. */
		OTHER_PROVIDER,
		/**
		 * The case was transferred out of the provider: its record is kept, read-only.
		 */
		TRANSFERRED,
		/** The user's role does not read, or does not change, such a case. */
		ROLE

	}

	enum Granted implements AccessDecision {

		INSTANCE

	}

	record Refused(Ground ground, String reason) implements AccessDecision {
	}

}
