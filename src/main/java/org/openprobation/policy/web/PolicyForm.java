package org.openprobation.policy.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A policy's settings as typed: each value by its field's name
 * ({@code values[warningWorkingDays]}), and the reason for the change. Checked by the
 * policy itself, which knows each field's range.
 */
record PolicyForm(@Nullable Map<String, String> values, @Nullable String reason) {

	Map<String, String> typed() {
		return values == null ? Map.of() : values;
	}

}
