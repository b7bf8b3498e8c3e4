package org.openprobation.shell.api;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.RequestBodies;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * API bodies are bound to {@code ...Request} records, and every field that is wrong is
 * named in one answer. Jackson stops at the first value it cannot read, so while a body
 * is read a problem handler notes the field (with its path, like
 * {@code complexityFactors[1]}) and reads it as absent; the record's constraints are then
 * checked, and {@link RequestBodies#checked} answers 400 with all of them.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyBinding {

	@Bean
	JsonMapperBuilderCustomizer collectBodyProblems() {
		return builder -> builder.addHandler(new CollectingProblemHandler());
	}

	@ControllerAdvice
	static class RequestRecordAdvice extends RequestBodyAdviceAdapter {

		private final Validator validator;

		RequestRecordAdvice(Validator validator) {
			this.validator = validator;
		}

		@Override
		public boolean supports(MethodParameter parameter, Type targetType,
				Class<? extends HttpMessageConverter<?>> converterType) {
			Class<?> type = parameter.getParameterType();
			return type.isRecord() && type.getPackageName().startsWith("org.openprobation");
		}

		@Override
		public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
				Class<? extends HttpMessageConverter<?>> converterType) {
			RequestBodies.startReading();
			return input;
		}

		@Override
		public Object afterBodyRead(@Nullable Object body, HttpInputMessage input, MethodParameter parameter,
				Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
			RequestBodies.finishReading(constraintProblems(body));
			return body;
		}

		@Override
		public @Nullable Object handleEmptyBody(@Nullable Object body, HttpInputMessage input,
				MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
			RequestBodies.finishReading(List.of());
			return body;
		}

		private List<FieldProblem> constraintProblems(@Nullable Object body) {
			if (body == null) {
				// a body of another shape (a list, a number) was noted as it was read
				return List.of();
			}
			List<String> order = Arrays.stream(body.getClass().getRecordComponents())
				.map(RecordComponent::getName)
				.toList();
			return validator.validate(body).stream().sorted(Comparator.<ConstraintViolation<Object>>comparingInt(v -> {
				String path = v.getPropertyPath().toString();
				int index = order.indexOf(path.split("[.\\[]", 2)[0]);
				return index < 0 ? order.size() : index;
			}).thenComparing(v -> v.getPropertyPath().toString()))
				.map(v -> new FieldProblem(path(v.getPropertyPath().toString()), v.getMessage()))
				.toList();
		}

		private static String path(String path) {
			// Bean Validation names a map value "needs[GARDENING]"; the answer says
			// "needs.GARDENING", as it does for a value that could not be read.
			return path.replaceAll("\\[([^\\]]*[^0-9\\]][^\\]]*)\\]", ".$1").replaceAll("\\.?<[A-Za-z ]+>", "");
		}

	}

	/** Notes what could not be read and reads it as absent, only while a body is read. */
	static final class CollectingProblemHandler extends DeserializationProblemHandler {

		@Override
		public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
				ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
			if (!RequestBodies.reading()) {
				return false;
			}
			RequestBodies.problem(path(p, propertyName), "is not a field of this request");
			p.skipChildren();
			return true;
		}

		@Override
		public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
				String failureMsg) {
			return unreadable(ctxt.getParser(), targetType);
		}

		@Override
		public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
				String failureMsg) {
			return unreadable(ctxt.getParser(), targetType);
		}

		@Override
		public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
				String failureMsg) {
			Object result = unreadable(p, targetType.getRawClass());
			if (result != NOT_HANDLED) {
				p.skipChildren();
			}
			return result;
		}

		@Override
		public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
				Throwable t) {
			return unreadable(ctxt.getParser(), instClass);
		}

		private static @Nullable Object unreadable(@Nullable JsonParser p, Class<?> targetType) {
			if (!RequestBodies.reading() || p == null) {
				return NOT_HANDLED;
			}
			RequestBodies.problem(path(p, null), "must be " + expected(targetType));
			return null;
		}

		static String expected(Class<?> type) {
			if (type.isEnum()) {
				return "one of " + Arrays.stream(type.getEnumConstants())
					.map(c -> ((Enum<?>) c).name())
					.collect(Collectors.joining(", "));
			}
			if (type == LocalDate.class) {
				return "a real date as YYYY-MM-DD";
			}
			if (type == LocalTime.class) {
				return "a real time as HH:MM";
			}
			if (type == LocalDateTime.class) {
				return "a real date and time as YYYY-MM-DDTHH:MM";
			}
			if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
				return "a whole number";
			}
			if (type == BigDecimal.class || type == Double.class || type == double.class) {
				return "a number";
			}
			if (type == Boolean.class || type == boolean.class) {
				return "true or false";
			}
			if (type == String.class) {
				return "text";
			}
			if (Collection.class.isAssignableFrom(type) || type.isArray()) {
				return "a list";
			}
			if (Map.class.isAssignableFrom(type) || type.isRecord()) {
				return "an object";
			}
			return "a valid value";
		}

		/** The path of the value the parser is at, like {@code needs.GARDENING}. */
		static String path(JsonParser p, @Nullable String name) {
			TokenStreamContext context = p.streamReadContext();
			if (context != null
					&& (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)) {
				context = context.getParent();
			}
			Deque<String> parts = new ArrayDeque<>();
			if (name != null) {
				parts.push("." + name);
				if (context != null && context.inObject() && name.equals(context.currentName())) {
					context = context.getParent();
				}
			}
			for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
				if (c.inArray()) {
					parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
				}
				else if (c.currentName() != null) {
					parts.push("." + c.currentName());
				}
			}
			String path = String.join("", parts);
			path = path.startsWith(".") ? path.substring(1) : path;
			return path.isEmpty() ? "body" : path;
		}

	}

}
