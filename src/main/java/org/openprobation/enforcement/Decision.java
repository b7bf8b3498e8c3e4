package org.openprobation.enforcement;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the court (breach) or the Public Protection Casework Section (recall) decided, and
 * how the sentence ends when it does.
 */
public enum Decision {

	ORDER_CONTINUED("Order continued", "BREACH", null), MORE_ONEROUS("More onerous requirements added", "BREACH", null),
	REVOKED_RESENTENCED("Revoked and resentenced", "BREACH", "REVOKED"),
	CUSTODY_ACTIVATED("Suspended prison term activated", "BREACH", "REVOKED"),
	RECALLED_STANDARD("Recalled: standard recall", "RECALL", "RECALLED"),
	RECALLED_FIXED_TERM("Recalled: fixed-term recall", "RECALL", "RECALLED"),
	RECALL_NOT_MADE("Recall not made: licence continues", "RECALL", null);

	private final String label;

	private final String kind;

	private final @Nullable String endsSentenceAs;

	Decision(String label, String kind, @Nullable String endsSentenceAs) {
		this.label = label;
		this.kind = kind;
		this.endsSentenceAs = endsSentenceAs;
	}

	public String label() {
		return label;
	}

	/**
	 * The sentence status this decision ends the sentence with, or null if it goes on.
	 */
	public @Nullable String endsSentenceAs() {
		return endsSentenceAs;
	}

	public static List<Decision> forKind(String kind) {
		return Arrays.stream(values()).filter(d -> d.kind.equals(kind)).toList();
	}

}
