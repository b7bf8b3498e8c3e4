package org.openprobation.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openprobation.shared.FieldProblem;

/**
 * A policy defined by its values: what a module declares as a bean for each of its
 * policies.
 *
 * @param <S> the settings record the rule takes
 * @param reader the settings from a whole set of values
 * @param writer the values of settings
 * @param checks checks across fields
 */
public record DefinedPolicy<S>(String key, String title, String explanation, List<PolicyField> fields, S defaults,
		Function<Map<String, Integer>, S> reader, Function<S, Map<String, Integer>> writer,
		Function<S, List<FieldProblem>> checks) implements Policy<S> {

	public DefinedPolicy {
		fields = List.copyOf(fields);
	}

	/** A policy of one value, with no checks beyond its range. */
	public static <S> DefinedPolicy<S> ofOne(String key, String title, String explanation, PolicyField field,
			S defaults, Function<Integer, S> reader, Function<S, Integer> writer) {
		return new DefinedPolicy<>(key, title, explanation, List.of(field), defaults,
				values -> reader.apply(values.get(field.name())),
				settings -> Map.of(field.name(), writer.apply(settings)), settings -> List.of());
	}

	@Override
	public S settings(Map<String, Integer> values) {
		return reader.apply(values);
	}

	@Override
	public Map<String, Integer> values(S settings) {
		return writer.apply(settings);
	}

	@Override
	public List<FieldProblem> problems(S settings) {
		return checks.apply(settings);
	}

}
