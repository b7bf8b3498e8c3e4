package org.openprobation.access;

/** The answer to "may this user do this to this case?", with the reason when refused. */
public sealed interface AccessDecision {

	static AccessDecision granted() {
		return Granted.INSTANCE;
	}

	static AccessDecision refused(String reason) {
		return new Refused(reason);
	}

	default boolean isGranted() {
		return this instanceof Granted;
	}

	enum Granted implements AccessDecision {

		INSTANCE

	}

	record Refused(String reason) implements AccessDecision {
	}

}
