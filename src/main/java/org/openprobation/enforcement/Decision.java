package org.openprobation.enforcement;

import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.sentences.SentenceStatus;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the court (breach) or the Public Protection Casework Section (recall) decided, and
 * how the sentence ends when it does.
 */
public enum Decision {

	ORDER_CONTINUED("Order continued", ActionKind.BREACH, null),
	MORE_ONEROUS("More onerous requirements added", ActionKind.BREACH, null),
	REVOKED_RESENTENCED("Revoked and resentenced", ActionKind.BREACH, SentenceStatus.REVOKED),
	CUSTODY_ACTIVATED("Suspended prison term activated", ActionKind.BREACH, SentenceStatus.REVOKED),
	RECALLED_STANDARD("Recalled: standard recall", ActionKind.RECALL, SentenceStatus.RECALLED),
	RECALLED_FIXED_TERM("Recalled: fixed-term recall", ActionKind.RECALL, SentenceStatus.RECALLED),
	RECALL_NOT_MADE("Recall not made: licence continues", ActionKind.RECALL, null);

	private final String label;

	private final ActionKind kind;

	private final @Nullable SentenceStatus endsSentenceAs;

	Decision(String label, ActionKind kind, @Nullable SentenceStatus endsSentenceAs) {
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
	public @Nullable SentenceStatus endsSentenceAs() {
		return endsSentenceAs;
	}

	public static List<Decision> forKind(ActionKind kind) {
		return Arrays.stream(values()).filter(d -> d.kind == kind).toList();
	}

}
