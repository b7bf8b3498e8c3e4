package org.openprobation.policy;

import java.util.List;
import java.util.Map;

import org.openprobation.shared.FieldProblem;

/**
 * A set of policy values with its defaults, defined by the module whose rule uses it and
 * read as that rule's {@code ...Settings} record. A module declares one as a Spring bean,
 * so the settings page lists it.
 *
 * @param <S> the settings record the rule takes
 */
public interface Policy<S> {

	/** Its name in addresses and the database: lower case words joined by hyphens. */
	String key();

	String title();

	/** What it governs and where the specification says so, for the settings page. */
	String explanation();

	/** The values, in the order the page shows them. */
	List<PolicyField> fields();

	S defaults();

	/** The settings from a whole set of values, one for each field. */
	S settings(Map<String, Integer> values);

	Map<String, Integer> values(S settings);

	/** Fields the settings page shows as a table, if any. */
	default @org.jspecify.annotations.Nullable PolicyGrid grid() {
		return null;
	}

	/** Checks across fields (each field's range is checked before). */
	default List<FieldProblem> problems(S settings) {
		return List.of();
	}

}
