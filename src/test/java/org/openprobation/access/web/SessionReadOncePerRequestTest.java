package org.openprobation.access.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's filter on the platform's PostgreSQL session table: a request that
 * commits its response before the filter ends (a page flushed, a redirect) reads its
 * session once.
 */
@IntegrationTest
class SessionReadOncePerRequestTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SessionRepository<?> platformSessions;

	/**
	 * The session table, read and written as the platform does, with its reads counted.
	 */
	private CountedReads<?> sessions() {
		JdbcIndexedSessionRepository table = new JdbcIndexedSessionRepository(jdbc,
				new TransactionTemplate(transactions));
		table.setTableName("access.spring_session");
		return new CountedReads<>(table);
	}

	private static <S extends Session> String storedSession(CountedReads<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("signed-in", "practitioner");
		sessions.save(session);
		return session.getId();
	}

	private static MockHttpServletRequest requestWith(String sessionId) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/caseload");
		request.setCookies(
				new Cookie("SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
		return request;
	}

	/** What a page does: uses the session, writes the page and flushes it. */
	private static final FilterChain PAGE = (request, response) -> {
		((HttpServletRequest) request).getSession().setAttribute("last-page", "/caseload");
		response.getWriter().write("<html>caseload</html>");
		response.getWriter().flush();
	};

	private static final FilterChain REDIRECT = (request, response) -> {
		((HttpServletRequest) request).getSession().setAttribute("last-page", "/caseload");
		((HttpServletResponse) response).sendRedirect("/cases/X123456/appointments");
	};

	@Test
	void theApplicationsSessionRepositoryRemembersWhatItReadDuringARequest() {
		assertThat(platformSessions).isInstanceOf(SessionReadOncePerRequest.RememberingSessions.class);
	}

	@Test
	void withoutTheRequestScopeAFlushedPageReadsItsSessionTwice() throws Exception {
		CountedReads<?> sessions = sessions();
		String id = storedSession(sessions);

		sessionFilter(sessions).doFilter(requestWith(id), new MockHttpServletResponse(), PAGE);

		assertThat(sessions.reads).hasValue(2);
	}

	@Test
	void aFlushedPageReadsItsSessionOnceAndSavesWhatItChanged() throws Exception {
		CountedReads<?> sessions = sessions();
		String id = storedSession(sessions);

		throughFilters(sessions, requestWith(id), new MockHttpServletResponse(), PAGE);

		assertThat(sessions.reads).hasValue(1);
		assertThat(sessions.stored(id).<String>getAttribute("last-page")).isEqualTo("/caseload");
		assertThat(sessions.stored(id).<String>getAttribute("signed-in")).isEqualTo("practitioner");
	}

	@Test
	void aRedirectReadsItsSessionOnce() throws Exception {
		CountedReads<?> sessions = sessions();
		String id = storedSession(sessions);
		MockHttpServletResponse response = new MockHttpServletResponse();

		throughFilters(sessions, requestWith(id), response, REDIRECT);

		assertThat(sessions.reads).hasValue(1);
		assertThat(response.getRedirectedUrl()).isEqualTo("/cases/X123456/appointments");
	}

	@Test
	void aSessionWhoseIdChangedIsNoLongerFoundUnderItsOldIdAndTheCookieCarriesTheNewOne() throws Exception {
		CountedReads<?> sessions = sessions();
		String id = storedSession(sessions);
		MockHttpServletResponse response = new MockHttpServletResponse();

		throughFilters(sessions, requestWith(id), response, (request, ignored) -> {
			((HttpServletRequest) request).getSession();
			((HttpServletRequest) request).changeSessionId();
			ignored.getWriter().write("<html>welcome</html>");
			ignored.getWriter().flush();
		});

		String newId = new String(Base64.getDecoder().decode(response.getCookie("SESSION").getValue()),
				StandardCharsets.UTF_8);
		assertThat(newId).isNotEqualTo(id);
		assertThat(sessions.stored(newId).<String>getAttribute("signed-in")).isEqualTo("practitioner");
		assertThat(sessions.stored(id)).isNull();
	}

	@Test
	void aSessionDeletedDuringTheRequestIsNotFoundAgain() throws Exception {
		CountedReads<?> sessions = sessions();
		String id = storedSession(sessions);
		SessionReadOncePerRequest.RememberingSessions<?> remembering = new SessionReadOncePerRequest.RememberingSessions<>(
				sessions);

		new SessionReadOncePerRequest.RequestScope().doFilter(requestWith(id), new MockHttpServletResponse(),
				(request, response) -> {
					assertThat(remembering.findById(id)).isNotNull();
					remembering.deleteById(id);
					assertThat(remembering.findById(id)).isNull();
				});

		assertThat(sessions.reads).hasValue(2);
	}

	private static <S extends Session> SessionRepositoryFilter<S> sessionFilter(CountedReads<S> sessions) {
		return new SessionRepositoryFilter<>(new SessionReadOncePerRequest.RememberingSessions<>(sessions));
	}

	private static void throughFilters(CountedReads<?> sessions, MockHttpServletRequest request,
			MockHttpServletResponse response, FilterChain page) throws Exception {
		SessionRepositoryFilter<?> sessionFilter = sessionFilter(sessions);
		new SessionReadOncePerRequest.RequestScope().doFilter(request, response,
				(req, res) -> sessionFilter.doFilter(req, res, page));
	}

	static final class CountedReads<S extends Session> implements FindByIndexNameSessionRepository<S> {

		private final FindByIndexNameSessionRepository<S> table;

		final AtomicInteger reads = new AtomicInteger();

		CountedReads(FindByIndexNameSessionRepository<S> table) {
			this.table = table;
		}

		S stored(String id) {
			return this.table.findById(id);
		}

		@Override
		public S findById(String id) {
			this.reads.incrementAndGet();
			return this.table.findById(id);
		}

		@Override
		public S createSession() {
			return this.table.createSession();
		}

		@Override
		public void save(S session) {
			this.table.save(session);
		}

		@Override
		public void deleteById(String id) {
			this.table.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.table.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

}
