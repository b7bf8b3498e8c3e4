package org.openprobation.access.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.persistence.RequestGuardRepository;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form sent twice (a double click, a resend after a slow answer, the back button) saves
 * once. Every form that posts carries a one-off submission token beside its CSRF token;
 * the first post with a token runs and, when it succeeds (a redirect), is remembered in
 * the database, so that every instance knows it. A repeat waits for the first to finish
 * and is sent where the first was sent, changing nothing. A post that did not succeed
 * (the form shown again with its errors) gives its token back.
 */
final class FormSubmissions {

	static final String FIELD = "_submission";

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f\\-]{36}");

	private static final String METHOD_ATTRIBUTE = FormSubmissions.class.getName() + ".method";

	private FormSubmissions() {
	}

	/** Adds the submission token to every form that posts, beside the CSRF token. */
	@Component
	static class Tokens implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if ("requestDataValueProcessor".equals(beanName) && bean instanceof RequestDataValueProcessor delegate) {
				return new WithSubmissionToken(delegate);
			}
			return bean;
		}

	}

	record WithSubmissionToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			request.setAttribute(METHOD_ATTRIBUTE, httpMethod);
			return delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
				String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Object method = request.getAttribute(METHOD_ATTRIBUTE);
			request.removeAttribute(METHOD_ATTRIBUTE);
			Map<String, String> fields = delegate.getExtraHiddenFields(request);
			if (method == null || !"POST".equals(method.toString().toUpperCase(Locale.ROOT))) {
				return fields;
			}
			Map<String, String> all = new LinkedHashMap<>();
			if (fields != null) {
				all.putAll(fields);
			}
			all.put(FIELD, PerThreadRandom.token());
			return all;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return delegate.processUrl(request, url);
		}

	}

	@Component
	@Order(Ordered.LOWEST_PRECEDENCE - 100)
	static class Guard extends OncePerRequestFilter {

		private static final long WAIT_MILLIS = 10_000;

		private final RequestGuardRepository repository;

		Guard(RequestGuardRepository repository) {
			this.repository = repository;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return !"POST".equals(request.getMethod())
					|| request.getRequestURI().startsWith(request.getContextPath() + "/api/") || type == null
					|| !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String token = request.getParameter(FIELD);
			if (authentication == null || !authentication.isAuthenticated() || token == null
					|| !TOKEN.matcher(token).matches()) {
				chain.doFilter(request, response);
				return;
			}
			String username = authentication.getName();
			String key = "form:" + token;
			String path = request.getRequestURI();
			long deadline = System.currentTimeMillis() + WAIT_MILLIS;
			while (!repository.claim(username, key, "POST", path, null)) {
				RequestGuardRepository.Stored first = repository.find(username, key).orElse(null);
				if (first != null && !first.path().equals(path)) {
					// the same form posted to another action (a second button): not a
					// repeat
					chain.doFilter(request, response);
					return;
				}
				if (first != null && first.status() != null) {
					response.setHeader("Submission-Replayed", "true");
					response.setStatus(first.status());
					response.setHeader("Location", first.location());
					return;
				}
				if (System.currentTimeMillis() > deadline) {
					stillSaving(response);
					return;
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					stillSaving(response);
					return;
				}
			}
			boolean remembered = false;
			try {
				chain.doFilter(request, response);
				String location = response.getHeader("Location");
				if (response.getStatus() >= 300 && response.getStatus() < 400 && location != null) {
					repository.complete(username, key, response.getStatus(), null, new byte[0], location);
					remembered = true;
				}
			}
			finally {
				if (!remembered) {
					repository.release(username, key);
				}
			}
		}

		private static void stillSaving(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_CONFLICT,
					"You sent this form again while the first one was still being saved. "
							+ "Check the record before you send it again.");
		}

	}

}
