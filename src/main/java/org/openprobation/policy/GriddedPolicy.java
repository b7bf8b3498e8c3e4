package org.openprobation.policy;

import java.util.List;
import java.util.Map;

import org.openprobation.shared.FieldProblem;

/**
 * A defined policy some of whose fields the settings page shows as a table.
 *
 * @param <S> the settings record the rule takes
 */
public record GriddedPolicy<S>(DefinedPolicy<S> policy, PolicyGrid grid) implements Policy<S> {

	public GriddedPolicy {
		List<String> names = policy.fields().stream().map(PolicyField::name).toList();
		if (!grid.names().stream().flatMap(List::stream).allMatch(names::contains)) {
			throw new IllegalArgumentException(
					"Every cell of the grid of " + policy.key() + " must be one of its fields");
		}
	}

	@Override
	public String key() {
		return policy.key();
	}

	@Override
	public String title() {
		return policy.title();
	}

	@Override
	public String explanation() {
		return policy.explanation();
	}

	@Override
	public List<PolicyField> fields() {
		return policy.fields();
	}

	@Override
	public S defaults() {
		return policy.defaults();
	}

	@Override
	public S settings(Map<String, Integer> values) {
		return policy.settings(values);
	}

	@Override
	public Map<String, Integer> values(S settings) {
		return policy.values(settings);
	}

	@Override
	public List<FieldProblem> problems(S settings) {
		return policy.problems(settings);
	}

}
