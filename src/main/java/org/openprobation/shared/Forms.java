package org.openprobation.shared;

import org.springframework.web.bind.annotation.BindParam;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Page forms are {@code ...Form} records of what was typed, bound by Spring and checked
 * by Bean Validation; this turns the result into the GOV.UK error summary's problems (in
 * the order the fields appear, each linked to its field) and gives back what was typed so
 * the page shows it again.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * The problems found in binding and checking the form, in the order of its fields.
	 */
	public static List<FieldProblem> problems(BindingResult binding) {
		List<String> order = order(binding.getTarget());
		List<FieldError> errors = new ArrayList<>(binding.getFieldErrors());
		errors.sort(Comparator.comparingInt(e -> {
			int index = order.indexOf(e.getField().split("[.\\[]", 2)[0]);
			return index < 0 ? order.size() : index;
		}));
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : errors) {
			String field = error.getField().split("[.\\[]", 2)[0];
			if (problems.stream().noneMatch(p -> p.field().equals(field))) {
				problems.add(new FieldProblem(field, error.isBindingFailure() || error.getDefaultMessage() == null
						? "Enter a valid value" : error.getDefaultMessage()));
			}
		}
		return problems;
	}

	/**
	 * What was typed, by the name of its input: a date input's boxes as {@code name.day},
	 * {@code name.month} and {@code name.year}.
	 */
	public static Map<String, String> typed(@Nullable Object form) {
		Map<String, String> typed = new LinkedHashMap<>();
		if (form == null || !form.getClass().isRecord()) {
			return typed;
		}
		RecordComponent[] components = form.getClass().getRecordComponents();
		java.lang.reflect.Parameter[] parameters = canonical(form.getClass(), components).getParameters();
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Object value = value(form, component);
			BindParam bound = parameters[i].getAnnotation(BindParam.class);
			String name = bound == null ? component.getName() : bound.value();
			if (value instanceof DateInput date) {
				typed.put(name + ".day", orEmpty(date.day()));
				typed.put(name + ".month", orEmpty(date.month()));
				typed.put(name + ".year", orEmpty(date.year()));
			}
			else if (value instanceof Map<?, ?> map) {
				map.forEach((key, typedValue) -> typed.put(name + "[" + key + "]",
						typedValue == null ? "" : typedValue.toString().strip()));
			}
			else if (value instanceof List<?> list) {
				typed.put(name, String.join(",", list.stream().map(String::valueOf).toList()));
			}
			else {
				typed.put(name, value == null ? "" : value.toString().strip());
			}
		}
		return typed;
	}

	/**
	 * The constant named by what was chosen, or null when nothing (or something unknown)
	 * was.
	 */
	public static <E extends Enum<E>> @Nullable E choice(@Nullable String typed, Class<E> type) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The problems of the form itself and those of the domain's own check for fields the
	 * form found nothing wrong with, in the order of the form's fields.
	 */
	public static List<FieldProblem> problems(BindingResult binding, List<FieldProblem> domain) {
		List<FieldProblem> all = merge(problems(binding), domain);
		List<String> order = order(binding.getTarget());
		all.sort(Comparator.comparingInt(p -> {
			int index = order.indexOf(p.field());
			return index < 0 ? order.size() : index;
		}));
		return all;
	}

	private static List<String> order(@Nullable Object form) {
		return form != null && form.getClass().isRecord()
				? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
				: List.of();
	}

	/**
	 * The problems of the form itself, then those of the domain's own check for fields
	 * the form found nothing wrong with.
	 */
	public static List<FieldProblem> merge(List<FieldProblem> form, List<FieldProblem> domain) {
		List<FieldProblem> all = new ArrayList<>(form);
		domain.stream().filter(p -> form.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(all::add);
		return all;
	}

	/** Text as typed, stripped; null when left empty. */
	public static @Nullable String text(@Nullable String typed) {
		return TypedText.stripped(typed);
	}

	/**
	 * A record's id carried in a hidden field: the number, or -1 when it is missing or
	 * not one (so it matches nothing).
	 */
	public static long id(@Nullable String typed) {
		if (typed == null || !typed.strip().matches("\\d{1,18}")) {
			return -1;
		}
		return Long.parseLong(typed.strip());
	}

	/** Whether a checkbox or yes/no radio was answered yes. */
	public static boolean yes(@Nullable String typed) {
		return typed != null
				&& (typed.equalsIgnoreCase("true") || typed.equalsIgnoreCase("yes") || typed.equalsIgnoreCase("on"));
	}

	private static java.lang.reflect.Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
		try {
			return type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
		}
	}

	private static @Nullable Object value(Object form, RecordComponent component) {
		try {
			java.lang.reflect.Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(form);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of a form", ex);
		}
	}

	private static String orEmpty(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

}
