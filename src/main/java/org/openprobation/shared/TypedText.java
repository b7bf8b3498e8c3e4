package org.openprobation.shared;

import org.jspecify.annotations.Nullable;

/** Text as someone typed it: stripped, and nothing at all when left blank. */
public final class TypedText {

	private TypedText() {
	}

	public static boolean blank(@Nullable String typed) {
		return typed == null || typed.isBlank();
	}

	public static @Nullable String stripped(@Nullable String typed) {
		return blank(typed) ? null : typed.strip();
	}

}
