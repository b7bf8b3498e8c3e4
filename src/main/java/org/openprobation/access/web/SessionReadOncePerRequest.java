package org.openprobation.access.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A request reads its session from PostgreSQL once, not twice.
 * <p>
 * Spring Session saves the session when the response is committed (a page flushed, a
 * redirect sent) and again when its filter ends; the first save forgets the session it
 * read, so the second reads it again from the database only to check that the cookie's
 * session still exists (spring-projects/spring-session issues 1424 and 1731). Under the
 * load test that was one extra query and one extra deserialisation of the signed-in user
 * on every request. Here the session repository remembers, for the length of one request
 * on its thread, the sessions it has read; everything else goes to the database as
 * before.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOncePerRequest {

	private static final ThreadLocal<Map<String, Session>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor sessionsReadOncePerRequest() {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FindByIndexNameSessionRepository<?> sessions
						&& !(bean instanceof RememberingSessions<?>)) {
					return new RememberingSessions(sessions);
				}
				return bean;
			}
		};
	}

	/**
	 * Scopes the remembered sessions to one request; it runs just outside Spring
	 * Session's filter.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionReadScope() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	static final class RequestScope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (READ_IN_THIS_REQUEST.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			READ_IN_THIS_REQUEST.set(new HashMap<>(2));
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ_IN_THIS_REQUEST.remove();
			}
		}

	}

	/**
	 * The platform's session repository, which remembers what it read during a request.
	 */
	static final class RememberingSessions<S extends Session> implements FindByIndexNameSessionRepository<S> {

		private final FindByIndexNameSessionRepository<S> sessions;

		RememberingSessions(FindByIndexNameSessionRepository<S> sessions) {
			this.sessions = sessions;
		}

		@Override
		@SuppressWarnings("unchecked")
		public S findById(String id) {
			Map<String, Session> read = READ_IN_THIS_REQUEST.get();
			if (read == null) {
				return this.sessions.findById(id);
			}
			S remembered = (S) read.get(id);
			// a session whose id changed (sign-in) is no longer found under its old id
			if (remembered != null && remembered.getId().equals(id) && !remembered.isExpired()) {
				return remembered;
			}
			S found = this.sessions.findById(id);
			if (found == null) {
				read.remove(id);
			}
			else {
				read.put(id, found);
			}
			return found;
		}

		@Override
		public void deleteById(String id) {
			Map<String, Session> read = READ_IN_THIS_REQUEST.get();
			if (read != null) {
				read.remove(id);
			}
			this.sessions.deleteById(id);
		}

		@Override
		public S createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(S session) {
			SessionSavesWithoutWaitingForDisk.saving(() -> this.sessions.save(session));
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
		}

		@Override
		public Map<String, S> findByPrincipalName(String principalName) {
			return this.sessions.findByPrincipalName(principalName);
		}

	}

}
